import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Reviewing proposed claims on the demo's seed articles: show, accept an article's claims at once, a typo'd
/// side refused with a suggestion, the report.
@Suite struct ClaimsReviewLoopTests {
  let dir = TemporaryDirectory("review-loop")
  let env = ["COLUMNS": "100"]

  /// A fresh workspace holding the demo's five seed articles, every claim proposed.
  func seeded() -> String {
    _ = TestCLI.run(["demo", "--keep", dir.file("demo")], in: dir.path)
    _ = TestCLI.run(["init", dir.file("ws")], in: dir.path)
    let r = TestCLI.run(["--workspace", dir.file("ws"), "ingest", dir.file("demo/seeds")], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    return dir.file("ws")
  }

  func run(_ ws: String, _ args: [String], answers: [String]? = nil) -> TestCLI.Result {
    TestCLI.run(["--workspace", ws] + args, in: dir.path, environment: env, answers: answers)
  }

  func proposed(_ ws: String) -> [Claim] {
    let out = run(ws, ["claims", "--status", "proposed", "--format", "jsonl"]).out
    return out.split(separator: "\n").compactMap { line in
      Array(line.utf8).withUnsafeBytes { try? Claim.readJSON($0, range: 0..<$0.count) }
    }
  }

  @Test func showAcceptAnArticleRefuseATypoAndReport() throws {
    let ws = seeded()
    let claims = proposed(ws)
    #expect(claims.count == 37)
    // The Daily Sabah article's aggregate claim, by a short prefix.
    let aggregate = try #require(claims.first { $0.place.text == "all Turkmen villages" && $0.stance == .asserts })
    let show = run(ws, ["claims", "show", String(aggregate.id.rawValue.prefix(8))])
    #expect(show.exit == .ok, "\(show.err)")
    Golden.assert(show.out, named: "claims/show-proposed.txt")
    #expect(show.out.contains("[Russian media]") && show.out.contains("[all\n  Turkmen villages]"))
    #expect(show.out.contains("Daily Sabah, 2016-06-18"))
    // Accepting the whole article: refused without a terminal, declined, then confirmed.
    let article = try #require(aggregate.evidence?.article).rawValue
    let refused = run(ws, ["claims", "accept", "--article", String(article.prefix(8))])
    #expect(refused.exit == .usage)
    #expect(refused.err.contains("stdin is not a terminal") && refused.err.contains("--yes"))
    let declined = run(ws, ["claims", "accept", "--article", String(article.prefix(8))], answers: ["n"])
    #expect(declined.out == "Nothing changed.\n")
    #expect(declined.err.contains("Accept 10 proposed claims of article \(article.prefix(12))"))
    #expect(proposed(ws).count == 37)
    let accepted = run(ws, ["claims", "accept", "--article", String(article.prefix(8))], answers: ["y"])
    #expect(accepted.out.contains("10 claims of article \(article.prefix(12)) (Daily Sabah, 2016-06-18) accepted."))
    #expect(proposed(ws).count == 27)
    let others = run(ws, ["claims", "accept", "--all-proposed", "--yes", "--note", "checked"])
    #expect(others.out == "27 claims in the workspace accepted.\n", "\(others.out)")
    // A typo'd side is refused with the suggestion; the ledger is unchanged.
    let ledger = try String(contentsOfFile: (ws as NSString).appendingPathComponent("ledger.jsonl"), encoding: .utf8)
    let typo = run(ws, ["claims", "edit", aggregate.id.rawValue, "--controller", "russian-goverment"])
    #expect(typo.exit == .usage)
    #expect(typo.err.contains("did you mean 'russian-government'?"), "\(typo.err)")
    let after = try String(contentsOfFile: (ws as NSString).appendingPathComponent("ledger.jsonl"), encoding: .utf8)
    #expect(after == ledger)
    // The report: the Jabal al-Turkman aggregate conflict, fitted to 100 columns.
    let report = run(ws, ["report"])
    #expect(report.out.contains("Jabal al-Turkman") && report.out.contains("aggregate"))
    for line in report.out.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    // The rejected aggregate claim would conflict again if accepted.
    _ = run(ws, ["claims", "reject", aggregate.id.rawValue])
    let again = run(ws, ["claims", "show", aggregate.id.rawValue])
    #expect(again.out.contains("If accepted, it would conflict with:"))
    #expect(again.out.contains("opposition holds:"))
  }

  @Test func extractedIDsOfOneArticleDifferInTheirFirstDigits() {
    let ws = seeded()
    let claims = proposed(ws)
    let byArticle = Dictionary(grouping: claims) { $0.evidence?.article?.rawValue ?? "" }
    for (_, group) in byArticle {
      let prefixes = Set(group.map { $0.id.rawValue.prefix(6) })
      #expect(prefixes.count == group.count, "\(group.map(\.id))")
    }
    // Every claim can be named by 8 characters of its id.
    for c in claims.prefix(5) {
      #expect(run(ws, ["claims", "show", String(c.id.rawValue.prefix(8))]).exit == .ok)
    }
  }

  @Test func oldStyleIDsStillWork() {
    _ = TestCLI.run(["init"], in: dir.path)
    let line =
      #"{"id":"x-f1b06a103ed4a13e-3","claimant":"s","place":"p","controller":"government","from":"2016-01-01"}"#
    dir.write("old.jsonl", line + "\n")
    #expect(TestCLI.run(["import", "old.jsonl", "--status", "proposed"], in: dir.path).exit == .ok)
    let r = TestCLI.run(["claims", "accept", "x-f1b06a103ed4a13e-3"], in: dir.path)
    #expect(r.out == "x-f1b06a103ed4a13e-3: accepted\n", "\(r.err)")
  }

  @Test func unknownVocabularyIsRefusedWithASuggestion() {
    _ = TestCLI.run(["init"], in: dir.path)
    let add = TestCLI.run(
      ["add", "--claimant", "A", "--place", "Kansaba", "--controller", "goverment", "--when", "2016-01-01"],
      in: dir.path)
    #expect(add.exit == .usage)
    #expect(add.err.contains("did you mean 'government'?"))
    let event = TestCLI.run(
      ["add", "--claimant", "A", "--place", "Kansaba", "--controller", "government", "--event", "captued"],
      in: dir.path)
    #expect(event.err.contains("did you mean 'captured'?"), "\(event.err)")
    let precision = TestCLI.run(
      [
        "add", "--claimant", "A", "--place", "Kansaba", "--controller", "government", "--when", "2016-01-01",
        "--precision", "wek",
      ], in: dir.path)
    #expect(precision.err.contains("did you mean 'week'?"), "\(precision.err)")
    // Import names the file, line and field.
    dir.write(
      "bad.jsonl",
      #"{"claimant":"a","place":"p","controller":"government","from":"2016-01-01"}"# + "\n"
        + #"{"claimant":"b","place":"p","controller":"oposition","from":"2016-01-01"}"# + "\n")
    let jsonl = TestCLI.run(["import", "bad.jsonl"], in: dir.path)
    #expect(jsonl.exit == .dataError)
    #expect(jsonl.err.contains("bad.jsonl:2") && jsonl.err.contains("did you mean 'opposition'?"), "\(jsonl.err)")
    dir.write("bad.csv", "claimant,place,controller,claimant_side\na,p,government,midea\n")
    let csv = TestCLI.run(["import", "bad.csv"], in: dir.path)
    #expect(csv.err.contains("bad.csv:2") && csv.err.contains("claimant_side"), "\(csv.err)")
    #expect(csv.err.contains("did you mean 'media'?"))
    // A side of a workspace actor is known.
    _ = TestCLI.run(["actors", "add", "Donbas rebels", "--side", "donbas"], in: dir.path)
    dir.write("ok.jsonl", #"{"claimant":"a","place":"p","controller":"donbas","from":"2016-01-01"}"# + "\n")
    #expect(TestCLI.run(["import", "ok.jsonl"], in: dir.path).exit == .ok)
  }

  @Test func claimsTableShowsQuotesFitsTheWidthAndExplainsTheQuestionMark() {
    let ws = seeded()
    let table = run(ws, ["claims"])
    let lines = table.out.split(separator: "\n")
    #expect(lines.first?.hasSuffix("QUOTE") == true)
    for line in lines { #expect(line.count <= 100, "\(line)") }
    #expect(table.out.contains("  (?) "))
    #expect(table.out.contains("(?) the place name is not in the gazetteer"))
    let wide = run(ws, ["claims", "--wide"])
    #expect(wide.out.contains("Dismissing reports from Russian media that claim regime"))
    #expect(wide.out.split(separator: "\n").contains { $0.count > 200 })
  }
}
