import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
  let dir = TemporaryDirectory("check")
  static let claims = """
    {"id":"b","claimant":"s1","place":"p","controller":"government","stance":"asserts","from":"2020-01-01","to":"2020-01-05"}
    {"id":"a","claimant":"s2","place":"p","controller":"opposition","stance":"asserts","from":"2020-01-05","to":"2020-01-05"}
    {"id":"c","claimant":"s3","place":"p","controller":"opposition","stance":"denies","from":"2020-01-05","to":"2020-01-05"}

    """

  @Test func writesPairsWithoutAWorkspaceAndPrintsTheCount() {
    dir.write("claims.jsonl", Self.claims)
    let r = TestCLI.run(["check", "claims.jsonl", "--pairs", "out.tsv"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out == "2\n")
    #expect(String(decoding: dir.bytes("out.tsv"), as: UTF8.self) == "a\tb\na\tc\n")
  }

  @Test func malformedLineExits65WithFileLineAndField() {
    dir.write(
      "claims.jsonl",
      Self.claims
        + "{\"id\":\"d\",\"claimant\":\"s\",\"place\":\"p\",\"controller\":\"g\",\"stance\":\"asserts\",\"from\":\"2020-01-01\",\"to\":\"2020-1-2\"}\n"
    )
    dir.write("out.tsv", "previous\n")
    let r = TestCLI.run(["check", "claims.jsonl", "--pairs", "out.tsv"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("claims.jsonl:4: to: expected a date \"YYYY-MM-DD\", found \"2020-1-2\""), "\(r.err)")
    #expect(String(decoding: dir.bytes("out.tsv"), as: UTF8.self) == "previous\n")
  }

  @Test func usageAndMissingInputErrors() {
    #expect(TestCLI.run(["check", "claims.jsonl"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["check", "--pairs", "x.tsv"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["check", "nope.jsonl", "--pairs", "x.tsv"], in: dir.path).exit == .noInput)
    dir.write("claims.jsonl", Self.claims)
    #expect(TestCLI.run(["check", "claims.jsonl", "--pairs", "x.tsv", "--threads", "0"], in: dir.path).exit == .usage)
  }
}

@Suite struct ReportCommandTests {
  let dir = TemporaryDirectory("report")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
  }

  func add(_ args: [String]) {
    let r = TestCLI.run(["add"] + args, in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
  }

  func seedConflict() {
    add([
      "--claimant", "SANA", "--place", "Saraqeb", "--controller", "government", "--event", "holds",
      "--when", "2020-02-28", "--id", "c-sana", "--quote", "The army | still <holds> Saraqeb",
    ])
    add([
      "--claimant", "Zaman al-Wasl", "--place", "Saraqeb", "--controller", "opposition", "--event", "recaptured",
      "--when", "2020-02-27", "--id", "c-zaman",
    ])
    // A consistent sequence elsewhere: no conflict.
    add([
      "--claimant", "Syrian army", "--place", "Kansaba", "--controller", "government", "--event", "captured",
      "--when", "2016-02-10", "--id", "c-k1",
    ])
    add([
      "--claimant", "rebels", "--place", "Kansaba", "--controller", "opposition", "--event", "recaptured",
      "--when", "2016-07-01", "--id", "c-k2",
    ])
  }

  @Test func emptyWorkspaceHasNoConflicts() {
    let r = TestCLI.run(["report", "--fail-on-open"], in: dir.path)
    #expect(r.exit == .ok)
    #expect(r.out == "No conflicts.\n")
  }

  @Test func tableListsTheConflictAndFailOnOpenExits1() {
    seedConflict()
    let r = TestCLI.run(["report"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    // "Saraqeb" as typed resolves to the gazetteer's Saraqib, and the report names the place canonically.
    #expect(r.out.contains("Saraqib"))
    #expect(!r.out.contains("Kansaba"))
    #expect(r.out.contains("1 conflict, 1 open"))
    #expect(!r.out.contains("\u{1B}["))
    #expect(TestCLI.run(["report", "--fail-on-open"], in: dir.path).exit == .findings)
    #expect(TestCLI.run(["report", "--fail-on-open", "--status", "resolved"], in: dir.path).exit == .ok)
  }

  @Test func colourOnlyOnATerminalWithoutNoColor() {
    seedConflict()
    #expect(TestCLI.run(["report"], in: dir.path, tty: true).out.contains("\u{1B}["))
    #expect(!TestCLI.run(["report"], in: dir.path, environment: ["NO_COLOR": "1"], tty: true).out.contains("\u{1B}["))
  }

  @Test func formatsAndFilters() throws {
    seedConflict()
    let json = TestCLI.run(["report", "--format", "json"], in: dir.path).out
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["count"] as? Int == 1)
    #expect(TestCLI.run(["report", "--format", "jsonl"], in: dir.path).out.split(separator: "\n").count == 1)
    #expect(TestCLI.run(["report", "--format", "csv"], in: dir.path).out.split(separator: "\r\n").count == 2)
    let md = TestCLI.run(["report", "--format", "markdown"], in: dir.path).out
    #expect(md.contains("\\| still &lt;holds>"))
    #expect(TestCLI.run(["report", "--format", "yaml"], in: dir.path).exit == .usage)
    func count(_ extra: [String]) -> Int {
      TestCLI.run(["report", "--format", "jsonl"] + extra, in: dir.path).out.split(separator: "\n").count
    }
    #expect(count(["--place", "saraqeb"]) == 1)
    #expect(count(["--place", "kansaba"]) == 0)
    #expect(count(["--side", "opposition"]) == 1)
    #expect(count(["--side", "isis"]) == 0)
    #expect(count(["--claimant", "SANA"]) == 1)
    #expect(count(["--claimant", "SOHR"]) == 0)
    #expect(count(["--since", "2020-03-01"]) == 0)
    #expect(count(["--until", "2020-03-01"]) == 1)
    #expect(count(["--status", "open"]) == 1)
    #expect(TestCLI.run(["report", "--status", "closed"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["report", "--since", "2020-02-30"], in: dir.path).exit == .usage)
  }

  @Test func conflictIDIsStableAcrossUnrelatedAdditions() throws {
    seedConflict()
    let before = TestCLI.run(["report", "--format", "jsonl"], in: dir.path).out
    let id = try #require(
      before.range(of: #""id":"C-[0-9a-f]{12}""#, options: .regularExpression).map { String(before[$0]) })
    add([
      "--claimant", "SOHR", "--place", "Idlib", "--controller", "government", "--event", "holds", "--when",
      "2020-02-28",
    ])
    add([
      "--claimant", "HTS", "--place", "Idlib", "--controller", "opposition", "--event", "holds", "--when", "2020-02-28",
    ])
    let after = TestCLI.run(["report", "--format", "jsonl"], in: dir.path).out
    #expect(after.split(separator: "\n").count == 2)
    #expect(after.contains(id))
  }

  @Test func proposedClaimsAreLeftOut() {
    add([
      "--claimant", "A", "--place", "X", "--controller", "government", "--when", "2020-01-01", "--status", "proposed",
    ])
    add(["--claimant", "B", "--place", "X", "--controller", "opposition", "--when", "2020-01-01"])
    #expect(TestCLI.run(["report"], in: dir.path).out == "No conflicts.\n")
  }
}
