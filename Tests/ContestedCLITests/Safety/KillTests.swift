import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A real `contested` process killed with SIGKILL at random moments of an import and of a review action: every
/// time the ledger holds the claims before or the whole import (never a part), `verify` passes and the next
/// command works (#14, crash tests).
@Suite(.serialized) struct KillTests {
  typealias Running = ReviewConcurrencyTests.Running
  let dir = TemporaryDirectory("kill")

  init() { _ = TestCLI.run(["init"], in: dir.path) }

  /// A seeded generator, so a failing round can be replayed (the seed is in every message).
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Starts `arguments`, kills it with SIGKILL after `delay` seconds (if still running); whether it was killed.
  func kill(_ arguments: [String], after delay: Double) throws -> Bool {
    let r = try Running(arguments, in: dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
    try r.start()
    // Poll so a quick command is not waited for the whole delay.
    let deadline = Date().addingTimeInterval(delay)
    while r.process.isRunning && Date() < deadline { usleep(1000) }
    let alive = r.process.isRunning
    if alive { Glibc.kill(r.process.processIdentifier, SIGKILL) }
    _ = r.wait()
    return alive && r.process.terminationReason == .uncaughtSignal
  }

  func claimCount() -> Int {
    TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out.split(separator: "\n").count
  }

  @Test func importsKilledAtRandomMomentsLoseNothing() throws {
    let n = 20_000
    dir.write(
      "big.jsonl",
      (0..<n).map {
        #"{"id":"c\#($0)","claimant":"s\#($0 % 7)","place":"p\#($0 % 50)","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#
      }.joined(separator: "\n") + "\n")
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix(state: seed)
    var kills = 0
    var committed = 0
    for round in 0..<14 {
      let delay = Double.random(in: 0.005...0.35, using: &rng)
      let killed = try kill(["import", "big.jsonl"], after: delay)
      if killed { kills += 1 }
      let what = "seed \(seed) round \(round) killed at \(Int(delay * 1000)) ms"
      let count = claimCount()
      #expect(count == 0 || count == n, "\(what): \(count) claims")
      let v = TestCLI.run(["verify"], in: dir.path)
      #expect(v.exit == .ok, "\(what): \(v.err)")
      if count == n {
        committed += 1
        // Start the next round from an empty ledger again: a fresh workspace.
        try FileManager.default.removeItem(atPath: dir.file("ledger.jsonl"))
        try? FileManager.default.removeItem(atPath: dir.file("cache"))
        _ = TestCLI.run(["init"], in: dir.path)
      }
    }
    // The next command works: a write sets aside any torn line, and the import then completes.
    let add = TestCLI.run(["add", "--claimant", "x", "--place", "Kansaba", "--controller", "isis"], in: dir.path)
    #expect(add.exit == .ok, "\(add.err)")
    let again = TestCLI.run(["import", "big.jsonl"], in: dir.path)
    #expect(again.exit == .ok, "\(again.err)")
    #expect(claimCount() == n + 1)
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
    #expect(kills >= 10, "seed \(seed): only \(kills) of 14 processes were still running when killed")
    _ = committed
  }

  @Test func reviewActionsKilledAtRandomMomentsLoseNothing() throws {
    for (id, side) in [("c-a", "opposition"), ("c-b", "government")] {
      _ = TestCLI.run(
        [
          "add", "--id", id, "--claimant", "src \(id)", "--place", "Kansaba", "--controller", side, "--when",
          "2016-07-01",
        ],
        in: dir.path)
    }
    let list = TestCLI.run(["review", "list", "--format", "json"], in: dir.path)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
    let id = try #require(rows.first?["id"] as? String)
    // How long one comment takes here, so the kills land inside it.
    let started = Date()
    _ = try kill(["review", "comment", id, "--note", "warm-up"], after: 5)
    let duration = Date().timeIntervalSince(started)
    let seed = UInt64.random(in: 0...UInt64.max)
    var rng = SplitMix(state: seed)
    var kills = 0
    var notes = 0
    for round in 0..<10 {
      let delay = Double.random(in: 0.002...max(0.004, duration * 0.5), using: &rng)
      let note = "note \(round)"
      if try kill(["review", "comment", id, "--note", note], after: delay) { kills += 1 }
      let what = "seed \(seed) round \(round) killed at \(Int(delay * 1000)) ms"
      #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok, "\(what)")
      let show = TestCLI.run(["review", "show", id], in: dir.path)
      #expect(show.exit == .ok, "\(what): \(show.err)")
      if show.out.contains(note) { notes += 1 }
    }
    let resolve = TestCLI.run(
      [
        "review", "resolve", id, "--others", "unverifiable", "--held-by", "contested", "--confidence", "low",
        "--rationale", "after the kills",
      ], in: dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
    #expect(resolve.exit == .ok, "\(resolve.err)")
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
    #expect(kills >= 6, "seed \(seed): only \(kills) of 10 processes were still running when killed")
    _ = notes
  }
}
