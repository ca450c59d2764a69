import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A malformed import file and the exact error it must give.
struct MalformedImport: Sendable, CustomTestStringConvertible {
  var name: String
  var file: String
  var bytes: [UInt8]
  var error: String
  var testDescription: String { name }

  static let good =
    #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#

  static let all: [MalformedImport] = [
    .init(
      name: "bad JSON", file: "claims.jsonl", bytes: Array((good + "\n" + #"{"id":"c2","claimant":"s2","#).utf8),
      error: "claims.jsonl:2: invalid JSON at column 28: expected a key string, found the end of input."),
    .init(
      name: "missing field", file: "claims.jsonl",
      bytes: Array(
        (good + "\n" + #"{"id":"c2","place":"p1","controller":"opposition","from":"2016-01-21","to":"2016-01-21"}"#)
          .utf8),
      error: "claims.jsonl:2: claimant: missing; expected who makes the claim."),
    .init(
      name: "bad date", file: "claims.jsonl",
      bytes: Array(
        (good + "\n"
          + #"{"id":"c2","claimant":"s2","place":"p1","controller":"opposition","from":"2016-13-01","to":"2016-13-02"}"#)
          .utf8),
      error: #"claims.jsonl:2: from: expected a date YYYY-MM-DD, found "2016-13-01"."#),
    .init(
      name: "unknown stance", file: "claims.jsonl",
      bytes: Array(
        (good + "\n"
          + #"{"id":"c2","claimant":"s2","place":"p1","controller":"opposition","stance":"maybe","from":"2016-01-21","to":"2016-01-21"}"#)
          .utf8),
      error: #"claims.jsonl:2: stance: expected "asserts" or "denies", found "maybe"."#),
    .init(
      name: "empty file", file: "claims.jsonl", bytes: Array("\n  \n".utf8),
      error: "claims.jsonl: the file is empty; expected JSON lines or CSV with a header row."),
    .init(
      name: "10 MB single line", file: "claims.jsonl",
      bytes: Array((#"{"id":"c9","claimant":""# + String(repeating: "x", count: 10 << 20) + #"","place":"p1"}"#).utf8),
      error: "claims.jsonl:1: controller: missing; expected a side such as government or opposition."),
    .init(
      name: "invalid UTF-8", file: "claims.jsonl",
      bytes: Array((good + "\n").utf8) + Array(#"{"id":"c2","claimant":"s"#.utf8) + [0xC3, 0x28]
        + Array(#"","place":"p1","controller":"isis"}"#.utf8),
      error: "claims.jsonl:2: invalid UTF-8 at byte 25 of the line; save the file as UTF-8."),
    .init(
      name: "CSV unterminated quote", file: "claims.csv",
      bytes: Array(
        "claimant,place,controller,quote\nSOHR,Kansaba,opposition,\"fine\"\nSOHR,Saraqeb,government,\"never closed\n"
          .utf8),
      error: #"claims.csv:3: quoted field is never closed (missing closing ")."#),
    .init(
      name: "CSV unknown column", file: "claims.csv",
      bytes: Array("claimant,plcae,controller\nSOHR,Kansaba,opposition\n".utf8),
      error: "claims.csv:1: header: unknown column 'plcae'; did you mean 'place'?"),
    .init(
      name: "CSV wrong field count", file: "claims.csv",
      bytes: Array("claimant,place,controller\nSOHR,Kansaba\n".utf8),
      error: "claims.csv:2: expected 3 fields as in the header, found 2."),
    .init(
      name: "duplicate id", file: "claims.jsonl", bytes: Array((good + "\n" + good + "\n").utf8),
      error: "claims.jsonl:2: id: duplicate id c1 (first on line 1)."),
  ]
}

@Suite struct ImportCommandTests {
  let dir = TemporaryDirectory("import")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(
      ["add", "--claimant", "SOHR", "--place", "Kansaba", "--controller", "opposition", "--when", "2016-07-01"],
      in: dir.path)
  }

  @Test(arguments: MalformedImport.all)
  func malformedFileGivesExactErrorAndLeavesLedgerUnchanged(_ c: MalformedImport) {
    let before = dir.bytes("ledger.jsonl")
    dir.write(c.file, bytes: c.bytes)
    let r = TestCLI.run(["import", c.file], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err == "error: \(c.error)\n")
    #expect(r.out.isEmpty)
    #expect(dir.bytes("ledger.jsonl") == before, "the ledger must be byte-for-byte unchanged")
  }

  @Test func csvWithQuotedCommaAndEmbeddedNewlineImports() throws {
    dir.write(
      "claims.csv",
      "claimant,claimant_side,place,controller,event,when,quote\r\n"
        + "\"Bozoğlan, Turkmen Assembly\",opposition,Jabal al-Turkman,opposition,holds,2016-06-17,\"We still hold three villages,\nand keep fighting.\"\r\n"
    )
    let r = TestCLI.run(["import", "claims.csv"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out == "imported 1 claim from claims.csv\n")
    let list = TestCLI.run(["claims", "--format", "jsonl", "--claimant", "bozoğlan"], in: dir.path)
    let line = try #require(list.out.split(separator: "\n").first)
    #expect(line.contains(#""name":"Bozoğlan, Turkmen Assembly""#))
    #expect(line.contains(#""quote":"We still hold three villages,\nand keep fighting.""#))
  }

  @Test func csvPlaceNamesResolveThroughTheGazetteerAndTheRestAreNamed() throws {
    dir.write(
      "sheet.csv",
      "claimant,place,controller,from\nSOHR,Kinsibba,opposition,2016-07-02\nSANA,Saraqib,government,2016-02-08\n"
        + "Wire,Nowhere town,government,2016-02-08\n")
    let r = TestCLI.run(["import", "sheet.csv"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out == "imported 3 claims from sheet.csv\n")
    #expect(r.err.contains("sheet.csv: 1 place name is not resolved to the gazetteer ('Nowhere town')"), "\(r.err)")
    let list = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out
    #expect(list.contains(#""place":{"id":"gn:167863","id_source":"gazetteer","text":"Kinsibba"}"#), "\(list)")
    #expect(list.contains(#""place":{"id":"gn:164816","id_source":"gazetteer","text":"Saraqib"}"#), "\(list)")
    #expect(list.contains(#""place":{"text":"Nowhere town"}"#), "\(list)")
    // Importing the sheet again finds the same claims (same ids, same resolution) and adds nothing.
    let again = TestCLI.run(["import", "sheet.csv"], in: dir.path)
    #expect(again.out == "sheet.csv: all 3 claims are already in the ledger; nothing imported.\n", "\(again.err)")
  }

  @Test func benchmarkFormImportsAndReimportIsIdempotent() {
    var lines = ""
    for i in 1...50 {
      lines +=
        #"{"id":"c\#(i)","claimant":"s\#(i % 7)","place":"p\#(i % 5)","controller":"government","stance":"denies","from":"2016-01-0\#(i % 9 + 1)","to":"2016-01-1\#(i % 9)"}"#
        + "\n"
    }
    dir.write("bench.jsonl", lines)
    let first = TestCLI.run(["import", "bench.jsonl"], in: dir.path)
    #expect(first.out == "imported 50 claims from bench.jsonl\n")
    let ledger = dir.bytes("ledger.jsonl")
    let again = TestCLI.run(["import", "bench.jsonl"], in: dir.path)
    #expect(again.exit == .ok)
    #expect(again.out == "bench.jsonl: all 50 claims are already in the ledger; nothing imported.\n")
    #expect(dir.bytes("ledger.jsonl") == ledger)
    let denials = TestCLI.run(["claims", "--format", "csv", "--side", "government"], in: dir.path)
    #expect(denials.out.split(separator: "\n").count == 51)
  }

  @Test func missingFileExits66() {
    let r = TestCLI.run(["import", "nope.jsonl"], in: dir.path)
    #expect(r.exit == .noInput)
    #expect(r.err == "error: nope.jsonl: no such file.\n")
  }

  @Test func csvExportRoundTripsThroughImport() {
    _ = TestCLI.run(
      [
        "add", "--claimant", "Russian media", "--claimant-group", "russian-media", "--place", "Jabal al-Turkman",
        "--controller", "government",
        "--event", "captured", "--when", "2016-06-16", "--quantity", "8", "--unit", "villages", "--quote",
        "seized \"eight\" villages, | all",
      ],
      in: dir.path)
    let csv = TestCLI.run(["claims", "--format", "csv"], in: dir.path).out
    let other = TemporaryDirectory("roundtrip")
    _ = TestCLI.run(["init"], in: other.path)
    other.write("export.csv", csv)
    let r = TestCLI.run(["import", "export.csv"], in: other.path)
    #expect(r.exit == .ok, "\(r.err)")
    let a = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out
    let b = TestCLI.run(["claims", "--format", "jsonl"], in: other.path).out
    #expect(a == b)
  }
}
