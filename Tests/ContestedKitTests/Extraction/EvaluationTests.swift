import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

@Suite struct EvaluationTests {
  static let gold = """
    {"id": "t", "outlet": "Wire", "url": null, "published": null,
     "published_estimate": {"date": "2016-06-18", "reason": "test"},
     "claims": [{"claimant": "a monitor group", "claimant_side": "independent-monitor",
       "place": "a strategic town [Kinsabba]", "quantity": null, "controller": "opposition", "stance": "asserts",
       "event": "recaptured", "when": "2016-07-01", "quote": "q"}], "conflicts": []}
    """

  @Test func `parses the corpus gold format`() throws {
    let g = try GoldArticle.parse(json: Self.gold)
    #expect(g.published == Day(iso: "2016-06-18"))
    #expect(g.claims.count == 1)
    #expect(g.claims[0].placeCandidates == ["Kinsabba", "a strategic town"])
    #expect(g.claims[0].when == TimeSpan.day(Day(iso: "2016-07-01")!))
  }

  @Test func `malformed gold files give clear errors`() {
    for bad in [
      "", "[]", "{", "{\"claims\": 3}", "{\"claims\": [{\"place\": \"x\"}]}",
      "{\"claims\": [{\"place\": \"x\", \"controller\": \"a\", \"stance\": \"maybe\", \"event\": \"e\"}]}",
      "{\"claims\": [{\"place\": \"x\", \"controller\": \"a\", \"stance\": \"asserts\", \"event\": \"e\", \"when\": \"2016-13-01\"}]}",
    ] {
      #expect(throws: GoldArticle.FormatError.self) { try GoldArticle.parse(json: bad) }
    }
  }

  @Test func `place, claimant and date matching rules`() throws {
    let g = try GoldArticle.parse(json: Self.gold).claims[0]
    #expect(ClaimScorer.placesMatch(g, "Kinsabba"))
    #expect(ClaimScorer.placesMatch(g, "Kinssabba"))  // doubled letters fold
    #expect(!ClaimScorer.placesMatch(g, "Kabani"))
    #expect(ClaimScorer.claimantsMatch("Syrian Observatory for Human Rights", "Britain-based Syrian Observatory"))
    #expect(!ClaimScorer.claimantsMatch("Russian media", "Turkmen official"))
    let day = TimeSpan.day(Day(iso: "2016-02-15")!)
    let feb = TimeSpan(from: Day(iso: "2016-02-01")!, to: Day(iso: "2016-02-29")!)
    #expect(ClaimScorer.datesAgree(feb, day))
    #expect(!ClaimScorer.datesAgree(day, feb))  // a month is too vague for a day
    #expect(ClaimScorer.datesAgree(nil, nil))
  }

  @Test func `floors on the seed articles`() throws {
    let r = try X.evaluate(folder: TestPaths.fixtures.appendingPathComponent("articles/seeds"))
    #expect(r[.triple].precision >= 0.9)
    #expect(r[.triple].recall >= 0.9)
    #expect(r.dateAccuracy >= 0.85)
  }

  @Test func `floors on the synthetic articles`() throws {
    let r = try X.evaluate(folder: TestPaths.fixtures.appendingPathComponent("articles/synthetic"))
    #expect(r.articles >= 10)
    #expect(r[.triple].precision >= 0.9)
    #expect(r[.triple].recall >= 0.9)
    #expect(r.dateAccuracy >= 0.85)
  }

  @Test(.enabled(if: TestPaths.hasShared))
  func `scores on the development corpus are recorded (no floor, regressions only)`() throws {
    let r = try X.evaluate(folder: TestPaths.shared.appendingPathComponent("corpus"))
    #expect(r.articles == 25)
    let line = String(
      format: "dev corpus triple P %.3f R %.3f; dates %.3f", r[.triple].precision,
      r[.triple].recall, r.dateAccuracy)
    Attachment.record(line, named: "dev-corpus-scores.txt")
    #expect(r[.triple].precision >= 0.55, "\(line)")
    #expect(r[.triple].recall >= 0.2, "\(line)")
  }

  @Test func `fixture gold quotes are verbatim`() throws {
    for sub in ["seeds", "synthetic"] {
      let folder = TestPaths.fixtures.appendingPathComponent("articles/\(sub)")
      for n in try FileManager.default.contentsOfDirectory(atPath: folder.path) where n.hasSuffix(".json") {
        let text = try String(
          contentsOf: folder.appendingPathComponent(String(n.dropLast(5)) + ".txt"), encoding: .utf8)
        let g = try GoldArticle.parse(json: String(contentsOf: folder.appendingPathComponent(n), encoding: .utf8))
        for c in g.claims { #expect(text.contains(c.quote), "\(n): \(c.quote)") }
      }
    }
  }
}
