import ContestedKit
import ContestedTestSupport
import Foundation

/// Helpers for the extraction tests.
enum X {
  /// Extracts from a one-paragraph article (a title line is added so the body is not taken for a title).
  static func claims(_ body: String, published: String = "2016-06-18", outlet: String = "Test Wire") -> [Claim] {
    let text = "Title\n\n" + body + "\n"
    let a = Article(id: Article.contentID(of: text), text: text, outlet: outlet, published: Day(iso: published)!)
    return ClaimExtractor().extract(from: a).claims
  }

  /// A compact view of a claim: "place|side|stance|event".
  static func brief(_ c: Claim) -> String {
    "\(c.place.text)|\(c.controller.side.rawValue)|\(c.stance.rawValue)|\(c.event.rawValue)"
  }

  /// Reads every NAME.txt/NAME.json pair of a folder and extracts.
  static func evaluate(folder: URL) throws -> EvaluationReport {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    var items: [(gold: GoldArticle, extracted: [Claim])] = []
    for n in names.sorted() {
      let stem = String(n.dropLast(5))
      let txt = folder.appendingPathComponent(stem + ".txt")
      guard let t = FileManager.default.contents(atPath: txt.path) else { continue }
      let g = try String(contentsOf: folder.appendingPathComponent(n), encoding: .utf8)
      let gold = try GoldArticle.parse(json: g)
      let text = String(decoding: t, as: UTF8.self)
      let a = Article(
        id: Article.contentID(of: text), text: text, outlet: gold.outlet, published: gold.published!,
        url: gold.url)
      items.append((gold, ClaimExtractor().extract(from: a).claims))
    }
    return ClaimScorer.evaluate(items)
  }
}
