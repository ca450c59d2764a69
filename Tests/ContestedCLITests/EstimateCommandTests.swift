import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// `contested estimate` on the seed desk (docs/estimate.md): formats, filters, verdicts, stability, and that it
/// never changes the conflicts.
@Suite struct EstimateCommandTests {
  /// The seed desk plus a second place with two voices for the government and one for the opposition.
  func desk() -> SeedDesk {
    let desk = SeedDesk()
    for (claimant, side, id) in [
      ("SANA", "government", "c-sana"), ("SOHR", "government", "c-sohr"), ("Zaman al-Wasl", "opposition", "c-zaman"),
    ] {
      desk.add([
        "--claimant", claimant, "--place", "Saraqeb", "--controller", side, "--event", "holds", "--when", "2020-02-28",
        "--id", id,
      ])
    }
    return desk
  }

  func lines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
    }
  }

  @Test func jsonLinesHavePlaceSideAndProbability() throws {
    let desk = desk()
    let r = desk.run(["estimate", "--format", "jsonl"])
    #expect(r.exit == .ok, "\(r.err)")
    let rows = try lines(r.out)
    #expect(rows.count == 2, "\(r.out)")
    for row in rows {
      let place = try #require(row["place"] as? String)
      // The gazetteer's id, as the conflicts name the place (not the claim's text).
      #expect(place.hasPrefix("gn:") || place.hasPrefix("region:"), "\(place)")
      #expect(row["side"] is String)
      let p = try #require(row["probability"] as? Double)
      #expect(p > 0 && p <= 1)
      #expect(!(try #require(row["reasons"] as? [String])).isEmpty)
    }
    let saraqeb = try #require(rows.first { ($0["claims"] as? [String])?.contains("c-sana") == true })
    #expect(saraqeb["side"] as? String == "government", "\(saraqeb)")
    // Same input, same bytes.
    #expect(desk.run(["estimate", "--format", "jsonl"]).out == r.out)
  }

  @Test func tableCsvFiltersAndConfidence() throws {
    let desk = desk()
    let table = desk.run(["estimate"])
    #expect(table.exit == .ok, "\(table.err)")
    let header = try #require(table.out.split(separator: "\n").first)
    #expect(header.hasPrefix("PLACE") && header.contains("HOLDER") && header.contains("PROB"), "\(table.out)")
    #expect(table.out.contains("Saraqib") && table.out.contains("Jabal al-Turkman"), "\(table.out)")
    #expect(table.out.contains("2 place windows"), "\(table.out)")
    let csv = desk.run(["estimate", "--format", "csv"]).out
    #expect(csv.hasPrefix("place,place_name,from,to,side,probability"), "\(csv)")
    let one = try lines(desk.run(["estimate", "--format", "jsonl", "--place", "Saraqib"]).out)
    #expect(one.count == 1 && (one[0]["claims"] as? [String])?.count == 3)
    let sure = try lines(desk.run(["estimate", "--format", "jsonl", "--confidence", "0.99"]).out)
    #expect(sure.allSatisfy { $0["side"] as? String == "undetermined" }, "\(sure)")
    #expect(desk.run(["estimate", "--confidence", "2"]).exit == .usage)
    #expect(desk.run(["estimate", "--format", "xml"]).exit == .usage)
    #expect(desk.run(["estimate", "--help"]).out.contains("--confidence"))
  }

  @Test func aVerdictIsKnownTruthAndConflictsAreUnchanged() throws {
    let desk = desk()
    let report = desk.run(["report", "--format", "json"]).out
    let list = try #require(
      try JSONSerialization.jsonObject(with: Data(desk.run(["review", "list", "--format", "json"]).out.utf8))
        as? [[String: Any]])
    #expect(list.count == 2)
    for row in list {
      let estimate = try #require(row["estimate"] as? [String: Any], "\(row)")
      #expect(estimate["probability"] is Double && estimate["side"] is String)
      #expect(row["need"] is Double)
    }
    let jabal = try #require(list.first { ($0["claims"] as? [String])?.contains("c-ru") == true }?["id"] as? String)
    let r = desk.run(
      [
        "review", "resolve", jabal, "--refute", "c-ru", "--uphold", "c-sta", "--held-by", "opposition",
        "--confidence", "high", "--rationale", "two independent Turkmen sources",
      ], as: "amal")
    #expect(r.exit == .ok, "\(r.err)")
    let rows = try lines(desk.run(["estimate", "--format", "jsonl", "--place", "jabal al-turkman"]).out)
    #expect(rows.count == 1)
    #expect(rows.first?["side"] as? String == "opposition" && rows.first?["probability"] as? Double == 1)
    #expect(rows.first?["verdict"] as? String == "opposition")
    // The decided conflict needs nothing more: it comes last in the queue.
    let queue = desk.run(["review", "list"]).out.split(separator: "\n")
    #expect(queue.count >= 3 && queue[2].hasPrefix(jabal) && queue[2].contains("opposition 100%"), "\(queue)")
    // Estimating never changes which conflicts exist or their ids.
    _ = desk.run(["estimate"])
    let after = desk.run(["report", "--format", "json"]).out
    #expect(Self.ids(after) == Self.ids(report))
  }

  static func ids(_ reportJSON: String) -> [String] {
    guard let data = reportJSON.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data)
    else { return [] }
    let list = (object as? [[String: Any]]) ?? ((object as? [String: Any])?["conflicts"] as? [[String: Any]]) ?? []
    return list.compactMap { $0["id"] as? String }.sorted()
  }
}
