import ContestedStore
import ContestedSyntax
import Foundation
import Testing

@testable import ContestedKit

/// Runs every claim rule's examples (Extraction/Rules) through the production configuration: the bundled
/// gazetteer and actor registry and the bundled syntax model, as `ingest` builds its extractor.
@Suite struct ClaimRuleExampleTests {
  /// One example: the rule, which list, the index in it.
  struct Case: Sendable, CustomStringConvertible {
    var rule: String
    var triggering: Bool
    var index: Int
    var description: String { "\(rule) \(triggering ? "triggering" : "non-triggering") #\(index + 1)" }
  }

  static let cases: [Case] = ClaimRules.all.flatMap { r in
    r.triggering.indices.map { Case(rule: r.id, triggering: true, index: $0) }
      + r.nonTriggering.indices.map { Case(rule: r.id, triggering: false, index: $0) }
  }

  static func extractor() throws -> ClaimExtractor {
    ClaimExtractor(
      places: Gazetteer.bundled, factions: RegistryFactionLexicon(registry: .default),
      syntax: try BundledSyntaxModel.shared(), mode: .combined)
  }

  /// The rule ids that fire on the last sentence of `text`, and what the rules made of it.
  static func fired(_ sentence: String, parser: any SentenceParser) -> (ids: Set<String>, frames: String) {
    let bytes = Array(sentence.utf8)
    var reader = SentenceReader(bytes: bytes)
    var s: [Token] = []
    var ids = Set<String>()
    var log = ""
    while reader.next(into: &s) {
      let g = SentenceGraph(words: parser.parse(s, bytes: bytes), sentence: s, bytes: bytes)
      ids.formUnion(ClaimRules.deniesPrevious(g))
      for f in ClaimRules.frames(g) {
        ids.formUnion(f.rules)
        log += "\(g.forms[f.predicate]) \(f.rules) places \(f.places.map { g.forms[$0] }) blocked \(f.blocked ?? "-"); "
      }
      log += g.words.indices.map {
        "\(g.forms[$0])/\(g.words[$0].upos)/\(g.words[$0].relation)>\($0 - g.words[$0].head < 0 ? "+" : "")\(g.words[$0].head)"
      }.joined(separator: " ")
    }
    return (ids, log)
  }

  static func brief(_ c: Claim) -> String {
    "\(c.place.text)|\(c.controller.side.rawValue)|\(c.stance.rawValue)|\(c.event.rawValue)|\(c.claimant.name)|\(c.when?.description ?? "-")"
  }

  @Test func everyRuleHasExamples() {
    #expect(ClaimRules.all.count >= 15)
    #expect(Set(ClaimRules.all.map(\.id)).count == ClaimRules.all.count, "rule ids are unique")
    for r in ClaimRules.all {
      #expect(!r.triggering.isEmpty && !r.nonTriggering.isEmpty, "\(r.id): needs both kinds of example")
      #expect(!r.summary.isEmpty && !r.summary.contains("\n"), "\(r.id): one-line summary")
    }
  }

  @Test(arguments: cases) func example(_ c: Case) throws {
    let rule = try #require(ClaimRules.all.first { $0.id == c.rule })
    let model = try BundledSyntaxModel.shared()
    let sentence = c.triggering ? rule.triggering[c.index].sentence : rule.nonTriggering[c.index]
    let (ids, frames) = Self.fired(sentence, parser: model)
    #expect(ids.contains(c.rule) == c.triggering, "\(sentence) — frames: \(frames)")
    guard c.triggering else { return }
    let ex = rule.triggering[c.index]
    let text = "Title\n\n" + (ex.context.isEmpty ? "" : ex.context + " ") + ex.sentence + "\n"
    let article = Article(
      id: Article.contentID(of: text), text: text, outlet: "Test Wire", published: Day(iso: "2024-06-18")!)
    let claims = try Self.extractor().extract(from: article).claims.filter {
      ex.context.isEmpty || $0.evidence?.quote == ex.sentence
    }
    let got = claims.map(Self.brief)
    if ex.claim.isEmpty {
      #expect(claims.isEmpty, "\(sentence) must give no claim; got \(got)")
      return
    }
    let want = ex.claim.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    let hit = claims.contains { cl in
      let head = "\(cl.place.text)|\(cl.controller.side.rawValue)|\(cl.stance.rawValue)|\(cl.event.rawValue)"
      guard head == want.prefix(4).joined(separator: "|") else { return false }
      if want.count > 4, !want[4].isEmpty, cl.claimant.name != want[4] { return false }
      if want.count > 5, cl.when?.description != want[5] { return false }
      return true
    }
    #expect(hit, "\(sentence) must give \(ex.claim); got \(got) — frames: \(frames)")
  }
}
