import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Runs `contested demo --keep` once per test into a fresh folder and returns the workspace and the output.
func runDemo(_ dir: TemporaryDirectory) -> (
  result: TestCLI.Result, workspace: String, digest: String
) {
  let root = dir.file("demo")
  let r = TestCLI.run(["demo", "--keep", root], in: dir.path)
  return (
    r, (root as NSString).appendingPathComponent("workspace"),
    (root as NSString).appendingPathComponent("digest.md")
  )
}

@Suite struct DemoCommandTests {
  let dir = TemporaryDirectory("demo")

  @Test func seedCaseShowsTheJabalAlTurkmanAggregateAndNoSequenceConflicts() throws {
    let (r, workspace, digestPath) = runDemo(dir)
    #expect(r.exit == .ok, "\(r.err)")
    // The printed report.
    let report = try #require(
      r.out.components(separatedBy: "$ contested report").last?.components(
        separatedBy: "$ contested digest"
      ).first)
    #expect(report.contains("Jabal al-Turkman"), "\(r.out)")
    #expect(report.contains("aggregate"))
    for name in ["Kansaba", "Kinsabba", "Kinnsib", "Saraqeb", "Saraqib"] {
      #expect(
        !report.localizedCaseInsensitiveContains(name),
        "report shows a conflict on \(name):\n\(report)")
    }
    #expect(r.out.contains("The digest is at \(digestPath)"))
    // The conflicts themselves, as JSON.
    let json = TestCLI.run(["--workspace", workspace, "report", "--format", "json"], in: dir.path)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let conflicts = try #require(root["conflicts"] as? [[String: Any]])
    let jt = conflicts.filter {
      $0["place"] as? String == "region:jabal-al-turkman" && $0["kind"] as? String == "aggregate"
    }
    #expect(jt.count == 1)
    let window = try #require(
      jt.first?["window"] as? [String: Any]
        ?? (jt.first.map { ["from": $0["from"] ?? "", "to": $0["to"] ?? ""] }))
    let from = "\(window["from"] ?? "")"
    #expect(from.hasPrefix("2016-06"), "window \(window)")
    let sides = try #require(jt.first?["sides"] as? [[String: Any]])
    let labels = Set(sides.compactMap { $0["label"] as? String })
    #expect(labels.contains("government holds") && labels.contains("opposition holds"))
    for c in conflicts {
      let text = "\(c)".lowercased()
      for name in ["kansaba", "kinsabba", "saraqeb"] {
        #expect(!text.contains(name), "conflict on \(name): \(c)")
      }
    }
    // The digest.
    let digest = try String(contentsOfFile: digestPath, encoding: .utf8)
    #expect(digest.contains("### 1. Jabal al-Turkman: aggregate conflict"))
    #expect(digest.contains("three villages"))
    #expect(!digest.contains("### Kansaba") && !digest.contains("### Saraqeb"))
  }

  /// The demo's digest, byte for byte (the clock is fixed; the demo folder does not appear in it).
  @Test func demoDigestGolden() throws {
    let (r, _, digestPath) = runDemo(dir)
    #expect(r.exit == .ok, "\(r.err)")
    Golden.assert(try String(contentsOfFile: digestPath, encoding: .utf8), named: "digest/demo.md")
  }

  func digestPath(_ workspace: String) -> String {
    ((workspace as NSString).deletingLastPathComponent as NSString).appendingPathComponent("digest.md")
  }

  /// The demo's HTML briefing, byte for byte, and `report --format html` of the same workspace.
  @Test func demoBriefingGolden() throws {
    let (r, ws, _) = runDemo(dir)
    #expect(r.exit == .ok, "\(r.err)")
    let html = TestCLI.run(["--workspace", ws, "digest", "--format", "html"], in: dir.path)
    #expect(html.exit == .ok, "\(html.err)")
    Golden.assert(html.out, named: "digest/demo.html")
    let written = (digestPath(ws) as NSString).deletingLastPathComponent + "/briefing.html"
    #expect(try String(contentsOfFile: written, encoding: .utf8) == html.out, "the demo writes the same briefing")
    let report = TestCLI.run(["--workspace", ws, "report", "--format", "html"], in: dir.path)
    #expect(report.exit == .ok, "\(report.err)")
    #expect(report.out.contains("<h1>Conflict report: all dates</h1>"))
    #expect(report.out.contains("<svg class=\"map\"") && report.out.contains("<svg class=\"timeline\""))
    let none = TestCLI.run(["--workspace", ws, "report", "--format", "html", "--place", "Aleppo"], in: dir.path)
    #expect(none.out.contains("No conflict is open in this period.") && !none.out.contains("<svg class=\"timeline\""))
    #expect(TestCLI.run(["--workspace", ws, "digest", "--format", "pdf"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["--workspace", ws, "digest", "--top", "3", "--all"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["--workspace", ws, "digest", "--top", "0"], in: dir.path).exit == .usage)
  }

  /// The "explore further" lines work as printed after `swift run contested demo`: each starts with
  /// `swift run contested` (no `contested` on the PATH yet) and runs.
  @Test func exploreFurtherLinesRunAsPrinted() throws {
    let (r, _, _) = runDemo(dir)
    let lines = r.out.components(separatedBy: "Explore further").last?.split(separator: "\n").dropFirst() ?? []
    #expect(lines.count >= 3, "\(r.out)")
    for line in lines {
      let words = line.split(separator: " ").map(String.init)
      #expect(Array(words.prefix(3)) == ["swift", "run", "contested"], "\(line)")
      let run = TestCLI.run(Array(words.dropFirst(3)), in: dir.path)
      #expect(run.exit == .ok, "\(line): \(run.err)")
    }
  }

  @Test func everyExtractedClaimIsAcceptedAsDemoAccepted() throws {
    let (r, workspace, _) = runDemo(dir)
    #expect(r.exit == .ok, "\(r.err)")
    let list = TestCLI.run(["--workspace", workspace, "claims", "--format", "jsonl"], in: dir.path)
    let lines = list.out.split(separator: "\n")
    #expect(lines.count >= 20)
    for l in lines {
      #expect(l.contains("\"status\":\"accepted\""))
      #expect(l.contains("\"note\":\"demo-accepted\""))
    }
  }

  @Test func keepFolderMustNotExist() {
    dir.write("taken", "x")
    let r = TestCLI.run(["demo", "--keep", "taken"], in: dir.path)
    #expect(r.exit == .usage)
    #expect(r.err.contains("already exists"))
  }
}

@Suite struct DigestCommandTests {
  let dir = TemporaryDirectory("digest")

  @Test func periodAndOutFile() throws {
    let (_, ws, _) = runDemo(dir)
    let june = TestCLI.run(
      ["--workspace", ws, "digest", "--since", "2016-06-01", "--until", "2016-06-30"], in: dir.path)
    #expect(june.exit == .ok, "\(june.err)")
    #expect(june.out.hasPrefix("# Contested digest: 2016-06-01 to 2016-06-30\n"))
    #expect(june.out.contains("Jabal al-Turkman"))
    let later = TestCLI.run(["--workspace", ws, "digest", "--since", "2020-01-01"], in: dir.path)
    #expect(later.out.contains("## Open conflicts\n\nNone in this period."))
    let out = TestCLI.run(["--workspace", ws, "digest", "--out", "d.md"], in: dir.path)
    #expect(out.exit == .ok)
    #expect(out.out.isEmpty)
    #expect(String(decoding: dir.bytes("d.md"), as: UTF8.self).contains("## Source track record"))
  }

  @Test func badArgumentsAreUsageErrors() {
    let (_, ws, _) = runDemo(dir)
    #expect(
      TestCLI.run(["--workspace", ws, "digest", "--since", "2016-13-01"], in: dir.path).exit
        == .usage)
    #expect(
      TestCLI.run(
        ["--workspace", ws, "digest", "--since", "2016-06-02", "--until", "2016-06-01"],
        in: dir.path
      ).exit == .usage)
    #expect(TestCLI.run(["--workspace", ws, "digest", "extra"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["--workspace", dir.file("none"), "digest"], in: dir.path).exit != .ok)
  }
}

@Suite struct ExportCommandTests {
  let dir = TemporaryDirectory("export")

  /// The demo workspace with its Jabal al-Turkman aggregate conflict resolved; returns the workspace, the conflict
  /// id, its claim count and the claim count of every conflict.
  func resolvedDemo() throws -> (ws: String, id: String, claims: Int, allClaims: Int) {
    let (_, ws, _) = runDemo(dir)
    let json = TestCLI.run(["--workspace", ws, "report", "--format", "json"], in: dir.path)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let conflicts = try #require(root["conflicts"] as? [[String: Any]])
    func count(_ c: [String: Any]) -> Int {
      ((c["sides"] as? [[String: Any]]) ?? []).reduce(0) {
        $0 + (($1["claims"] as? [Any])?.count ?? 0)
      }
    }
    let jt = try #require(
      conflicts.first {
        $0["place"] as? String == "region:jabal-al-turkman" && $0["kind"] as? String == "aggregate"
      })
    let id = try #require(jt["id"] as? String)
    let r = TestCLI.run(
      [
        "--workspace", ws, "review", "resolve", id, "--reviewer", "amira", "--held-by",
        "opposition", "--confidence", "medium",
        "--others", "unverifiable", "--rationale",
        "Turkish and opposition footage from 2016-06-18 shows | fighting <b>",
      ],
      in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    return (ws, id, count(jt), conflicts.reduce(0) { $0 + count($1) })
  }

  @Test func claimReviewForTheVerdict() throws {
    let (ws, _, claimCount, _) = try resolvedDemo()
    let r = TestCLI.run(["--workspace", ws, "export", "claimreview"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    let graph = try #require(root["@graph"] as? [[String: Any]])
    #expect(graph.count == claimCount)
    for g in graph {
      #expect(g["@type"] as? String == "ClaimReview")
      #expect((g["reviewRating"] as? [String: Any])?["ratingValue"] as? Int == 2)
      #expect((g["author"] as? [String: Any])?["name"] as? String == "Verification desk")
      #expect(
        g["reviewBody"] as? String
          == "Turkish and opposition footage from 2016-06-18 shows | fighting <b>")
    }
    // The demo workspace signs with the default organisation: the export says so, outside the JSON-LD.
    #expect(r.err.contains("signed \"Verification desk\", the default organisation"), "\(r.err)")
    #expect(!r.out.contains("default organisation"))
    let settings = ws + "/contested.json"
    let json = try String(contentsOfFile: settings, encoding: .utf8)
    try json.replacingOccurrences(of: "\"Verification desk\"", with: "\"Deir Desk\"").write(
      toFile: settings, atomically: true, encoding: .utf8)
    let named = TestCLI.run(["--workspace", ws, "export", "claimreview"], in: dir.path)
    #expect(named.exit == .ok, "\(named.err)")
    #expect(named.err.isEmpty && named.out.contains("\"Deir Desk\""), "\(named.err)")
    let digest = TestCLI.run(["--workspace", ws, "digest"], in: dir.path)
    #expect(digest.out.contains("### Jabal al-Turkman: resolved"))
    #expect(
      digest.out.contains(
        "Rationale: Turkish and opposition footage from 2016-06-18 shows \\| fighting &lt;b>"))
  }

  @Test func geojsonAndCSV() throws {
    let (ws, id, _, allClaims) = try resolvedDemo()
    let geo = TestCLI.run(
      ["--workspace", ws, "export", "geojson", "--out", "places.geojson"], in: dir.path)
    #expect(geo.exit == .ok, "\(geo.err)")
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(dir.bytes("places.geojson"))) as? [String: Any])
    #expect(root["type"] as? String == "FeatureCollection")
    let features = try #require(root["features"] as? [[String: Any]])
    let jt = try #require(features.first { $0["id"] as? String == "region:jabal-al-turkman" })
    let props = try #require(jt["properties"] as? [String: Any])
    #expect((props["resolved_conflicts"] as? Int ?? 0) >= 1)
    #expect(
      (props["conflicts"] as? [[String: Any]])?.contains {
        $0["id"] as? String == id && $0["status"] as? String == "resolved"
      } == true)
    let claims = TestCLI.run(["--workspace", ws, "export", "csv"], in: dir.path)
    let records = try CSV.parse(claims.out)
    #expect(records.first?.fields == ClaimList.csvColumns)
    #expect(records.count > 20)
    let conflicts = TestCLI.run(
      ["--workspace", ws, "export", "csv", "--table", "conflicts"], in: dir.path)
    let rows = try CSV.parse(conflicts.out)
    #expect(rows.first?.fields == ConflictCSV.columns)
    #expect(rows.count == allClaims + 1)
    let mine = rows.filter { $0.fields[0] == id }
    #expect(
      !mine.isEmpty
        && mine.allSatisfy { $0.fields[2] == "resolved" && $0.fields[6] == "Jabal al-Turkman" })
    #expect(
      TestCLI.run(["--workspace", ws, "export", "csv", "--table", "nope"], in: dir.path).exit
        == .usage)
    #expect(TestCLI.run(["--workspace", ws, "export", "kml"], in: dir.path).exit == .usage)
  }
}

@Suite struct InitOrganizationTests {
  let dir = TemporaryDirectory("init-org")

  @Test func initSaysWhenTheDefaultOrganizationSigns() throws {
    let plain = TestCLI.run(["init", "a"], in: dir.path)
    #expect(plain.exit == .ok)
    #expect(plain.out.contains("signed \"Verification desk\" (the default); give --organization NAME"), "\(plain.out)")
    let named = TestCLI.run(
      ["init", "b", "--organization", "Deir Desk", "--organization-url", "https://desk.example"], in: dir.path)
    #expect(named.exit == .ok, "\(named.err)")
    #expect(!named.out.contains("default"))
    let settings = String(decoding: dir.bytes("b/contested.json"), as: UTF8.self)
    #expect(settings.contains("\"organization\": \"Deir Desk\""), "\(settings)")
    #expect(TestCLI.run(["init", "c", "--organization-url", "javascript:x"], in: dir.path).exit == .usage)
  }
}
