import ContestedKit
import ContestedStore

/// `contested verify`: checks every line's checksum, the hash chain and the sequence.
struct VerifyCommand: Command {
  static let name = "verify"
  static let abstract = "Check the ledger's checksums and hash chain, and name the first damaged line."
  static let usage = "contested verify [--workspace DIR]"
  static let discussion = """
    Every ledger line carries the SHA-256 of its own bytes and the hash of the line before it. verify reads the
    whole ledger, recomputes every hash and prints the chain head: record it somewhere safe (a ticket, an email)
    and a later verify proves nothing before it was changed. Exit 0 when intact, 65 at the first damaged line.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let ws = try context.openWorkspace()
    let (state, summary) = try ws.loadState(fullVerification: true)
    context.io.out(
      "\(ws.ledger.path): \(summary.lineCount) lines, checksums and chain intact.\n"
        + "chain head: \(summary.headSum)\n"
        + "claims: \(state.claims.count), articles: \(state.articles.count), other events: \(state.otherEntries.count)\n"
    )
    if let torn = summary.tornTail {
      context.warn(
        "\(ws.ledger.path):\(torn.line): the last line is incomplete (\(torn.byteCount) bytes; an interrupted write). The next write sets it aside in \(ws.ledger.tornFolder)/."
      )
    }
    for (batch, claims) in state.pendingBatches {
      context.warn(
        "import batch \(batch): \(claims.count) claims without a commit (an interrupted import); they do not count.")
    }
    return .ok
  }
}
