import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

/// A cut at a line boundary and a consistently re-chained rewrite are caught by `verify --expect-head` and by
/// the warning that the ledger no longer starts with what was last verified (#14 finding 10); an empty ledger
/// fails verify (finding 8).
@Suite struct LedgerTamperTests {
  let dir = TemporaryDirectory("tamper")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    for (k, place) in ["Kansaba", "Saraqib", "Idlib"].enumerated() {
      _ = TestCLI.run(
        [
          "add", "--claimant", "source \(k)", "--place", place, "--controller", "opposition", "--when",
          "2016-07-0\(k + 1)",
        ],
        in: dir.path)
    }
  }

  func head() throws -> String {
    let v = TestCLI.run(["verify"], in: dir.path)
    let line = try #require(v.out.split(separator: "\n").first { $0.hasPrefix("chain head: ") })
    return String(line.dropFirst("chain head: ".count))
  }

  var ledgerPath: String { dir.file("ledger.jsonl") }

  @Test func anEarlierHeadIsFoundAndALaterOneIsMissingAfterACut() throws {
    let early = try head()
    _ = TestCLI.run(["add", "--claimant", "late", "--place", "Kansaba", "--controller", "isis"], in: dir.path)
    let late = try head()
    let ok = TestCLI.run(["verify", "--expect-head", early], in: dir.path)
    #expect(ok.exit == .ok, "\(ok.err)")
    #expect(ok.out.contains("expected head found at line 4 of 5"), "\(ok.out)")
    #expect(TestCLI.run(["verify", "--expect-head", late], in: dir.path).out.contains("is the chain head"))
    // Cut the last line at its boundary: every line left is intact.
    var text = String(decoding: dir.bytes("ledger.jsonl"), as: UTF8.self)
    text.removeLast()
    text = String(text[...text.lastIndex(of: "\n")!])
    dir.write("ledger.jsonl", text)
    let claims = TestCLI.run(["claims"], in: dir.path)
    #expect(claims.err.contains("no longer starts with the"), "\(claims.err)")
    let cut = TestCLI.run(["verify", "--expect-head", late], in: dir.path)
    #expect(cut.exit == .dataError, "\(cut.out)")
    #expect(cut.err.contains("the chain does not contain the expected head \(late)"), "\(cut.err)")
    #expect(TestCLI.run(["verify", "--expect-head", "zz"], in: dir.path).exit == .usage)
  }

  @Test func aConsistentlyRechainedRewriteIsCaught() throws {
    let kept = try head()
    var entries: [LedgerEntry] = []
    try Ledger(path: ledgerPath).read { entries.append($0) }
    // Change a claim and re-chain every line after it so every checksum and link is right.
    let i = try #require(entries.firstIndex { $0.bodyString.contains("Saraqib") })
    entries[i].body = Array(entries[i].bodyString.replacingOccurrences(of: "opposition", with: "government").utf8)
    var prev = LedgerLine.genesis
    var bytes: [UInt8] = []
    for e in entries {
      let (line, sum) = LedgerLine.encode(e, prev: prev)
      bytes += line
      prev = sum
    }
    dir.write("ledger.jsonl", bytes: bytes)
    #expect(TestCLI.run(["claims"], in: dir.path).err.contains("no longer starts with the"))
    let r = TestCLI.run(["verify", "--expect-head", kept], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("does not contain the expected head"), "\(r.err)")
  }

  @Test func anEmptyLedgerFailsVerify() {
    dir.write("ledger.jsonl", "")
    let r = TestCLI.run(["verify"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("the ledger is empty"), "\(r.err)")
  }
}
