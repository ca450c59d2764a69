import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A write that fails (a full disk, simulated with a file size limit of 0) leaves nothing half done and says
/// nothing was done (#14 findings 8 and 11); exported URLs are http(s) only (finding 9).
@Suite struct FullDiskTests {
  let dir = TemporaryDirectory("fulldisk")

  /// Runs the binary with writes failing (EFBIG) beyond the first byte.
  func runWithFullDisk(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let quoted = ([TestCLI.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
    return try TestCLI.spawn(["-c", "trap '' XFSZ; ulimit -f 0; exec \(quoted)"], in: dir.path, shell: true)
  }

  @Test func aFailedInitLeavesNothingAndTheNextInitWorks() throws {
    let r = try runWithFullDisk(["init", "ws"])
    #expect(r.status == 74, "\(r)")
    #expect(!FileManager.default.fileExists(atPath: dir.file("ws")))
    // Into an existing folder: the folder stays, empty.
    try FileManager.default.createDirectory(atPath: dir.file("e"), withIntermediateDirectories: true)
    #expect(try runWithFullDisk(["init", "e"]).status == 74)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("e")).isEmpty)
    let again = TestCLI.run(["init", "ws"], in: dir.path)
    #expect(again.exit == .ok, "\(again.err)")
    #expect(TestCLI.run(["--workspace", "ws", "verify"], in: dir.path).exit == .ok)
    #expect(
      TestCLI.run(
        ["--workspace", "ws", "add", "--claimant", "x", "--place", "Kansaba", "--controller", "isis"], in: dir.path
      )
      .exit == .ok)
  }

  @Test func aFailedIngestProposesNothing() throws {
    _ = TestCLI.run(["init"], in: dir.path)
    dir.write(
      "a.txt",
      "Rebels seize Kansaba\nSyrian opposition fighters captured the village of Kansaba in Latakia on Friday, the Syrian Observatory for Human Rights said.\n"
    )
    let before = dir.bytes("ledger.jsonl")
    let r = try runWithFullDisk(["ingest", "a.txt", "--outlet", "X", "--published", "2016-06-18"])
    #expect(r.status == 74, "\(r)")
    #expect(!r.out.contains("proposed"), "\(r.out)")
    #expect(dir.bytes("ledger.jsonl") == before)
  }

  @Test func onlyHttpURLsAreExported() throws {
    #expect(TestCLI.run(["init", "--organization-url", "javascript:alert(1)"], in: dir.path).exit == .usage)
    _ = TestCLI.run(["init", "--organization-url", "https://desk.example"], in: dir.path)
    for (id, side, url) in [
      ("c-a", "opposition", "javascript:alert(1)"), ("c-b", "government", "https://ok.example/x"),
    ] {
      _ = TestCLI.run(
        [
          "add", "--id", id, "--claimant", "src \(id)", "--place", "Kansaba", "--controller", side, "--when",
          "2016-07-01", "--url", url, "--outlet", "O",
        ], in: dir.path)
    }
    let list = TestCLI.run(["review", "list", "--format", "json"], in: dir.path)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
    let id = try #require(rows.first?["id"] as? String)
    let r = TestCLI.run(
      [
        "review", "resolve", id, "--others", "unverifiable", "--held-by", "contested", "--confidence", "low",
        "--rationale", "r",
      ], in: dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
    #expect(r.exit == .ok, "\(r.err)")
    let out = TestCLI.run(["export", "claimreview"], in: dir.path).out
    #expect(out.contains("https://ok.example/x"), "\(out)")
    #expect(!out.contains("javascript"), "\(out)")
    #expect(WebURL.isSafe("HTTPS://a.example") && !WebURL.isSafe("https:///x") && !WebURL.isSafe("http://a b"))
  }
}
