import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

/// `contested compact` reclaims an interrupted import's lines with a verified rewrite, keeping the old ledger and a
/// record of what it dropped (#14 finding 7).
@Suite struct CompactTests {
  let dir = TemporaryDirectory("compact")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(
      [
        "add", "--id", "c-a", "--claimant", "SOHR", "--place", "Kansaba", "--controller", "opposition", "--when",
        "2016-07-01",
      ],
      in: dir.path)
  }

  /// Lines of an import batch that never commits (as a kill mid-import leaves them).
  func interruptedImport(_ n: Int) throws {
    let ledger = Ledger(path: dir.file("ledger.jsonl"))
    _ = try ledger.append(count: n, clock: Date()) { i, seq in
      let claim = Claim(
        id: ClaimID(rawValue: "c-lost-\(i)"), claimant: Claimant(name: "x"), place: PlaceRef(text: "Idlib"),
        controller: ControllerRef(side: .isis), origin: .imported, status: .accepted)
      return LedgerLine.prepareClaimAdded(seq: seq, at: "2026-11-22T10:00:00Z", txn: "b-killed", claim: claim)
    }
  }

  @Test func compactDropsTheInterruptedBatchAndKeepsEverythingElse() throws {
    try interruptedImport(5)
    _ = TestCLI.run(
      [
        "add", "--id", "c-b", "--claimant", "SANA", "--place", "Kansaba", "--controller", "government", "--when",
        "2016-07-01",
      ],
      in: dir.path)
    let old = dir.bytes("ledger.jsonl")
    let warned = TestCLI.run(["claims"], in: dir.path)
    #expect(warned.err.contains("b-killed has 5 claims but no commit"), "\(warned.err)")
    #expect(warned.err.contains("'contested compact' removes their lines"))
    let before = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out
    let r = TestCLI.run(["compact"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("dropped 5 lines of 1 interrupted import (8 → 3 lines)"), "\(r.out)")
    #expect(TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out == before)
    #expect(TestCLI.run(["claims"], in: dir.path).err.isEmpty)
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
    let kept = try FileManager.default.contentsOfDirectory(atPath: dir.file("compacted")).sorted()
    #expect(kept.count == 2, "\(kept)")
    let oldCopy = try #require(kept.first { $0.hasPrefix("ledger-") })
    #expect(dir.bytes("compacted/" + oldCopy) == old)
    let record = String(decoding: dir.bytes("compacted/" + kept.first { $0.hasPrefix("dropped-") }!), as: UTF8.self)
    #expect(record.contains(#""batch":"b-killed","lines":5"#), "\(record)")
    // Nothing left to do; and the workspace works on.
    #expect(TestCLI.run(["compact"], in: dir.path).out.contains("nothing to compact"))
    #expect(
      TestCLI.run(["add", "--claimant", "x", "--place", "Idlib", "--controller", "isis"], in: dir.path).exit == .ok)
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
  }

  @Test func aReaderTellsALiveImportFromAnInterruptedOne() throws {
    try interruptedImport(2)
    let ledger = Ledger(path: dir.file("ledger.jsonl"))
    // Another process holds the lock: the batch is "in progress" (the holder is this test process).
    let r = try ledger.withExclusiveLock(clock: Date()) { _ in
      try TestCLI.spawn(["claims"], in: dir.path)
    }
    #expect(r.err.contains("import batch b-killed is in progress (pid \(getpid())"), "\(r.err)")
    #expect(!TestCLI.run(["claims"], in: dir.path).err.contains("in progress"))
  }
}
