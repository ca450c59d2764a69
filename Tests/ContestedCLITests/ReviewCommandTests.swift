import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A workspace with the seed case: Russian media say regime forces captured all eight Turkmen villages in Jabal
/// al-Turkman on 2016-06-16; the Syrian Turkmen Assembly chair says three villages are still held.
struct SeedDesk {
  let dir = TemporaryDirectory("review")

  init(requireApproval: Bool = false) {
    let r = TestCLI.run(["init"] + (requireApproval ? ["--require-approval"] : []), in: dir.path)
    precondition(r.exit == .ok, r.err)
    add([
      "--claimant", "Russian media", "--claimant-group", "russian-media", "--place", "Jabal al-Turkman",
      "--controller", "government", "--controller-name", "regime forces and Shiite militias", "--event", "captured",
      "--when", "2016-06-16", "--quantity", "8", "--all", "--unit", "villages", "--outlet", "Daily Sabah",
      "--published", "2016-06-18", "--quote", "regime forces seized all Turkmen villages", "--id", "c-ru",
    ])
    add([
      "--claimant", "Syrian Turkmen Assembly chair", "--claimant-group", "sta", "--place", "Jabal al-Turkman",
      "--controller", "opposition", "--event", "holds", "--when", "2016-06-17", "--quantity", "3", "--unit", "villages",
      "--outlet", "Daily Sabah", "--published", "2016-06-18", "--quote", "three villages are still held",
      "--id", "c-sta",
    ])
  }

  func add(_ args: [String]) {
    let r = TestCLI.run(["add"] + args, in: dir.path, environment: ["CONTESTED_REVIEWER": "desk"])
    precondition(r.exit == .ok, r.err)
  }

  func run(_ args: [String], as reviewer: String? = nil) -> TestCLI.Result {
    TestCLI.run(args, in: dir.path, environment: reviewer.map { ["CONTESTED_REVIEWER": $0] } ?? [:])
  }

  /// The only conflict's id, from `review list --format json`.
  func conflictID() throws -> String {
    let r = run(["review", "list", "--format", "json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [[String: Any]])
    return try #require(rows.first?["id"] as? String)
  }

  func json(_ args: [String]) throws -> [String: Any] {
    let r = run(args)
    #expect(r.exit == .ok, "\(r.err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
  }

  var ledger: [UInt8] { dir.bytes("ledger.jsonl") }
}

@Suite struct ReviewCommandTests {
  @Test func twoReviewersAssignResolveApproveReopenAndReResolve() throws {
    let desk = SeedDesk(requireApproval: true)
    let id = try desk.conflictID()
    var r = desk.run(["review", "assign", id, "--to", "amal"], as: "lead")
    #expect(r.exit == .ok, "\(r.err)")
    #expect(desk.run(["review", "list", "--assignee", "amal"]).out.contains(id))
    #expect(desk.run(["review", "list", "--status", "open"]).out == "No conflicts match.\n")

    // amal resolves; with approval required the verdict is not final yet.
    r = desk.run(
      [
        "review", "resolve", id, "--refute", "c-ru", "--uphold", "c-sta", "--held-by", "opposition", "--confidence",
        "medium",
        "--rationale", "The Assembly chair and a Coastal Brigade leader independently name villages still held.",
        "--evidence", "https://example.org/coastal-brigade",
      ], as: "amal")
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("awaits a second reviewer's approval"))
    #expect(try desk.json(["review", "show", id, "--format", "json"])["status"] as? String == "awaiting-approval")
    #expect(desk.run(["report", "--status", "in-review"]).out.contains(id))

    // amal cannot approve her own verdict; bob can.
    r = desk.run(["review", "approve", id], as: "amal")
    #expect(r.exit == .usage)
    #expect(r.err.contains("amal cannot approve their own verdict"))
    r = desk.run(["review", "approve", id, "--note", "checked the video"], as: "bob")
    #expect(r.exit == .ok, "\(r.err)")
    #expect(desk.run(["report", "--fail-on-open"]).exit == .ok)
    #expect(desk.run(["report"]).out.contains("0 open, 1 resolved"))

    // A new, independent claim joins the conflict: it is reopened automatically, with the reason.
    desk.add([
      "--claimant", "SOHR", "--claimant-group", "sohr", "--place", "Jabal al-Turkman", "--controller", "government",
      "--event", "captured", "--when", "2016-06-16", "--id", "c-sohr",
    ])
    let shown = desk.run(["review", "show", id])
    #expect(shown.out.contains("status: open"), "\(shown.out)")
    #expect(shown.out.contains("reopened automatically: claim c-sohr (SOHR) was added by desk"))
    #expect(desk.run(["report", "--fail-on-open"]).exit == .findings)

    // Re-resolve (carol) and approve (amal).
    r = desk.run(
      [
        "review", "resolve", id, "--uphold", "c-sta", "--others", "refuted", "--held-by", "opposition", "--confidence",
        "high",
        "--rationale", "SOHR repeats the Russian claim; villagers' footage shows three villages held.",
      ], as: "carol")
    #expect(r.exit == .ok, "\(r.err)")
    #expect(desk.run(["review", "approve", id], as: "amal").exit == .ok)
    let detail = try desk.json(["review", "show", id, "--format", "json"])
    #expect(detail["status"] as? String == "resolved")
    let verdict = try #require(detail["verdict"] as? [String: Any])
    #expect(verdict["rulings"] as? [String: String] == ["c-ru": "refuted", "c-sohr": "refuted", "c-sta": "upheld"])

    // The log shows every step with who and when.
    let log = desk.run(["review", "log", id])
    let lines = log.out.split(separator: "\n").map(String.init)
    let steps = lines.map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
    #expect(steps.map { $0[3] } == ["lead", "amal", "bob", "desk", "carol", "amal"], "\(log.out)")
    #expect(
      steps.map { $0[4] } == ["assigned", "resolved", "approved", "reopened-automatically", "resolved", "approved"])
    #expect(steps.allSatisfy { $0[0].hasPrefix("2026-11-22T10:00:00Z") })
    #expect(desk.run(["review", "log"]).out.split(separator: "\n").count == 6)

    // The track record counts the final verdict only.
    let sources = desk.run(["sources", "--format", "json"])
    let records = try #require(try JSONSerialization.jsonObject(with: Data(sources.out.utf8)) as? [[String: Any]])
    #expect(records.first?["claimant"] as? String == "Syrian Turkmen Assembly chair")
    #expect(records.first { $0["claimant"] as? String == "Russian media" }?["refuted"] as? Int == 1)

    let verify = desk.run(["verify"])
    #expect(verify.exit == .ok, "\(verify.err)")
  }

  @Test func everyActionNeedsAReviewerAndNothingIsWrittenWithout() throws {
    let desk = SeedDesk()
    let id = try desk.conflictID()
    let before = desk.ledger
    let r = desk.run(["review", "assign", id, "--to", "amal"])
    #expect(r.exit == .usage)
    #expect(r.err.contains("--reviewer NAME or set CONTESTED_REVIEWER"))
    #expect(desk.ledger == before)
    #expect(desk.run(["review", "comment", id, "--note", "hi", "--reviewer", "amal"]).exit == .ok)
    #expect(desk.ledger.count > before.count)
  }

  @Test func badInputIsAClearErrorAndWritesNothing() throws {
    let desk = SeedDesk()
    let id = try desk.conflictID()
    let before = desk.ledger
    let good = ["--held-by", "opposition", "--confidence", "high"]
    let cases: [([String], String)] = [
      (
        ["review", "resolve", "C-000000000000", "--others", "refuted", "--rationale", "r"] + good,
        "no conflict with id 'C-000000000000'"
      ),
      (["review", "show", "C-nope"], "no conflict with id 'C-nope'"),
      (
        [
          "review", "resolve", id, "--uphold", "c-sta", "--refute", "c-ru", "--refute", "c-elsewhere", "--rationale",
          "r",
        ] + good,
        "claim 'c-elsewhere' is not in conflict \(id)"
      ),
      (
        ["review", "resolve", id, "--uphold", "c-sta", "--refute", "c-ru", "--rationale", "  "] + good,
        "--rationale is required and must not be empty"
      ),
      (["review", "resolve", id, "--uphold", "c-sta", "--refute", "c-ru"] + good, "--rationale is required"),
      (["review", "resolve", id, "--uphold", "c-sta", "--rationale", "r"] + good, "does not rule on c-ru"),
      (
        ["review", "resolve", id, "--uphold", "c-sta", "--refute", "c-sta", "--refute", "c-ru", "--rationale", "r"]
          + good,
        "two different rulings"
      ),
      (
        [
          "review", "resolve", id, "--others", "refuted", "--rationale", "r", "--held-by", "martians", "--confidence",
          "high",
        ],
        "--held-by: 'martians' is not a side"
      ),
      (
        [
          "review", "resolve", id, "--others", "refuted", "--rationale", "r", "--held-by", "opposition", "--confidence",
          "sure",
        ],
        "--confidence: 'sure' is not one of low, medium, high"
      ),
      (["review", "unresolvable", id, "--note", ""], "--note is required"),
      (["review", "reopen", id, "--note", "why"], "cannot reopen \(id): it is open"),
      (["review", "approve", id], "Only a verdict can be approved"),
      (["review", "assign", id], "--to NAME is required"),
      (["review", "assign", id, "--to", "amal", "--expect-version", "1"], "changed since you read it"),
    ]
    for (args, message) in cases {
      let r = desk.run(args, as: "amal")
      #expect(r.exit != .ok, "\(args)")
      #expect(r.err.contains(message), "\(args): \(r.err)")
      #expect(desk.ledger == before, "\(args) wrote to the ledger")
    }
  }

  @Test func aStaleVersionIsRefusedWithWhatChangedAndByWhom() throws {
    let desk = SeedDesk()
    let id = try desk.conflictID()
    let seen = try #require(try desk.json(["review", "show", id, "--format", "json"])["version"] as? Int)
    #expect(desk.run(["review", "assign", id, "--to", "bob", "--expect-version", "\(seen)"], as: "bob").exit == .ok)
    let before = desk.ledger
    let r = desk.run(
      [
        "review", "resolve", id, "--others", "unverifiable", "--held-by", "unknown", "--confidence", "low",
        "--rationale", "r",
        "--expect-version", "\(seen)",
      ], as: "amal")
    #expect(r.exit == .dataError)
    #expect(
      r.err.contains("conflict \(id) changed since you read it (version \(seen), now \(seen + 1)): bob assigned it at ")
    )
    #expect(r.err.contains("run 'contested review show \(id)' and try again"))
    #expect(desk.ledger == before)
    // The assignee rule: amal cannot decide bob's conflict even with the right version.
    let r2 = desk.run(
      ["review", "unresolvable", id, "--note", "no access", "--expect-version", "\(seen + 1)"], as: "amal")
    #expect(r2.err.contains("assigned to bob, not amal"))
  }

  @Test func listFiltersByStatusAssigneeAndPlaceAndShowsBothSides() throws {
    let desk = SeedDesk()
    desk.add([
      "--claimant", "SANA", "--place", "Saraqeb", "--controller", "government", "--event", "holds",
      "--when", "2020-02-28", "--id", "c-sana",
    ])
    desk.add([
      "--claimant", "Zaman al-Wasl", "--place", "Saraqeb", "--controller", "opposition", "--event", "recaptured",
      "--when", "2020-02-27", "--id", "c-zaman",
    ])
    let all = desk.run(["review", "list"])
    #expect(all.out.contains("2 conflicts: 2 open"), "\(all.out)")
    let saraqeb = desk.run(["review", "list", "--place", "saraq"])
    #expect(saraqeb.out.contains("Saraqib") && !saraqeb.out.contains("Jabal"), "\(saraqeb.out)")
    let id = try #require(saraqeb.out.split(separator: "\n")[1].split(separator: " ").first.map(String.init))
    #expect(desk.run(["review", "assign", id, "--to", "amal"], as: "lead").exit == .ok)
    #expect(desk.run(["review", "list", "--assignee", "amal"]).out.contains(id))
    #expect(!desk.run(["review", "list", "--assignee", "none"]).out.contains(id))
    #expect(desk.run(["review", "list", "--status", "in-review"]).out.contains("1 conflict: 1 in-review"))
    #expect(desk.run(["review", "list", "--status", "done"]).exit == .usage)
    let show = desk.run(["review", "show", String(id.prefix(6))])
    #expect(show.out.contains("government holds:") && show.out.contains("opposition holds:"), "\(show.out)")
    #expect(show.out.contains("c-sana  SANA: government holds Saraqeb, 2020-02-28"))
    #expect(show.out.contains("lead assigned it to amal"))
    let jabal = desk.run([
      "review", "show",
      try #require(
        desk.run(["review", "list", "--place", "jabal"]).out
          .split(separator: "\n")[1].split(separator: " ").first.map(String.init)),
    ])
    #expect(jabal.out.contains("\u{201C}three villages are still held\u{201D}"))
    #expect(jabal.out.contains("reported by Daily Sabah, published 2016-06-18"))
  }

  @Test func unresolvableAndReopenByHand() throws {
    let desk = SeedDesk()
    let id = try desk.conflictID()
    #expect(desk.run(["review", "unresolvable", id, "--note", "no independent footage"], as: "amal").exit == .ok)
    #expect(desk.run(["report", "--status", "unresolvable"]).out.contains(id))
    #expect(
      desk.run(
        [
          "review", "resolve", id, "--others", "refuted", "--held-by", "unknown", "--confidence", "low",
          "--rationale", "r",
        ], as: "amal"
      ).err.contains("Reopen it first"))
    #expect(desk.run(["review", "reopen", id, "--note", "footage surfaced"], as: "bob").exit == .ok)
    let show = desk.run(["review", "show", id])
    #expect(show.out.contains("reopened by bob at 2026-11-22T10:00:00Z: footage surfaced"), "\(show.out)")
  }
}
