import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// `--out` and `check --pairs` never replace a workspace's own files or the command's own input (#14 finding 1),
/// and a replaced file keeps its permissions (#14 finding 11).
@Suite struct OutputTargetTests {
  let dir = TemporaryDirectory("outputs")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(
      ["add", "--claimant", "SOHR", "--place", "Kansaba", "--controller", "opposition", "--when", "2016-07-01"],
      in: dir.path)
    try? FileManager.default.createDirectory(atPath: dir.file("articles"), withIntermediateDirectories: true)
    try? FileManager.default.createDirectory(atPath: dir.file("sub"), withIntermediateDirectories: true)
  }

  static let commands: [[String]] = [
    ["digest"], ["export", "csv"], ["export", "csv", "--table", "conflicts"], ["export", "claimreview"],
    ["export", "geojson"],
  ]
  static let protected = [
    "ledger.jsonl", "contested.json", "places.tsv", "actors.tsv", "cache/verified-prefix", "articles/a-1.txt",
    "./sub/../ledger.jsonl", "torn/x.txt",
  ]

  @Test(arguments: commands)
  func outputsRefuseEveryWorkspaceFile(_ command: [String]) throws {
    let ledger = dir.bytes("ledger.jsonl")
    let settings = dir.bytes("contested.json")
    for target in Self.protected {
      let r = TestCLI.run(command + ["--out", target], in: dir.path)
      #expect(r.exit == .usage, "\(command) --out \(target): \(r.err)")
      #expect(r.err.contains("\(target): is "), "\(r.err)")
      #expect(r.err.contains("choose an output file outside"), "\(r.err)")
    }
    // From another folder, through --workspace and an absolute path.
    let abs = TestCLI.run(["--workspace", dir.path] + command + ["--out", dir.file("ledger.jsonl")], in: "/")
    #expect(abs.exit == .usage, "\(abs.err)")
    #expect(dir.bytes("ledger.jsonl") == ledger)
    #expect(dir.bytes("contested.json") == settings)
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
    // An ordinary file in the workspace folder is fine.
    let ok = TestCLI.run(command + ["--out", "out.txt"], in: dir.path)
    #expect(ok.exit == .ok, "\(ok.err)")
  }

  @Test func checkRefusesToWriteThePairsOverItsInputOrALedger() throws {
    let input = dir.write(
      "f.jsonl",
      #"{"id":"a","claimant":"x","place":"p","controller":"government","stance":"asserts","from":"2016-01-01","to":"2016-01-02"}"#
        + "\n")
    let before = dir.bytes("f.jsonl")
    for target in ["f.jsonl", input, "./sub/../f.jsonl", "ledger.jsonl"] {
      let r = TestCLI.run(["check", "f.jsonl", "--pairs", target], in: dir.path)
      #expect(r.exit == .usage, "\(target): \(r.err)")
      #expect(r.err.contains("\(target): is "), "\(r.err)")
    }
    // A hard link to the input is the input too.
    #expect(link(input, dir.file("alias.jsonl")) == 0)
    #expect(TestCLI.run(["check", "f.jsonl", "--pairs", "alias.jsonl"], in: dir.path).exit == .usage)
    #expect(dir.bytes("f.jsonl") == before)
    #expect(TestCLI.run(["check", "f.jsonl", "--pairs", "pairs.tsv"], in: dir.path).exit == .ok)
  }

  @Test func anOutputReplacedInPlaceKeepsItsPermissions() throws {
    for (command, name) in [(["digest", "--out"], "private.md"), (["check", "g.jsonl", "--pairs"], "pairs.tsv")] {
      dir.write("g.jsonl", "")
      dir.write(name, "old")
      #expect(chmod(dir.file(name), 0o600) == 0)
      let r = TestCLI.run(command + [name], in: dir.path)
      #expect(r.exit == .ok, "\(r.err)")
      var st = stat()
      #expect(stat(dir.file(name), &st) == 0)
      #expect(st.st_mode & 0o777 == 0o600, "\(name): mode \(String(st.st_mode & 0o777, radix: 8))")
      #expect(dir.bytes(name) != Array("old".utf8))
    }
  }
}
