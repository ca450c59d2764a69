import ContestedKit
import ContestedStore
import Foundation

/// `contested claims`: lists and filters claims; `accept`, `reject` and `edit` review them.
struct ClaimsCommand: Command {
  static let name = "claims"
  static let abstract = "List and filter claims; accept, reject or edit proposed ones."
  static let usage =
    "contested claims [--status S] [--place NAME] [--claimant NAME] [--side SIDE] [--since D] [--until D] [--format F]"
  static let options: [OptionSpec] = [
    .value("--status", valueName: "STATUS", help: "proposed, accepted or rejected.", repeatable: true),
    .value(
      "--place", valueName: "NAME", help: "Claims about this place (name, id or part of the name).", repeatable: true),
    .value(
      "--claimant", valueName: "NAME", help: "Claims by this claimant (part of the name, or the group).",
      repeatable: true),
    .value("--side", valueName: "SIDE", help: "Claims whose controller is this side.", repeatable: true),
    .value("--origin", valueName: "ORIGIN", help: "extracted, manual or imported."),
    .value("--since", valueName: "DATE", help: "Claims about time on or after DATE."),
    .value("--until", valueName: "DATE", help: "Claims about time on or before DATE."),
    .value("--format", valueName: "FORMAT", help: "table (default), json, jsonl or csv."),
    .value("--limit", valueName: "N", help: "Show at most N claims."),
    .wide,
  ]
  static var subcommands: [any Command.Type] {
    [ClaimShowCommand.self, AcceptCommand.self, RejectCommand.self, EditCommand.self]
  }

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: ClaimListFormat.self, default: .table)
    let statuses = try args.values("--status").map { raw -> ClaimStatus in
      guard let s = ClaimStatus(rawValue: raw) else {
        throw CLIError.usage(
          "--status: '\(raw)' is not one of \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      return s
    }
    let origin = try args.value("--origin").map { _ in
      try args.choice("--origin", of: ClaimOrigin.self, default: .manual)
    }
    let since = try args.day("--since")
    let until = try args.day("--until")
    let limit = try args.integer("--limit", in: 0...Int.max)
    let places = args.values("--place").map { $0.lowercased() }
    let claimants = args.values("--claimant").map { $0.lowercased() }
    let sides = args.values("--side").map { $0.lowercased() }
    let (_, state) = try context.loadWorkspace()
    func matches(_ c: Claim) -> Bool {
      if !statuses.isEmpty && !statuses.contains(c.status) { return false }
      if let origin, c.origin != origin { return false }
      if !places.isEmpty
        && !places.contains(where: { p in
          c.place.text.lowercased().contains(p) || c.place.id?.rawValue.lowercased() == p
            || c.place.region?.rawValue.lowercased() == p
        })
      {
        return false
      }
      if !claimants.isEmpty
        && !claimants.contains(where: {
          c.claimant.name.lowercased().contains($0) || c.claimant.group?.lowercased() == $0
        })
      {
        return false
      }
      if !sides.isEmpty && !sides.contains(c.controller.side.rawValue) { return false }
      if let since, let w = c.when, w.to < since { return false }
      if let until, let w = c.when, w.from > until { return false }
      if (since != nil || until != nil) && c.when == nil { return false }
      return true
    }
    // Stop at the limit instead of copying every match first (a ledger can hold millions of claims).
    var claims: [Claim] = []
    for c in state.claims where matches(c) {
      if let limit, claims.count == limit { break }
      claims.append(c)
    }
    context.io.out(
      ClaimList.render(claims, format: format, width: context.tableWidth(args), bold: context.boldHeading))
    return .ok
  }

  /// Finds claims by id or unique id prefix.
  static func lookup(_ ids: [String], in state: WorkspaceState) throws -> [Claim] {
    guard !ids.isEmpty else { throw CLIError.usage("missing claim ID (see 'contested claims').") }
    return try ids.map { id in
      let matches = state.claims(withIDPrefix: id)
      if matches.count == 1 { return matches[0] }
      if matches.isEmpty {
        var m = "no claim with id '\(id)'."
        if let s = EditDistance.suggestion(for: id, among: state.claims.lazy.map(\.id.rawValue).prefix(100_000)) {
          m += " Did you mean '\(s)'?"
        }
        throw CLIError.usage(m)
      }
      throw CLIError.usage(
        "'\(id)' matches \(matches.count) claims (\(matches.prefix(3).map(\.id.rawValue).joined(separator: ", ")), …); type more of the id."
      )
    }
  }
}

/// `contested claims accept ID…`.
struct AcceptCommand: Command {
  static let name = "accept"
  static let abstract = "Accept proposed claims: they take part in the conflict report."
  static let usage = "contested claims accept ID... | --article ID | --all-proposed [--yes] [--note TEXT]"
  static let options = StatusChange.options
  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try StatusChange.run(args, in: context, to: .accepted)
  }
}

/// `contested claims reject ID…`.
struct RejectCommand: Command {
  static let name = "reject"
  static let abstract = "Reject claims (kept in the ledger, left out of the report)."
  static let usage = "contested claims reject ID... | --article ID | --all-proposed [--yes] [--note TEXT]"
  static let options = StatusChange.options
  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try StatusChange.run(args, in: context, to: .rejected)
  }
}

/// `contested claims edit ID --field value…`.
struct EditCommand: Command {
  static let name = "edit"
  static let abstract = "Correct fields of a claim (the old version stays in the ledger)."
  static let usage = "contested claims edit ID [--place NAME] [--controller SIDE] [--when DATE] [...]"
  static let options: [OptionSpec] =
    ClaimFlags.options + [
      .value("--reviewer", valueName: "NAME", help: "Who edits (default: $CONTESTED_REVIEWER)."),
      .value("--status", valueName: "STATUS", help: "Also set the status: proposed, accepted or rejected."),
    ]
  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let (ws, state) = try context.loadWorkspace()
    let old = try ClaimsCommand.lookup(args.positionals, in: state)[0]
    var claim = old
    var warnings: [String] = []
    try ClaimFlags.apply(
      args, to: &claim, warnings: &warnings, gazetteer: try context.loadGazetteer(),
      factions: try context.loadFactions())
    claim.status = try args.choice("--status", of: ClaimStatus.self, default: claim.status)
    guard claim != old else {
      context.show("\(old.id): nothing changed.\n")
      return .ok
    }
    for w in warnings { context.warn(w) }
    try context.append(
      [
        LedgerEntry(
          at: context.timestamp, by: context.reviewer(args), type: LedgerEventType.claimEdited,
          body: ClaimFlags.body(claim, id: old.id))
      ],
      to: ws)
    context.show("\(old.id): edited\n")
    return .ok
  }
}
