import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Conflict ids that last (#16 item 7): a conflict keeps its id when a claim joins it, and after two conflicts merge
/// the absorbed id keeps working in `review show`, `review resolve` and the digest.
@Suite struct ConflictIDTests {
  let dir = TemporaryDirectory("conflict-ids")

  func add(_ id: String, _ claimant: String, _ side: String, _ when: String) {
    let r = TestCLI.run(
      [
        "add", "--id", id, "--claimant", claimant, "--place", "Saraqib", "--controller", side, "--event", "holds",
        "--when", when,
      ], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
  }

  func ids() throws -> [String] {
    let r = TestCLI.run(["review", "list", "--format", "json"], in: dir.path)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
    return rows.compactMap { $0["id"] as? String }.sorted()
  }

  @Test func anOldIDWorksAfterAJoinAndAfterAMerge() throws {
    _ = TestCLI.run(["init"], in: dir.path)
    add("m-2", "SANA", "government", "2020-01-05")
    add("m-3", "SOHR", "opposition", "2020-01-05")
    let first = try #require(try ids().first)
    // "a-1" sorts before both (it would have been the founding pair by byte order); joining keeps the id.
    add("a-1", "Rebel media", "opposition", "2020-01-05")
    #expect(try ids() == [first])
    add("m-4", "SANA", "government", "2020-02-10")
    add("m-5", "Amaq", "isis", "2020-02-10")
    let second = try #require(try ids().first { $0 != first })
    #expect(try ids().count == 2)
    // One claim that contradicts both merges them: the older id stays, the other keeps resolving.
    add("m-6", "Kurdish media", "kurdish", "2020-01-05/2020-02-10")
    #expect(try ids() == [first])
    let show = TestCLI.run(["review", "show", second], in: dir.path)
    #expect(show.exit == .ok, "\(show.err)")
    #expect(show.out.hasPrefix(first) && show.out.contains("formerly: ") && show.out.contains(second), "\(show.out)")
    let digest = TestCLI.run(["digest"], in: dir.path)
    #expect(digest.out.contains("Conflict: \(first)"), "\(digest.out)")
    #expect(digest.out.contains("formerly \(second)") || digest.out.contains(", \(second)"), "\(digest.out)")
    let resolve = TestCLI.run(
      [
        "review", "resolve", second, "--others", "unverifiable", "--held-by", "unknown", "--confidence", "low",
        "--rationale", "no footage",
      ], in: dir.path, environment: ["CONTESTED_REVIEWER": "amal"])
    #expect(resolve.exit == .ok, "\(resolve.err)")
    #expect(resolve.out.contains(first), "\(resolve.out)")
    let log = TestCLI.run(["review", "log", second], in: dir.path)
    #expect(log.exit == .ok && log.out.contains("resolved"), "\(log.out) \(log.err)")
  }
}
