import ContestedKit
import ContestedStore

/// `contested compact`: removes the lines of interrupted imports.
struct CompactCommand: Command {
  static let name = "compact"
  static let abstract = "Remove the lines of interrupted imports (kept aside in compacted/, with a record)."
  static let usage = "contested compact"
  static let discussion = """
    An import killed before its batch.commit leaves claim lines that never count. compact takes the ledger's
    lock (so no import is running), drops those lines, renumbers and re-chains the rest, verifies the result and
    replaces the ledger with it. The old ledger is kept as compacted/ledger-<time>.jsonl, and
    compacted/dropped-<time>.json lists the batches dropped and both chain heads. The chain head changes: record
    the new one for 'verify --expect-head'.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let ws = try context.openWorkspace()
    guard let c = try ws.ledger.compact(clock: context.now) else {
      context.show("\(ws.ledger.path): no interrupted import; nothing to compact.\n")
      return .ok
    }
    let lines = c.dropped.reduce(0) { $0 + $1.lines }
    context.show(
      "compacted \(ws.ledger.path): dropped \(Plural.count(lines, "line")) of "
        + "\(Plural.count(c.dropped.count, "interrupted import")) (\(c.linesBefore) → \(c.linesAfter) lines).\n"
        + "old ledger kept in \(c.keptAt); record in \(c.recordAt)\n"
        + "chain head: \(c.newHead) (was \(c.oldHead))\n")
    return .ok
  }
}
