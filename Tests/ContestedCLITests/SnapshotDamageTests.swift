import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

/// A snapshot that is deleted, cut short, bit-flipped or of another format version is rebuilt with a one-line
/// notice, and the report does not change (issue #17).
@Suite struct SnapshotDamageTests {
  let dir = TemporaryDirectory("snapshot-damage")
  var snapshot: String { dir.file("cache/derived.snapshot") }

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    var rng = KillTests.SplitMix(state: 42)
    _ = TestCLI.run(
      ["import", dir.write("c.jsonl", SnapshotDifferentialTests.claims(&rng, count: 40, from: 0))], in: dir.path)
  }

  func report() -> TestCLI.Result { TestCLI.run(["report", "--format", "jsonl"], in: dir.path) }

  func expectRebuilt(_ r: TestCLI.Result, _ reason: String, same expected: String) {
    let notices = r.err.split(separator: "\n").filter { $0.hasPrefix("notice:") }
    #expect(notices.count == 1, "\(r.err)")
    #expect(r.err.contains("derived.snapshot rebuilt from the ledger: \(reason)"), "\(r.err)")
    #expect(r.out == expected)
    #expect(FileManager.default.fileExists(atPath: snapshot))
  }

  @Test func everyKindOfDamageIsRebuiltWithOneNotice() throws {
    let first = report()
    expectRebuilt(first, "there is none yet", same: try SnapshotDifferentialTests.fullReplay(dir.path))
    #expect(first.out.contains(#""id":"C-"#))
    let expected = first.out
    let warm = report()
    #expect(warm.out == expected && warm.err.isEmpty, "\(warm.err)")

    try FileManager.default.removeItem(atPath: snapshot)
    expectRebuilt(report(), "there is none yet", same: expected)

    var bytes = dir.bytes("cache/derived.snapshot")
    dir.write("cache/derived.snapshot", bytes: Array(bytes[0..<(bytes.count / 2)]))
    expectRebuilt(report(), "it is damaged", same: expected)

    bytes = dir.bytes("cache/derived.snapshot")
    for offset in [0, 9, 20, 44, bytes.count / 2, bytes.count - 1] {
      var flipped = bytes
      flipped[offset] ^= 0x10
      dir.write("cache/derived.snapshot", bytes: flipped)
      let r = report()
      #expect(r.out == expected, "flip at \(offset)")
      #expect(r.err.split(separator: "\n").filter { $0.hasPrefix("notice:") }.count == 1, "flip at \(offset): \(r.err)")
    }

    bytes = dir.bytes("cache/derived.snapshot")
    var older = bytes
    older[8] = 0  // the format version (little-endian UInt32 after the 8-byte magic)
    dir.write("cache/derived.snapshot", bytes: older)
    expectRebuilt(report(), "it has format version 0", same: expected)

    dir.write("cache/derived.snapshot", bytes: [])
    expectRebuilt(report(), "it is damaged", same: expected)
  }

  @Test func aRewrittenLedgerIsNeverTrustedToTheSnapshot() throws {
    let expected = report().out
    // Another ledger of the same length but other content: the head at the snapshot's offset differs.
    let other = TemporaryDirectory("snapshot-other")
    _ = TestCLI.run(["init"], in: other.path)
    var rng = KillTests.SplitMix(state: 7)
    _ = TestCLI.run(
      ["import", other.write("c.jsonl", SnapshotDifferentialTests.claims(&rng, count: 40, from: 0))], in: other.path)
    try FileManager.default.removeItem(atPath: dir.file("ledger.jsonl"))
    try FileManager.default.copyItem(atPath: other.file("ledger.jsonl"), toPath: dir.file("ledger.jsonl"))
    let r = report()
    #expect(r.err.contains("rebuilt from the ledger"), "\(r.err)")
    #expect(r.out == (try SnapshotDifferentialTests.fullReplay(dir.path)))
    #expect(r.out != expected)
  }
}
