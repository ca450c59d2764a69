import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

/// Real `contested` processes writing at the same moment: ids and imports are decided under the ledger's lock
/// (#14 finding 2), and a writer behind a held lock gives up with exit 75, naming the holder (finding 6).
@Suite struct ConcurrentWriterTests {
  typealias Running = ReviewConcurrencyTests.Running
  let dir = TemporaryDirectory("writers")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
  }

  func lines(containing needle: String) -> Int {
    String(decoding: dir.bytes("ledger.jsonl"), as: UTF8.self).split(separator: "\n").filter { $0.contains(needle) }
      .count
  }

  func claims(_ n: Int, controller: String) -> String {
    (0..<n).map {
      #"{"id":"c\#($0)","claimant":"s\#($0 % 7)","place":"p\#($0 % 50)","controller":"\#(controller)","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#
    }.joined(separator: "\n") + "\n"
  }

  func runAll(_ commands: [[String]]) throws -> [(status: Int32, out: String, err: String)] {
    let running = try commands.map { try Running($0, in: dir.path, environment: [:]) }
    for r in running { try r.start() }
    return running.map { $0.wait() }
  }

  @Test func eightWritersAddingOneIdOnlyOneIsToldAdded() throws {
    let sides = [
      "government", "opposition", "isis", "kurdish", "turkish-government", "russian-government", "government",
      "opposition",
    ]
    let results = try runAll(
      sides.enumerated().map { k, side in
        ["add", "--id", "c-same", "--claimant", "writer \(k)", "--place", "Kansaba", "--controller", side]
      })
    let added = results.filter { $0.out.hasPrefix("added c-same") }
    #expect(added.count == 1, "\(results)")
    for r in results where !r.out.hasPrefix("added") {
      #expect(r.status == 64, "\(r)")
      #expect(r.err.contains("a different claim with id c-same exists"), "\(r.err)")
    }
    #expect(lines(containing: #""id":"c-same""#) == 1)
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
  }

  @Test func twoImportsOfTheSameIdsWithDifferentContentOneIsRefused() throws {
    dir.write("a.jsonl", claims(10_000, controller: "government"))
    dir.write("b.jsonl", claims(10_000, controller: "opposition"))
    let results = try runAll([["import", "a.jsonl"], ["import", "b.jsonl"]])
    let imported = results.filter { $0.out.hasPrefix("imported 10000 claims") }
    #expect(imported.count == 1, "\(results)")
    let refused = results.filter { $0.status != 0 }
    #expect(refused.count == 1)
    #expect(refused.first?.err.contains("already in the ledger with different content") == true, "\(refused)")
    #expect(lines(containing: "batch.commit") == 1)
    let list = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    #expect(list.out.split(separator: "\n").count == 10_000)
  }

  @Test func fourImportsOfOneFileWriteOneBatch() throws {
    dir.write("a.jsonl", claims(10_000, controller: "government"))
    let results = try runAll(Array(repeating: ["import", "a.jsonl"], count: 4))
    #expect(results.allSatisfy { $0.status == 0 }, "\(results)")
    #expect(results.filter { $0.out.hasPrefix("imported 10000 claims") }.count == 1, "\(results)")
    #expect(
      results.filter { $0.out.contains("all 10000 claims are already in the ledger; nothing imported") }.count == 3,
      "\(results)")
    #expect(lines(containing: "batch.commit") == 1)
    #expect(lines(containing: "claim.added") == 10_000)
  }

  @Test func aWriterBehindAHeldLockGivesUpNamingTheHolder() throws {
    let ledger = Ledger(path: dir.file("ledger.jsonl"))
    let started = Date()
    let r = try ledger.withExclusiveLock(clock: Date()) { _ in
      try TestCLI.spawn(
        ["add", "--claimant", "x", "--place", "Kansaba", "--controller", "isis", "--lock-timeout", "0.5"],
        in: dir.path)
    }
    let waited = Date().timeIntervalSince(started)
    #expect(r.status == 75, "\(r)")
    #expect(r.err.contains("the ledger is locked by pid \(getpid())"), "\(r.err)")
    #expect(r.err.contains("gave up after 0.5 s"), "\(r.err)")
    #expect(waited < 10)
    #expect(lines(containing: "claim.added") == 0)
    // The environment sets the default; 0 does not wait at all.
    let env = try ledger.withExclusiveLock(clock: Date()) { _ in
      try TestCLI.spawn(
        ["add", "--claimant", "x", "--place", "Kansaba", "--controller", "isis"], in: dir.path,
        environment: ["CONTESTED_LOCK_TIMEOUT": "0"])
    }
    #expect(env.status == 75, "\(env)")
    // Free again: the same command works.
    #expect(
      TestCLI.run(["add", "--claimant", "x", "--place", "Kansaba", "--controller", "isis"], in: dir.path).exit == .ok)
    #expect(TestCLI.run(["add", "--lock-timeout", "soon"], in: dir.path).exit == .usage)
  }
}
