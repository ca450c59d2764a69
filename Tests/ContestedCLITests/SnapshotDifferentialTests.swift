import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

/// The snapshot in `cache/` (issue #17 item 2): on random workspaces, `report` through the snapshot and the ledger's
/// tail gives exactly the bytes a full replay of the ledger gives, and a snapshot that is deleted, cut short,
/// bit-flipped or of another format version is rebuilt with one notice and changes nothing.
@Suite struct SnapshotDifferentialTests {
  typealias RNG = KillTests.SplitMix

  static let places = ["p1", "p2", "p3", "p4"]
  static let sides = ["government", "opposition", "isis", "kurdish"]

  /// The report as a full replay gives it: every line, reconciled, reviews folded in; no snapshot involved.
  static func fullReplay(_ dir: String) throws -> String {
    let ws = try Workspace.open(at: dir)
    let (ledger, _) = try ws.loadReviewLedger(fullVerification: true)
    let desk = try Desk(ws, toolVersion: "test")
    let today = Day(ordinal: Int32((TestCLI.fixedNow.timeIntervalSince1970 / 86_400).rounded(.down)))
    let accepted = ledger.workspace.acceptedClaims
    let found = desk.reconciler(today: today).reconcile(accepted)
    let all = ledger.book.annotating(found, stamps: ledger.stamps, requireApproval: desk.settings.requireApproval)
      .namingPlaces(with: desk.gazetteer)
    return ConflictReport(conflicts: all, claims: accepted).render(.jsonl)
  }

  /// Random benchmark-form claims (few places, sides and days, so many conflict).
  static func claims(_ rng: inout RNG, count: Int, from first: Int) -> String {
    var out = ""
    for i in first..<(first + count) {
      let day = Int.random(in: 1...20, using: &rng)
      let to = day + Int.random(in: 0...3, using: &rng)
      let status = Int.random(in: 0..<4, using: &rng) == 0 ? "proposed" : "accepted"
      let stance = Int.random(in: 0..<5, using: &rng) == 0 ? "denies" : "asserts"
      out += #"{"id":"c\#(i)","claimant":"s\#(Int.random(in: 1...6, using: &rng))","#
      out += #""place":"\#(places.randomElement(using: &rng)!)","controller":"\#(sides.randomElement(using: &rng)!)","#
      out += #""stance":"\#(stance)","from":"2016-07-\#(pad(day))","to":"2016-07-\#(pad(min(to, 28)))","#
      out += #""status":"\#(status)"}"# + "\n"
    }
    return out
  }

  static func pad(_ d: Int) -> String { d < 10 ? "0\(d)" : "\(d)" }

  /// The ids of the current conflicts (from the full replay).
  static func conflictIDs(_ report: String) -> [String] {
    report.split(separator: "\n").compactMap { line in
      guard let r = line.range(of: #""id":""#) else { return nil }
      return String(line[r.upperBound...].prefix(while: { $0 != "\"" }))
    }
  }

  /// One random change to the workspace: an import, an accept, a reject, an edit, a review action, a torn tail.
  static func step(_ rng: inout RNG, _ dir: TemporaryDirectory, next: inout Int, report: String) {
    let ids = conflictIDs(report)
    let claim = "c\(Int.random(in: 0..<max(1, next), using: &rng))"
    switch Int.random(in: 0..<8, using: &rng) {
    case 0:
      let n = Int.random(in: 1...6, using: &rng)
      let file = dir.write("more-\(next).jsonl", claims(&rng, count: n, from: next))
      next += n
      _ = TestCLI.run(["import", file], in: dir.path)
    case 1: _ = TestCLI.run(["claims", "accept", claim], in: dir.path)
    case 2: _ = TestCLI.run(["claims", "reject", claim], in: dir.path)
    case 3:
      let day = pad(Int.random(in: 1...20, using: &rng))
      _ = TestCLI.run(["claims", "edit", claim, "--when", "2016-07-\(day)", "--reviewer", "r"], in: dir.path)
    case 4 where !ids.isEmpty:
      _ = TestCLI.run(
        [
          "review", "resolve", ids.randomElement(using: &rng)!, "--others", "upheld", "--held-by", "contested",
          "--confidence", "low", "--rationale", "test", "--reviewer", "r",
        ], in: dir.path)
    case 5 where !ids.isEmpty:
      _ = TestCLI.run(
        ["review", "assign", ids.randomElement(using: &rng)!, "--to", "bob", "--reviewer", "r"], in: dir.path)
    case 6 where !ids.isEmpty:
      _ = TestCLI.run(
        ["review", "comment", ids.randomElement(using: &rng)!, "--note", "look", "--reviewer", "r"], in: dir.path)
    case 7:
      // A torn tail: an interrupted write (the next write sets it aside).
      let handle = FileHandle(forWritingAtPath: dir.file("ledger.jsonl"))!
      handle.seekToEndOfFile()
      handle.write(Data(#"{"seq":99999,"at":"2026-"#.utf8))
      try? handle.close()
    default: break
    }
  }

  @Test(arguments: 0..<200) func snapshotAndTailGiveTheFullReplaysReport(seed: Int) throws {
    var rng = RNG(state: UInt64(seed) &* 7919 &+ 17)
    let dir = TemporaryDirectory("snapshot-diff")
    _ = TestCLI.run(["init"], in: dir.path)
    var next = Int.random(in: 4...30, using: &rng)
    _ = TestCLI.run(["import", dir.write("claims.jsonl", Self.claims(&rng, count: next, from: 0))], in: dir.path)
    var expected = try Self.fullReplay(dir.path)
    for round in 0..<Int.random(in: 4...10, using: &rng) {
      let shown = TestCLI.run(["report", "--format", "jsonl"], in: dir.path)
      #expect(shown.exit == .ok, "seed \(seed) round \(round): \(shown.err)")
      #expect(shown.out == expected, "seed \(seed) round \(round)")
      Self.step(&rng, dir, next: &next, report: expected)
      expected = try Self.fullReplay(dir.path)
    }
    let last = TestCLI.run(["report", "--format", "jsonl"], in: dir.path)
    #expect(last.out == expected, "seed \(seed), last")
    // Warm: the snapshot is current, so nothing is rebuilt.
    let warm = TestCLI.run(["report", "--format", "jsonl"], in: dir.path)
    #expect(warm.out == expected && !warm.err.contains("notice:"), "seed \(seed): \(warm.err)")
    // The review queue and a conflict's page read the conflicts from the snapshot too: the same as without one.
    let queue = TestCLI.run(["review", "list", "--format", "json"], in: dir.path)
    let page = Self.conflictIDs(expected).first.map { TestCLI.run(["review", "show", $0], in: dir.path).out }
    try FileManager.default.removeItem(atPath: dir.file("cache"))
    #expect(TestCLI.run(["review", "list", "--format", "json"], in: dir.path).out == queue.out, "seed \(seed)")
    if let id = Self.conflictIDs(expected).first {
      try FileManager.default.removeItem(atPath: dir.file("cache"))
      #expect(TestCLI.run(["review", "show", id], in: dir.path).out == page, "seed \(seed)")
    }
  }
}
