import ContestedKit
import ContestedStore
import Foundation

/// `contested import FILE`: bulk claims from JSON lines or CSV, all or nothing.
struct ImportCommand: Command {
  static let name = "import"
  static let abstract = "Import claims from a JSON-lines or CSV file, all or nothing."
  static let usage = "contested import FILE [--format jsonl|csv] [--status STATUS]"
  static let options: [OptionSpec] = [
    .value("--format", valueName: "FORMAT", help: "jsonl or csv (default: from the extension, else the content)."),
    .value("--status", valueName: "STATUS", help: "Status for records without one: accepted (default), proposed, rejected."),
    .flag("--dry-run", help: "Check the file and report what would be imported; write nothing."),
  ]
  static let discussion = """
    JSON lines take the claim JSON form or the flat benchmark form
      {"id":"c1","claimant":"s1","place":"p1","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}
    CSV needs a header row with at least claimant, place and controller (docs/formats.md lists every column).
    The first bad line rejects the whole file with file:line: field: what was expected (exit 65), and the
    ledger is left byte-for-byte unchanged. Claims already in the ledger (same id, same content) are skipped.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let file = try args.positional(0, name: "FILE (a .jsonl or .csv file of claims)")
    let path = context.resolvePath(file)
    let bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch let e as FileError {
      if case .missing = e { throw CLIError.noInput("\(file): no such file.") }
      throw e
    }
    let format: ImportFormat? = try args.value("--format").map { _ in try args.choice("--format", of: ImportFormat.self, default: .jsonl) }
    let defaults = ClaimDefaults(origin: .imported, status: try args.choice("--status", of: ClaimStatus.self, default: .accepted))
    let claims = try ClaimImport.parse(bytes, fileName: file, format: format, defaults: defaults)
    let (ws, state) = try context.loadWorkspace()
    var fresh: [Claim] = []
    fresh.reserveCapacity(claims.count)
    var skipped = 0
    for claim in claims {
      if let existing = state.claim(claim.id) {
        guard existing == claim || sameContent(existing, claim) else {
          throw ImportError(
            file: file, line: nil, field: "id",
            "\(claim.id) is already in the ledger with different content; give it another id or use 'contested claims edit'")
        }
        skipped += 1
      } else {
        fresh.append(claim)
      }
    }
    if args.flag("--dry-run") {
      context.io.out("\(file): \(claims.count) claims valid; \(fresh.count) would be imported, \(skipped) already in the ledger.\n")
      return .ok
    }
    guard !fresh.isEmpty else {
      context.io.out("\(file): all \(claims.count) claims are already in the ledger; nothing imported.\n")
      return .ok
    }
    let batch = "b-" + UUID().uuidString.lowercased().prefix(13)
    let at = context.timestamp
    var entries: [LedgerEntry] = []
    entries.reserveCapacity(fresh.count + 1)
    for c in fresh {
      entries.append(LedgerEntry(at: at, type: LedgerEventType.claimAdded, txn: String(batch), body: ClaimFlags.body(c)))
    }
    var commit = JSONWriter()
    commit.beginObject()
    commit.key("batch"); commit.string(String(batch))
    commit.key("count"); commit.int(fresh.count)
    commit.key("file"); commit.string((file as NSString).lastPathComponent)
    commit.endObject()
    entries.append(LedgerEntry(at: at, type: LedgerEventType.batchCommit, body: commit.bytes))
    try context.append(entries, to: ws)
    var text = "imported \(fresh.count) claims from \(file)"
    if skipped > 0 { text += " (\(skipped) already in the ledger, skipped)" }
    context.io.out(text + "\n")
    return .ok
  }

  static func sameContent(_ a: Claim, _ b: Claim) -> Bool {
    var x = a
    var y = b
    x.status = .proposed
    y.status = .proposed
    x.origin = .manual
    y.origin = .manual
    return x == y
  }
}
