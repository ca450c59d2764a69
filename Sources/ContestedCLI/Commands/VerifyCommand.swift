import ContestedKit
import ContestedStore

/// `contested verify`: checks every line's checksum, the hash chain and the sequence.
struct VerifyCommand: Command {
  static let name = "verify"
  static let abstract = "Check the ledger's checksums and hash chain, and name the first damaged line."
  static let usage = "contested verify [--expect-head HASH]"
  static let options: [OptionSpec] = [
    .value(
      "--expect-head", valueName: "HASH",
      help: "A chain head printed by an earlier verify: fail (exit 65) unless the ledger still contains it.")
  ]
  static let discussion = """
    Every ledger line carries the SHA-256 of its own bytes and the hash of the line before it. verify reads the
    whole ledger, recomputes every hash and prints the chain head: record it somewhere safe (a ticket, an email)
    and a later 'verify --expect-head HASH' proves nothing up to it was changed, cut off or re-chained. Exit 0
    when intact, 65 at the first damaged line or when the expected head is not in the chain. When the ledger no
    longer starts with the bytes last verified (cache/verified-prefix), verify warns, then records it as it is.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let expected = args.value("--expect-head")?.lowercased()
    if let expected,
      expected.utf8.count != 64
        || !expected.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    {
      throw CLIError.usage(
        "--expect-head: '\(expected)' is not a chain head (64 hexadecimal digits, as verify prints).")
    }
    let ws = try context.openWorkspace()
    let changed = ws.ledger.changedSinceLastVerified()
    let (state, summary) = try ws.loadState(fullVerification: true)
    guard summary.lineCount > 0 else {
      throw LedgerError.damaged(
        path: ws.ledger.path, line: 1,
        reason: "the ledger is empty (it has no header line); run 'contested init' in a new folder")
    }
    if let changed {
      context.warn(
        "\(ws.ledger.path) no longer starts with the \(changed) bytes last verified (cache/verified-prefix): it was cut short or rewritten since. "
          + "It is intact as it is now and recorded as verified; only a head you kept ('--expect-head') shows what changed."
      )
    }
    if let expected, expected != summary.headSum {
      guard let line = try ws.ledger.lineNumber(ofSum: expected) else {
        throw LedgerError.damaged(
          path: ws.ledger.path, line: summary.lineCount,
          reason:
            "the chain does not contain the expected head \(expected): lines up to it were changed, cut off or re-chained since it was recorded"
        )
      }
      context.io.out("expected head found at line \(line) of \(summary.lineCount): the lines up to it are unchanged.\n")
    } else if expected != nil {
      context.io.out("expected head is the chain head: unchanged.\n")
    }
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
        "import batch \(batch): \(Plural.count(claims.count, "claim")) without a commit (an interrupted import); they do not count."
      )
    }
    return .ok
  }
}
