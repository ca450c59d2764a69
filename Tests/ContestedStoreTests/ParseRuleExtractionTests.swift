import ContestedKit
import ContestedStore
import ContestedSyntax
import ContestedTestSupport
import Foundation
import Testing

/// The extractor with the claim rules over the bundled parse: malformed input and quality floors.
@Suite struct ParseRuleExtractionTests {
  static func extractor(_ mode: ExtractionMode) throws -> ClaimExtractor {
    ClaimExtractor(
      places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default),
      syntax: try BundledSyntaxModel.shared(), mode: mode)
  }

  static func article(_ text: String) -> Article {
    Article(id: Article.contentID(of: text), text: text, outlet: "X", published: Day(iso: "2020-01-01")!)
  }

  @Test(arguments: [ExtractionMode.rules, .combined]) func malformedInputNeverCrashes(_ mode: ExtractionMode) throws {
    let x = try Self.extractor(mode)
    let binary = String(decoding: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }, as: UTF8.self)
    let invalid = String(
      decoding: [0x52, 0x65, 0xFF, 0xFE, 0xC3, 0x28, 0x20, 0x73, 0x65, 0x69, 0x7A, 0x65, 0x64], as: UTF8.self)
    let longSentence = Array(repeating: "rebels seized the town of Kafr Nabl and", count: 700).joined(separator: " ")
    let line = String(repeating: "The army captured \"liberated\" which, according to, citing, ", count: 40_000)
    for text in ["", " ", "\n\n", binary, invalid, longSentence, line, "\"\"\"\"", "That is false."] {
      let r = x.extract(from: Self.article(text))
      #expect(r.claims.count <= max(1, text.utf8.count))
    }
  }

  /// Floors within 0.03 of what the combined extractor measures (docs/extraction.md, "Claim rules").
  @Test(arguments: [("seeds", 0.92, 0.85), ("synthetic", 0.84, 0.76)])
  func combinedFloorsOnTheFixtures(_ set: String, _ precision: Double, _ recall: Double) throws {
    let r = try Self.evaluate(TestPaths.fixtures.appendingPathComponent("articles/\(set)"), .combined)
    #expect(r[.triple].precision >= precision)
    #expect(r[.triple].recall >= recall)
  }

  @Test(.enabled(if: TestPaths.hasShared)) func combinedFloorsOnTheDevelopmentCorpus() throws {
    let r = try Self.evaluate(TestPaths.shared.appendingPathComponent("corpus"), .combined)
    #expect(r[.triple].precision >= 0.76)
    #expect(r[.triple].recall >= 0.44)
    #expect(r.dateAccuracy >= 0.78)
  }

  static func evaluate(_ folder: URL, _ mode: ExtractionMode) throws -> EvaluationReport {
    let x = try extractor(mode)
    var items: [(gold: GoldArticle, extracted: [Claim])] = []
    for n in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where n.hasSuffix(".json") {
      let txt = folder.appendingPathComponent(String(n.dropLast(5)) + ".txt")
      guard let t = FileManager.default.contents(atPath: txt.path) else { continue }
      let gold = try GoldArticle.parse(json: String(contentsOf: folder.appendingPathComponent(n), encoding: .utf8))
      let text = String(decoding: t, as: UTF8.self)
      let a = Article(
        id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: gold.published!, url: gold.url)
      items.append((gold, x.extract(from: a).claims))
    }
    return ClaimScorer.evaluate(items)
  }
}
