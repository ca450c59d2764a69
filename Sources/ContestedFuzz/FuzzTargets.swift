import ContestedKit
import ContestedSyntax

/// The fuzzing entry points (docs/architecture.md, "Fuzzing"): each takes arbitrary bytes, runs one parser of
/// untrusted input and checks what must hold for every input. A crash, a trap or a failed invariant is a bug.
/// `contested-fuzz` runs them under libFuzzer (built with `-sanitize=fuzzer`) or replays files; the seeded
/// mutation test in the suite runs them on thousands of mutated inputs.
public enum FuzzTargets {
  /// One entry point.
  public struct Target: Sendable {
    /// Its name on the command line (`contested-fuzz NAME`).
    public var name: String
    /// What it exercises.
    public var about: String
    /// Runs one input.
    public var run: @Sendable ([UInt8]) -> Void
  }

  /// Every entry point, by name.
  public static let all: [Target] = [
    Target(
      name: "claim-json", about: "claim JSON lines (import, ledger bodies): ClaimImport.parseJSONLines", run: claimJSON),
    Target(name: "csv", about: "the CSV reader and the CSV claim import (ClaimImport.parseCSV)", run: csv),
    Target(name: "ledger-line", about: "one ledger line: LedgerLine.parse and WorkspaceState.decode", run: ledgerLine),
    Target(name: "check", about: "check's claims reader and join (PairCheck.run)", run: check),
    Target(name: "extract", about: "the claim extractor on an article text (ClaimExtractor.extract)", run: extract),
    Target(name: "conllu", about: "the CoNLL-U reader and writer (CoNLLUReader.read, CoNLLUWriter)", run: conllu),
    Target(name: "news-tokens", about: "sentences and tokens for the parser (NewsTokenizer)", run: newsTokens),
  ]

  /// The entry point called `name`.
  public static func named(_ name: String) -> Target? { all.first { $0.name == name } }

  /// Fails loudly: an invariant does not hold for this input.
  static func invariant(_ ok: Bool, _ what: @autoclosure () -> String) {
    if !ok { fatalError("fuzz invariant failed: \(what())") }
  }

  /// Claims parsed from JSON lines write back to JSON that parses to the same claims.
  @Sendable static func claimJSON(_ bytes: [UInt8]) {
    guard let claims = try? ClaimImport.parseJSONLines(bytes, fileName: "fuzz.jsonl") else { return }
    let written = Array(ClaimList.render(claims, format: .jsonl).utf8)
    let again = try? ClaimImport.parseJSONLines(written, fileName: "again.jsonl")
    invariant(again == claims, "claim JSON does not read back to the same claims")
  }

  /// The CSV reader never traps; claims read from CSV export to CSV (spreadsheet-safe) that reads back the same.
  @Sendable static func csv(_ bytes: [UInt8]) {
    if let records = try? CSV.parse(bytes) {
      for r in records { invariant(!r.fields.contains { $0.utf8.contains(0) }, "a CSV field holds a raw NUL") }
    }
    guard let claims = try? ClaimImport.parseCSV(bytes, fileName: "fuzz.csv"), !claims.isEmpty else { return }
    let written = Array(ClaimList.render(claims, format: .csv).utf8)
    let again = try? ClaimImport.parseCSV(written, fileName: "again.csv")
    invariant(again == claims, "CSV claims do not read back to the same claims")
  }

  /// A ledger line parses or is reported damaged; a parsed line's body decodes or is reported; an intact line
  /// re-encodes to the same bytes.
  @Sendable static func ledgerLine(_ bytes: [UInt8]) {
    let line = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
    let parsed = line.withUnsafeBytes { buf -> LedgerLine.Parsed? in
      do throws(LedgerLine.Damage) { return try LedgerLine.parse(buf, verify: true) } catch { return nil }
    }
    guard let parsed else { return }
    _ = try? WorkspaceState.decode(parsed.entry)
    let (again, _) = LedgerLine.encode(parsed.entry, prev: parsed.prev.description)
    let reparsed = again.withUnsafeBytes { buf -> LedgerLine.Parsed? in
      do throws(LedgerLine.Damage) {
        return try LedgerLine.parse(buf.prefix(buf.count - 1).rebased, verify: true)
      } catch {
        return nil
      }
    }
    invariant(reparsed?.entry == parsed.entry, "a ledger line does not re-encode to the same entry")
  }

  /// check's reader: a table or the first malformed line, never a trap; pairs are sorted and distinct.
  @Sendable static func check(_ bytes: [UInt8]) {
    guard let (summary, output) = try? PairCheck.run(bytes, threads: 1) else { return }
    let lines = output.split(separator: 0x0A)
    invariant(lines.count == summary.pairs, "check printed a pair count that differs from its pairs")
    invariant(zip(lines, lines.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "pairs not sorted")
  }

  static let extractor = ClaimExtractor(places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default))

  /// The extractor is total: any text, any bytes (decoded with replacement), evidence inside the text.
  @Sendable static func extract(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let article = Article(id: "a-fuzz", text: text, outlet: "fuzz", published: Day(iso: "2016-06-18")!)
    let result = extractor.extract(from: article)
    for claim in result.claims {
      if let quote = claim.evidence?.quote { invariant(text.contains(quote), "a quote that is not in the text") }
    }
  }
}

extension FuzzTargets {
  /// What the reader accepts, the writer writes so that it reads back to the same words.
  @Sendable static func conllu(_ bytes: [UInt8]) {
    guard let sentences = try? CoNLLUReader.read(bytes, file: "fuzz") else { return }
    let again = try? CoNLLUReader.read(Array(CoNLLUWriter.write(sentences).utf8), file: "again")
    invariant(again?.map(\.words.count) == sentences.map(\.words.count), "written CoNLL-U does not read back")
  }

  /// Tokens are non-empty, in order, inside the bytes, and no sentence exceeds the 300-token guard.
  @Sendable static func newsTokens(_ bytes: [UInt8]) {
    var last = 0
    for sentence in NewsTokenizer.sentences(bytes: bytes) {
      invariant(!sentence.isEmpty && sentence.count <= 300, "a sentence of \(sentence.count) tokens")
      for p in sentence {
        invariant(p.range.lowerBound >= last && p.range.upperBound <= bytes.count && !p.range.isEmpty, "token range")
        last = p.range.upperBound
      }
    }
  }
}

extension Slice<UnsafeRawBufferPointer> {
  fileprivate var rebased: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: self) }
}
