import ContestedKit
import ContestedStore
import Foundation

/// Shared by `claims accept` and `claims reject`: claims by id, every proposed claim of an article, or every
/// proposed claim; the last two ask for confirmation unless `--yes`.
enum StatusChange {
  static let options: [OptionSpec] = [
    .value("--article", valueName: "ID", help: "Every proposed claim of this article (id or unique prefix)."),
    .flag("--all-proposed", help: "Every proposed claim of the workspace."),
    .flag("--yes", help: "Do not ask for confirmation (needed when stdin is not a terminal)."),
    .value("--note", valueName: "TEXT", help: "Why (kept with the claim and in the ledger)."),
    .value("--reviewer", valueName: "NAME", help: "Who decides (default: $CONTESTED_REVIEWER)."),
  ]

  static func run(_ args: ParsedArguments, in context: CommandContext, to status: ClaimStatus) throws -> ExitCode {
    let (ws, state) = try context.loadWorkspace()
    let article = args.value("--article")
    let all = args.flag("--all-proposed")
    let modes = (args.positionals.isEmpty ? 0 : 1) + (article == nil ? 0 : 1) + (all ? 1 : 0)
    guard modes <= 1 else { throw CLIError.usage("give claim IDs, --article ID or --all-proposed, not several.") }
    let verb = status == .accepted ? "accept" : "reject"
    var claims: [Claim]
    var scope = ""
    if let article {
      let record = try self.article(article, in: state)
      scope = " of article \(record.id.rawValue.prefix(12))" + describe(record)
      claims = state.claims.filter { $0.status == .proposed && articleID(of: $0) == record.id }
    } else if all {
      scope = " in the workspace"
      claims = state.claims.filter { $0.status == .proposed }
    } else {
      claims = try ClaimsCommand.lookup(args.positionals, in: state)
    }
    if modes == 1 && args.positionals.isEmpty {
      guard !claims.isEmpty else {
        context.show("No proposed claims\(scope); nothing changed.\n")
        return .ok
      }
      let what = "\(Plural.count(claims.count, "proposed claim"))\(scope)"
      guard try confirmed("\(verb.capitalized) \(what)?", what: "\(verb) \(what)", args, context) else {
        context.show("Nothing changed.\n")
        return .ok
      }
    }
    try record(claims, to: status, args, context, ws)
    if args.positionals.isEmpty {
      context.show("\(Plural.count(claims.count, "claim"))\(scope) \(status.rawValue).\n")
    } else {
      for c in claims { context.show("\(c.id): \(status.rawValue)\n") }
    }
    return .ok
  }

  /// Appends one status event per claim whose status changes (or that gets a note).
  static func record(
    _ claims: [Claim], to status: ClaimStatus, _ args: ParsedArguments, _ context: CommandContext, _ ws: Workspace
  ) throws {
    var entries: [LedgerEntry] = []
    for c in claims where c.status != status || args.value("--note") != nil {
      var w = JSONWriter()
      w.beginObject()
      w.key("id")
      w.string(c.id.rawValue)
      w.key("status")
      w.string(status.rawValue)
      if let n = args.value("--note") {
        w.key("note")
        w.string(n)
      }
      w.endObject()
      entries.append(
        LedgerEntry(at: context.timestamp, by: context.reviewer(args), type: LedgerEventType.claimStatus, body: w.bytes)
      )
    }
    if !entries.isEmpty { try context.append(entries, to: ws) }
  }

  /// Asks on the terminal unless `--yes`; without a terminal on stdin, refuses.
  static func confirmed(_ question: String, what: String, _ args: ParsedArguments, _ context: CommandContext) throws
    -> Bool
  {
    if args.flag("--yes") { return true }
    guard context.io.stdinIsTTY else {
      throw CLIError.usage(
        "not confirmed: this would \(what), and stdin is not a terminal to ask. Pass --yes to go ahead.")
    }
    context.io.err("\(question) [y/N] ")
    let answer = context.io.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    return answer == "y" || answer == "yes"
  }

  /// The article a claim was extracted from or cites.
  static func articleID(of c: Claim) -> ArticleID? { c.evidence?.article ?? c.reportedBy.article }

  /// The stored article with this id or unique id prefix.
  static func article(_ typed: String, in state: WorkspaceState) throws -> ArticleRecord {
    let t = typed.lowercased()
    if let exact = state.articles[ArticleID(rawValue: t)] { return exact }
    let matches = state.articles.values.filter { $0.id.rawValue.hasPrefix(t) }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty {
      throw CLIError.usage(
        "no stored article with id '\(typed)'. 'contested claims' shows claims; 'contested claims show ID' their article."
      )
    }
    throw CLIError.usage("'\(typed)' matches \(Plural.count(matches.count, "article")); type more of the id.")
  }

  /// " (Daily Sabah, 2016-06-18)", or "".
  static func describe(_ r: ArticleRecord) -> String {
    let parts = [r.outlet, r.published?.iso].compactMap { $0 }
    return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
  }
}
