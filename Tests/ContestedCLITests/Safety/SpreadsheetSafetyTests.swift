import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// CSV output is safe to open in a spreadsheet and reads back to the same fields (#14 finding 4); a raw NUL is
/// refused in CSV input (finding 3).
@Suite struct SpreadsheetSafetyTests {
  let dir = TemporaryDirectory("csvsafe")
  static let risky = [
    "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "'=already", "''", "'",
    "'s-Hertogenbosch", "plain", "-", "a=b", "'@", "'x",
  ]

  @Test(arguments: risky)
  func aFieldIsGuardedAndReadsBack(_ field: String) throws {
    let row = CSV.row(["id", field])
    let cell = try #require(try CSV.parse(row).first?.fields.last)
    #expect(cell == field, "\(row)")
    // Nothing a spreadsheet would run: the written cell (unquoted) does not start like a formula.
    var written = String(row.dropFirst(3).dropLast())
    if written.hasPrefix("\"") { written = String(written.dropFirst()) }
    if let first = written.first { #expect(!"=+-@\t\r".contains(first), "\(written)") }
  }

  @Test func exportsAreGuardedAndReimportToTheSameClaims() throws {
    let ws = dir.file("ws")
    _ = TestCLI.run(["init", ws], in: dir.path)
    for (k, name) in Self.risky.prefix(6).enumerated() {
      let r = TestCLI.run(
        [
          "--workspace", ws, "add", "--id", "c-\(k)", "--claimant", name, "--place", "=Kansaba\(k)", "--controller",
          "opposition", "--quote", "@cmd \(name)", "--when", "2016-07-0\(k + 1)",
        ], in: dir.path)
      #expect(r.exit == .ok, "\(r.err)")
    }
    let export = TestCLI.run(["--workspace", ws, "export", "csv"], in: dir.path)
    let listed = TestCLI.run(["--workspace", ws, "claims", "--format", "csv"], in: dir.path)
    let report = TestCLI.run(["--workspace", ws, "report", "--format", "csv"], in: dir.path)
    for text in [export.out, listed.out, report.out] {
      for record in text.split(separator: "\n") {
        for cell in record.split(separator: ",") {
          let raw = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
          if let first = raw.first { #expect(!"=+@".contains(first), "\(record)") }
        }
      }
    }
    #expect(export.out.contains("'=Kansaba0"))
    dir.write("back.csv", export.out)
    let ws2 = dir.file("ws2")
    _ = TestCLI.run(["init", ws2], in: dir.path)
    let imported = TestCLI.run(["--workspace", ws2, "import", "back.csv"], in: dir.path)
    #expect(imported.exit == .ok, "\(imported.err)")
    let a = TestCLI.run(["--workspace", ws, "claims", "--format", "jsonl"], in: dir.path).out
    let b = TestCLI.run(["--workspace", ws2, "claims", "--format", "jsonl"], in: dir.path).out
    let strip: (String) -> [String] = {
      $0.split(separator: "\n").map {
        $0.replacingOccurrences(of: #""origin":"imported""#, with: #""origin":"manual""#)
      }
    }
    #expect(strip(a) == strip(b))
  }

  @Test func aRawNulIsRefusedWithItsPlace() {
    #expect(throws: CSVError.nul(line: 2, column: 3)) { try CSV.parse(Array("a,b\nx,\u{0}y\n".utf8)) }
    #expect(throws: CSVError.nul(line: 1, column: 2)) { try CSV.parse(Array("\"\u{0}\"\n".utf8)) }
    dir.write("nul.csv", bytes: Array("claimant,place,controller\nSOHR,Kan\u{0}saba,opposition\n".utf8))
    _ = TestCLI.run(["init"], in: dir.path)
    let r = TestCLI.run(["import", "nul.csv"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("NUL"), "\(r.err)")
  }
}
