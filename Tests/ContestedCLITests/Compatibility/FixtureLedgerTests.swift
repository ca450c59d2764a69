import ContestedCLI
import ContestedTestSupport
import Foundation
import Testing

/// A workspace written by contested 0.1.0 (ledger format 1: demo ingest and accepts, hand-added claims, an edit, a
/// rejection, review assign/resolve/comment, a user actor and place) in `Fixtures/ledgers/v1-desk`. Every later
/// version must read, report and verify it; the outputs are goldens under `Fixtures/golden/ledger-v1/`.
@Suite struct FixtureLedgerTests {
  let dir = TemporaryDirectory("fixture-ledger")

  /// A copy of the fixture workspace (commands may write `cache/`; the fixture itself stays untouched).
  func workspace() throws -> String {
    let source = TestPaths.fixtures.appendingPathComponent("ledgers/v1-desk")
    let target = dir.file("workspace")
    try FileManager.default.copyItem(atPath: source.path, toPath: target)
    return target
  }

  static let commands: [(name: String, arguments: [String])] = [
    ("verify.txt", ["verify"]),
    ("report.txt", ["report"]),
    ("report.json", ["report", "--format", "json"]),
    ("claims.jsonl", ["claims", "--format", "jsonl"]),
    ("review-list.txt", ["review", "list"]),
    ("review-show-resolved.txt", ["review", "show", "C-8f0e6edee699"]),
    ("review-show-open.txt", ["review", "show", "C-17442d030299"]),
    ("review-log.txt", ["review", "log"]),
    ("sources.txt", ["sources"]),
    ("digest.md", ["digest"]),
  ]

  @Test(arguments: commands.map(\.name))
  func readsReportsAndVerifiesUnchanged(_ name: String) throws {
    let arguments = try #require(Self.commands.first { $0.name == name }).arguments
    let ws = try workspace()
    let r = TestCLI.run(["--workspace", ws] + arguments, in: dir.path)
    #expect(r.exit == .ok, "\(arguments): \(r.err)")
    Golden.assert(r.out.replacingOccurrences(of: ws, with: "<workspace>"), named: "ledger-v1/\(name)")
  }

  /// `report` fitted to 80- and 120-column terminals (COLUMNS), as a reader sees it.
  @Test(arguments: [80, 120])
  func reportAtTerminalWidth(_ columns: Int) throws {
    let ws = try workspace()
    let r = TestCLI.run(["--workspace", ws, "report"], in: dir.path, environment: ["COLUMNS": "\(columns)"])
    #expect(r.exit == .ok, "\(r.err)")
    for line in r.out.split(separator: "\n") { #expect(line.count <= columns, "\(line)") }
    Golden.assert(r.out, named: "ledger-v1/report-\(columns).txt")
  }

  @Test func readingDoesNotChangeTheLedger() throws {
    let ws = try workspace()
    let before = dir.bytes("workspace/ledger.jsonl")
    for command in Self.commands {
      _ = TestCLI.run(["--workspace", ws] + command.arguments, in: dir.path)
    }
    #expect(dir.bytes("workspace/ledger.jsonl") == before)
    let verify = TestCLI.run(["--workspace", ws, "verify"], in: dir.path)
    #expect(verify.out.contains("91 lines, checksums and chain intact"), "\(verify.out)")
  }
}
