import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

@Suite struct IngestCommandTests {
  static let article = """
    Rebels retake village

    BEIRUT (AP) \u{2014} Rebels seized the village of Tal Ahmar on Friday, a monitor said.

    A rebel commander denied that government forces had entered the town of Kabani.
    """

  func workspace() -> TemporaryDirectory {
    let dir = TemporaryDirectory("ingest")
    _ = TestCLI.run(["init"], in: dir.path)
    return dir
  }

  @Test func `ingest stores the article and proposes claims; the same article twice adds nothing`() throws {
    let dir = workspace()
    dir.write("a.txt", Self.article)
    let r = TestCLI.run(["ingest", "a.txt", "--outlet", "Wire", "--published", "2016-06-18"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("2 claims proposed"), "\(r.out)")
    let stored = try FileManager.default.contentsOfDirectory(atPath: dir.file("articles"))
    #expect(stored == [Article.contentID(of: Self.article).rawValue + ".txt"])
    let ledger1 = try String(contentsOfFile: dir.file("ledger.jsonl"), encoding: .utf8)
    let again = TestCLI.run(["ingest", "a.txt", "--outlet", "Wire", "--published", "2016-06-18"], in: dir.path)
    #expect(again.exit == .ok)
    #expect(again.out.contains("already ingested"))
    #expect(try String(contentsOfFile: dir.file("ledger.jsonl"), encoding: .utf8) == ledger1)
    let claims = TestCLI.run(["claims", "--format", "json"], in: dir.path)
    #expect(claims.out.contains("Tal Ahmar"))
    #expect(claims.out.contains("proposed"))
  }

  @Test func `a folder is read through its manifest`() throws {
    let dir = workspace()
    try FileManager.default.createDirectory(atPath: dir.file("batch"), withIntermediateDirectories: true)
    dir.write("batch/one.txt", Self.article)
    dir.write("batch/manifest.tsv", "file\toutlet\tpublished\turl\none.txt\tWire\t2016-06-18\thttps://example.org/1\n")
    let r = TestCLI.run(["ingest", "batch"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("1 article stored"))
    dir.write("batch/manifest.tsv", "file\toutlet\tpublished\none.txt\tWire\t2016-13-40\n")
    let bad = TestCLI.run(["ingest", "batch"], in: dir.path)
    #expect(bad.exit == .dataError)
    #expect(bad.err.contains("manifest.tsv:2: published"))
  }

  @Test func `bad files give clear errors, never a crash`() {
    let dir = workspace()
    dir.write("empty.txt", "")
    dir.write("bin.dat", bytes: [0, 1, 2, 0, 255, 254] + Array(repeating: 0, count: 100))
    let e = TestCLI.run(["ingest", "empty.txt", "--outlet", "W", "--published", "2016-06-18"], in: dir.path)
    #expect(e.exit == .dataError)
    #expect(e.err.contains("empty file"))
    let b = TestCLI.run(["ingest", "bin.dat", "--outlet", "W", "--published", "2016-06-18"], in: dir.path)
    #expect(b.exit == .dataError)
    #expect(b.err.contains("binary"))
    let m = TestCLI.run(["ingest", "missing.txt", "--outlet", "W", "--published", "2016-06-18"], in: dir.path)
    #expect(m.exit == .noInput)
    let u = TestCLI.run(["ingest", "empty.txt"], in: dir.path)
    #expect(u.exit == .usage)
  }

  @Test func `eval prints per-field scores for a gold folder`() {
    let folder = TestPaths.fixtures.appendingPathComponent("articles/seeds").path
    let r = TestCLI.run(["eval", folder], in: NSTemporaryDirectory())
    #expect(r.exit == .ok, "\(r.err)")
    for field in ["place", "side", "stance", "claimant", "date", "triple", "claim"] {
      #expect(r.out.contains(field))
    }
    let j = TestCLI.run(["eval", folder, "--format", "json"], in: NSTemporaryDirectory())
    #expect(j.out.hasPrefix("{\"articles\":5"))
    let none = TestCLI.run(["eval", "/nonexistent-folder"], in: NSTemporaryDirectory())
    #expect(none.exit == .noInput)
  }
}
