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
    .value(
      "--status", valueName: "STATUS", help: "Status for records without one: accepted (default), proposed, rejected."),
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
    var bytes: [UInt8]
    do { bytes = try FileIO.read(path) } catch let e as FileError {
      if case .missing = e { throw CLIError.noInput("\(file): no such file.") }
      throw e
    }
    let format: ImportFormat? = try args.value("--format").map { _ in
      try args.choice("--format", of: ImportFormat.self, default: .jsonl)
    }
    let defaults = ClaimDefaults(
      origin: .imported, status: try args.choice("--status", of: ClaimStatus.self, default: .accepted),
      knownSides: KnownValue.sides(try context.loadFactions()))
    // Large files come back as the parser's per-core arrays; they are used as they are (no copy of every claim).
    var chunks = try ClaimImport.parseChunks(bytes, fileName: file, format: format, defaults: defaults)
    bytes = []
    // Place names without an id get the gazetteer's id where it resolves them to one place (the name is kept).
    if chunks.contains(where: { $0.contains { $0.place.id == nil } }) {
      let resolver = NameResolver(gazetteer: try context.loadGazetteer())
      if let w = resolver.resolvePlaces(&chunks) { context.warn("\(file): \(w)") }
    }
    context.progress("\(file): reading the ledger…")
    let loaded = try context.loadWorkspaceForWriting()
    context.progress("\(file): writing \(Plural.count(chunks.reduce(0) { $0 + $1.count }, "claim"))…")
    defer { context.progressDone() }
    let ws = loaded.workspace
    var state = loaded.state
    var summary = loaded.summary
    var skipped = 0
    if !state.claims.isEmpty { (chunks, skipped) = try skipKnown(chunks, in: state, file: file) }
    if args.flag("--dry-run") {
      let n = chunks.reduce(0) { $0 + $1.count }
      context.show(
        "\(file): \(Plural.count(n + skipped, "claim")) valid; \(n) would be imported, \(skipped) already in the ledger.\n"
      )
      return .ok
    }
    let batch = String("b-" + UUID().uuidString.lowercased().prefix(13))
    let at = context.timestamp
    let fileName = (file as NSString).lastPathComponent
    var imported = 0
    // Decided under the lock: claims another writer added since the read (another import of the same file, say)
    // are skipped as already in the ledger, or refused when their content differs.
    let outcome = try ws.ledger.append(clock: context.now) { lineCount in
      if lineCount != summary.lineCount {
        try ws.catchUp(&state, &summary)
        let (kept, more) = try skipKnown(chunks, in: state, file: file)
        chunks = kept
        skipped += more
      }
      let fresh = ChunkedClaims(chunks)
      imported = fresh.count
      guard fresh.count > 0 else { return nil }
      let commit = commitEntry(batch: batch, count: fresh.count, file: fileName, at: at)
      let count = fresh.count
      return (
        count + 1,
        { [fresh] i, seq in
          guard i < count else {
            var c = commit
            c.seq = seq
            return LedgerLine.prepare(c)
          }
          return LedgerLine.prepareClaimAdded(seq: seq, at: at, txn: batch, claim: fresh[i])
        }
      )
    }
    guard imported > 0 else {
      let all = skipped == 1 ? "the 1 claim is" : "all \(skipped) claims are"
      context.show("\(file): \(all) already in the ledger; nothing imported.\n")
      return .ok
    }
    if let aside = outcome.setAside {
      context.warn(
        "\(ws.ledger.path):\(aside.line): a torn last line (an interrupted write) was set aside in \(aside.path); every complete line is kept."
      )
    }
    var text = "imported \(Plural.count(imported, "claim")) from \(file)"
    if skipped > 0 { text += " (\(skipped) already in the ledger, skipped)" }
    context.show(text + "\n")
    return .ok
  }

  /// Claims in file order, held in the parser's arrays.
  struct ChunkedClaims: Sendable {
    let chunks: [[Claim]]
    let starts: [Int]
    /// How many claims.
    let count: Int

    init(_ chunks: [[Claim]]) {
      self.chunks = chunks
      var starts: [Int] = []
      var n = 0
      for c in chunks {
        starts.append(n)
        n += c.count
      }
      self.starts = starts
      count = n
    }

    /// The `i`th claim.
    subscript(i: Int) -> Claim {
      var c = chunks.count - 1
      while starts[c] > i { c -= 1 }
      return chunks[c][i - starts[c]]
    }
  }

  /// The claims not yet in `state`, and how many were (same id, same content). A claim whose id is in the ledger
  /// with different content rejects the import.
  static func skipKnown(_ chunks: [[Claim]], in state: WorkspaceState, file: String) throws -> ([[Claim]], Int) {
    var kept: [Claim] = []
    var skipped = 0
    for claim in chunks.joined() {
      guard let existing = state.claim(claim.id) else {
        kept.append(claim)
        continue
      }
      guard existing == claim || sameContent(existing, claim) else {
        throw ImportError(
          file: file, line: nil, field: "id",
          "\(claim.id) is already in the ledger with different content; give it another id or use 'contested claims edit'"
        )
      }
      skipped += 1
    }
    return skipped > 0 ? ([kept], skipped) : (chunks, 0)
  }

  /// The `batch.commit` line that makes a batch's claims count.
  static func commitEntry(batch: String, count: Int, file: String, at: String) -> LedgerEntry {
    var w = JSONWriter()
    w.beginObject()
    w.key("batch")
    w.string(batch)
    w.key("count")
    w.int(count)
    w.key("file")
    w.string(file)
    w.endObject()
    return LedgerEntry(at: at, type: LedgerEventType.batchCommit, body: w.bytes)
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
