import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Two real `contested` processes resolving the same conflict at the same moment.
@Suite struct ReviewConcurrencyTests {
  /// Starts the built binary without waiting; `wait()` returns (status, stdout, stderr).
  final class Running: @unchecked Sendable {
    // @unchecked: the process and pipes are only touched by the test that owns this value, in order.
    let process = Process()
    let out = Pipe()
    let err = Pipe()

    init(_ arguments: [String], in directory: String, environment: [String: String]) throws {
      process.executableURL = TestCLI.binary
      process.arguments = arguments
      process.currentDirectoryURL = URL(fileURLWithPath: directory)
      var env = ProcessInfo.processInfo.environment
      for (k, v) in environment { env[k] = v }
      process.environment = env
      process.standardOutput = out
      process.standardError = err
    }

    func start() throws { try process.run() }

    func wait() -> (status: Int32, out: String, err: String) {
      let o = out.fileHandleForReading.readDataToEndOfFile()
      let e = err.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
  }

  @Test func simultaneousResolutionsOneWinsTheOtherIsToldWhatChanged() throws {
    let desk = SeedDesk()
    let id = try desk.conflictID()
    let rounds = 4
    var winners: [String] = []
    for round in 0..<rounds {
      let version = try #require(try desk.json(["review", "show", id, "--format", "json"])["version"] as? Int)
      let linesBefore = desk.ledger.split(separator: UInt8(ascii: "\n")).count
      // Both reviewers read the same version and resolve with different verdicts.
      let amal = try Running(
        [
          "review", "resolve", id, "--uphold", "c-sta", "--refute", "c-ru", "--held-by", "opposition", "--confidence",
          "high",
          "--rationale", "amal round \(round)", "--expect-version", "\(version)",
        ],
        in: desk.dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
      let bob = try Running(
        [
          "review", "resolve", id, "--others", "unverifiable", "--held-by", "contested", "--confidence", "low",
          "--rationale", "bob round \(round)", "--expect-version", "\(version)",
        ],
        in: desk.dir.path, environment: ["CONTESTED_REVIEWER": "bob"])
      try amal.start()
      try bob.start()
      let a = amal.wait()
      let b = bob.wait()
      let results = [("amal", a), ("bob", b)]
      let succeeded = results.filter { $0.1.status == 0 }
      let refused = results.filter { $0.1.status != 0 }
      try #require(succeeded.count == 1, "round \(round): \(a) \(b)")
      try #require(refused.count == 1)
      let loser = refused[0]
      #expect(loser.1.status == ExitCode.dataError.rawValue)
      #expect(
        loser.1.err.contains(
          "conflict \(id) changed since you read it (version \(version), now \(version + 1)): "
            + "\(succeeded[0].0) resolved it at "), "\(loser.1.err)")
      winners.append(succeeded[0].0)

      // Exactly one new line: the winner's verdict; nothing lost, nothing duplicated, the chain intact.
      #expect(desk.ledger.split(separator: UInt8(ascii: "\n")).count == linesBefore + 1)
      let detail = try desk.json(["review", "show", id, "--format", "json"])
      #expect(detail["status"] as? String == "resolved")
      #expect((detail["verdict"] as? [String: Any])?["rationale"] as? String == "\(succeeded[0].0) round \(round)")
      #expect(desk.run(["verify"]).exit == .ok)
      // Reopen for the next round.
      #expect(desk.run(["review", "reopen", id, "--note", "round \(round + 1)"], as: "lead").exit == .ok)
    }
    let ledgerText = String(decoding: desk.ledger, as: UTF8.self)
    let resolvedLines = ledgerText.split(separator: "\n").filter { $0.contains("\"type\":\"review.resolved\"") }
    #expect(resolvedLines.count == rounds)
    #expect(zip(resolvedLines, winners).allSatisfy { line, who in line.contains("\"by\":\"\(who)\"") })
    let log = desk.run(["review", "log", id]).out.split(separator: "\n")
    #expect(log.count == rounds * 2)
  }

  @Test func withoutAnExpectedVersionTheLoserIsStillRefused() throws {
    // Each process bases its action on the version it loaded; the loser is refused either as stale (it loaded
    // before the winner wrote) or because the conflict is already resolved (it loaded after). Never two verdicts.
    let desk = SeedDesk()
    let id = try desk.conflictID()
    let args = [
      "review", "resolve", id, "--others", "unverifiable", "--held-by", "unknown", "--confidence", "low", "--rationale",
      "r",
    ]
    let p1 = try Running(args, in: desk.dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
    let p2 = try Running(args, in: desk.dir.path, environment: ["CONTESTED_REVIEWER": "bob"])
    try p1.start()
    try p2.start()
    let results = [p1.wait(), p2.wait()]
    #expect(results.filter { $0.status == 0 }.count == 1, "\(results)")
    let loser = try #require(results.first { $0.status != 0 })
    #expect(
      loser.err.contains("changed since you read it") || loser.err.contains("cannot resolve \(id): it is resolved"))
    let text = String(decoding: desk.ledger, as: UTF8.self)
    #expect(text.split(separator: "\n").filter { $0.contains("review.resolved") }.count == 1)
    #expect(desk.run(["verify"]).exit == .ok)
  }
}
