import ContestedKit
import Testing

/// Builds review events and conflicts for the workflow tests.
private enum R {
  static let reconciler = Reconciler()

  /// The seed case: Russian media say all villages captured; the Turkmen Assembly chair says three still held.
  static let seed: [Claim] = [
    Make.claim(
      "c-ru", by: "Russian media", group: "russian-media", place: "jabal", .government, .captured, "2016-06-16",
      quantity: Quantity(count: 8, isAll: true, unit: "villages")),
    Make.claim(
      "c-sta", by: "STA chair", group: "sta", place: "jabal", .opposition, .holds, "2016-06-17",
      quantity: Quantity(count: 3, isAll: false, unit: "villages")),
  ]

  static func conflict(_ claims: [Claim]) -> Conflict { reconciler.reconcile(claims)[0] }

  static func event(
    _ seq: Int, _ by: String, _ action: ReviewAction, _ c: Conflict, to: String? = nil, verdict: Verdict? = nil,
    note: String? = nil
  ) -> ReviewEvent {
    ReviewEvent(
      seq: seq, at: "2026-11-22T10:00:\(seq < 10 ? "0" : "")\(seq)Z", by: by, action: action, conflict: c.id,
      base: seq - 1,
      claims: c.claims, assignee: to, verdict: verdict, note: note)
  }

  static func verdict(_ rulings: [ClaimID: ClaimRuling], rationale: String = "two independent sources") -> Verdict {
    Verdict(
      rulings: rulings, heldBy: .opposition, confidence: .medium, rationale: rationale,
      evidence: ["https://example.org/x"])
  }

  static func stamps(_ claims: [Claim], from seq: Int = 2) -> [ClaimID: ClaimStamp] {
    var out: [ClaimID: ClaimStamp] = [:]
    for (i, c) in claims.enumerated() {
      out[c.id] = ClaimStamp(seq: seq + i, at: "2026-11-22T09:00:0\(i)Z", by: "desk", type: LedgerEventType.claimAdded)
    }
    return out
  }
}

@Suite struct ReviewWorkflowTests {
  let conflict = R.conflict(R.seed)
  let stamps = R.stamps(R.seed)

  func review(_ events: [ReviewEvent], claims: [Claim] = R.seed, requireApproval: Bool = false) -> ConflictReview {
    let c = R.conflict(claims)
    return ReviewBook.review(of: c, events: events, stamps: R.stamps(claims), requireApproval: requireApproval)
  }

  @Test func freshConflictIsOpenAtTheVersionOfItsLatestClaim() {
    let r = review([])
    #expect(r.phase == .open)
    #expect(r.status == .open)
    #expect(r.version == 3)
    #expect(r.history.isEmpty)
  }

  @Test func assignResolveApproveWithApprovalRequired() throws {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    var events = [R.event(10, "lead", .assigned, conflict, to: "amal")]
    #expect(review(events, requireApproval: true).phase == .inReview)
    #expect(review(events).assignee == "amal")
    events.append(R.event(11, "amal", .resolved, conflict, verdict: v))
    let pending = review(events, requireApproval: true)
    #expect(pending.phase == .awaitingApproval)
    #expect(pending.status == .inReview)
    #expect(review(events, requireApproval: false).phase == .resolved)
    // amal may not approve her own verdict; bob may, once.
    #expect(throws: ReviewError.ownVerdict(conflict: conflict.id, reviewer: "amal")) {
      try ReviewWorkflow.check(
        R.event(12, "amal", .approved, conflict), by: "amal", on: pending, claims: conflict.claims,
        requireApproval: true)
    }
    try ReviewWorkflow.check(
      R.event(12, "bob", .approved, conflict), by: "bob", on: pending, claims: conflict.claims, requireApproval: true)
    events.append(R.event(12, "bob", .approved, conflict))
    let done = review(events, requireApproval: true)
    #expect(done.phase == .resolved)
    #expect(done.approvals.map(\.by) == ["bob"])
    #expect(done.version == 12)
    #expect(throws: ReviewError.alreadyApproved(conflict: conflict.id, reviewer: "bob")) {
      try ReviewWorkflow.check(
        R.event(13, "bob", .approved, conflict), by: "bob", on: done, claims: conflict.claims, requireApproval: true)
    }
  }

  @Test func transitionsAllowedAndRefusedByPhase() throws {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    let open = review([])
    let inReview = review([R.event(10, "lead", .assigned, conflict, to: "amal")])
    let resolved = review([R.event(10, "amal", .resolved, conflict, verdict: v)])
    let unresolvable = review([R.event(10, "amal", .unresolvable, conflict, note: "no access")])
    let cases: [(ConflictReview, ReviewEvent, String, Bool)] = [
      (open, R.event(20, "amal", .resolved, conflict, verdict: v), "amal", true),
      (open, R.event(20, "amal", .reopened, conflict, note: "why"), "amal", false),
      (open, R.event(20, "amal", .approved, conflict), "amal", false),
      (inReview, R.event(20, "bob", .resolved, conflict, verdict: v), "bob", false),  // assigned to amal
      (inReview, R.event(20, "amal", .resolved, conflict, verdict: v), "amal", true),
      (inReview, R.event(20, "lead", .assigned, conflict, to: "bob"), "lead", true),  // reassign
      (resolved, R.event(20, "amal", .resolved, conflict, verdict: v), "amal", false),
      (resolved, R.event(20, "amal", .assigned, conflict, to: "bob"), "amal", false),
      (resolved, R.event(20, "bob", .reopened, conflict, note: "new video"), "bob", true),
      (resolved, R.event(20, "bob", .commented, conflict, note: "nice"), "bob", true),
      (unresolvable, R.event(20, "bob", .reopened, conflict, note: "new video"), "bob", true),
      (unresolvable, R.event(20, "bob", .approved, conflict), "bob", false),
    ]
    for (state, event, actor, allowed) in cases {
      let result = Result { () throws(ReviewError) in
        try ReviewWorkflow.check(event, by: actor, on: state, claims: conflict.claims, requireApproval: false)
      }
      #expect((try? result.get()) != nil ? allowed : !allowed, "\(event.action) by \(actor) in \(state.phase)")
    }
  }

  @Test func verdictMustRuleOnExactlyTheConflictsClaimsWithARationale() {
    #expect(throws: ReviewError.claimNotInConflict(conflict: conflict.id, claim: "c-zz", members: conflict.claims)) {
      try ReviewWorkflow.checkVerdict(
        R.verdict(["c-ru": .refuted, "c-sta": .upheld, "c-zz": .upheld]), conflict: conflict.id, claims: conflict.claims
      )
    }
    #expect(throws: ReviewError.claimsWithoutRuling(conflict: conflict.id, claims: ["c-sta"])) {
      try ReviewWorkflow.checkVerdict(R.verdict(["c-ru": .refuted]), conflict: conflict.id, claims: conflict.claims)
    }
    #expect(throws: ReviewError.self) {
      try ReviewWorkflow.checkVerdict(
        R.verdict(["c-ru": .refuted, "c-sta": .upheld], rationale: " \n "), conflict: conflict.id,
        claims: conflict.claims)
    }
    let unresolvableWithoutNote = R.event(10, "amal", .unresolvable, conflict, note: "  ")
    #expect(throws: ReviewError.self) {
      try ReviewWorkflow.check(
        unresolvableWithoutNote, by: "amal", on: review([]), claims: conflict.claims, requireApproval: false)
    }
  }

  @Test func aNewClaimReopensAResolvedConflictAndSaysWhy() throws {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    let events = [R.event(10, "amal", .resolved, conflict, verdict: v), R.event(11, "bob", .approved, conflict)]
    let sohr = Make.claim("c-sohr", by: "SOHR", group: "sohr", place: "jabal", .government, .captured, "2016-06-16")
    let grown = R.seed + [sohr]
    let c2 = R.conflict(grown)
    #expect(Set(c2.claims) == ["c-ru", "c-sta", "c-sohr"])
    var stamps = R.stamps(R.seed)
    stamps["c-sohr"] = ClaimStamp(seq: 12, at: "2026-11-22T11:00:00Z", by: "carol", type: LedgerEventType.claimAdded)
    let threads = ReviewBook(events: events).threads(for: [c2])
    let r = ReviewBook.review(
      of: c2, events: threads[c2.id] ?? [], stamps: stamps, claimants: ["c-sohr": "SOHR"], requireApproval: false)
    #expect(r.phase == .open)
    #expect(r.version == 12)
    let why = try #require(r.reopenReason)
    #expect(why.contains("c-sohr") && why.contains("SOHR") && why.contains("carol") && why.contains("did not cover"))
    #expect(r.history.last?.kind == .reopenedAutomatically)
    // Re-resolving with a ruling on the new claim closes it again.
    let again = R.event(
      13, "amal", .resolved, c2, verdict: R.verdict(["c-ru": .refuted, "c-sta": .upheld, "c-sohr": .refuted]))
    try ReviewWorkflow.check(again, by: "amal", on: r, claims: c2.claims, requireApproval: false)
    let r2 = ReviewBook.review(of: c2, events: (threads[c2.id] ?? []) + [again], stamps: stamps, requireApproval: false)
    #expect(r2.phase == .resolved)
    #expect(r2.history.map(\.kind) == [.action, .action, .reopenedAutomatically, .action])
    // The stale message lists what changed after the version a reviewer saw.
    let changes = ReviewBook.changes(in: r2, since: 11)
    #expect(changes.count == 2)
    #expect(changes[1].hasPrefix("amal resolved it at"))
  }

  @Test func unrelatedClaimsDoNotReopen() {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    let other = Make.claim("c-k", by: "rebels", place: "kansaba", .opposition, .recaptured, "2016-07-01")
    let claims = R.seed + [other]
    let c = R.conflict(claims)
    let r = ReviewBook.review(
      of: c, events: [R.event(10, "amal", .resolved, conflict, verdict: v)], stamps: R.stamps(claims),
      requireApproval: false)
    #expect(r.phase == .resolved)
    #expect(r.version == 10)
  }

  @Test func aConflictKeepsItsIDWhenAClaimJoins() {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    // "c-a" sorts before every seed claim (under the byte-order founding pair of version 1 the id changed); it
    // joins later in the ledger, so the conflict keeps its id.
    let joiner = Make.claim("c-a", by: "SOHR", group: "sohr", place: "jabal", .government, .captured, "2016-06-16")
    let c2 = R.conflict(R.seed + [joiner])
    #expect(c2.id == conflict.id)
    let book = ReviewBook(events: [R.event(10, "amal", .resolved, conflict, verdict: v)])
    var stamps = R.stamps(R.seed)
    stamps["c-a"] = ClaimStamp(seq: 11, at: "2026-11-22T11:00:00Z", by: "carol", type: LedgerEventType.claimAdded)
    let reviews = book.reviews(of: [c2], stamps: stamps, requireApproval: false)
    let r = reviews[c2.id]!
    #expect(!r.formerIDs.contains(c2.id))
    #expect(r.events.count == 1)
    #expect(r.phase == .open)
    #expect(r.reopenReason?.contains("c-a") == true)
    #expect(book.annotating([c2], stamps: stamps, requireApproval: false)[0].status == .open)
  }

  @Test func eventBodiesRoundTripThroughTheLedgerForm() throws {
    let v = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    for e in [
      R.event(10, "lead", .assigned, conflict, to: "amal", note: "look at \"video\"\n"),
      R.event(11, "amal", .resolved, conflict, verdict: v), R.event(12, "amal", .unresolvable, conflict, note: "n"),
      R.event(13, "bob", .reopened, conflict, note: "n"), R.event(14, "bob", .commented, conflict, note: "ü ✓"),
      R.event(15, "bob", .approved, conflict),
    ] {
      var entry = e.ledgerEntry
      entry.seq = e.seq
      #expect(entry.type == "review.\(e.action.rawValue)")
      let back = try #require(try ReviewEvent.decode(entry))
      #expect(back == e)
    }
  }

  @Test func malformedReviewEventsAreFieldErrors() {
    let bodies: [(String, String?, String)] = [
      ("review.assigned", "amal", #"{"conflict":"C-1"}"#),
      ("review.resolved", "amal", #"{"conflict":"C-1","verdict":{"held_by":"x"}}"#),
      (
        "review.resolved", "amal",
        #"{"conflict":"C-1","verdict":{"rulings":{"c-1":"maybe"},"held_by":"x","confidence":"high","rationale":"r"}}"#
      ),
      ("review.commented", nil, #"{"conflict":"C-1","note":"x"}"#),
      ("review.commented", "amal", #"{"note":"x"}"#),
      ("review.commented", "amal", #"{"conflict":"C-1","claims":[1,2]}"#),
      ("review.commented", "amal", #"{"conflict":"#),
    ]
    for (type, by, body) in bodies {
      let entry = LedgerEntry(seq: 5, at: "2026-11-22T10:00:00Z", by: by, type: type, body: Array(body.utf8))
      #expect(throws: FieldError.self, "\(type) \(body)") { try ReviewEvent.decode(entry) }
    }
    let other = LedgerEntry(seq: 5, at: "x", type: "digest.sent", body: Array("{}".utf8))
    #expect((try? ReviewEvent.decode(other)) == .some(nil))
  }

  @Test func verdictInconsistenciesAreReported() {
    var claims: [ClaimID: Claim] = [:]
    for c in R.seed { claims[c.id] = c }
    let bad = Verdict(
      rulings: ["c-ru": .upheld, "c-sta": .upheld], heldBy: .opposition, confidence: .low, rationale: "r")
    #expect(ReviewWorkflow.inconsistencies(bad, claims: claims).count == 1)
    let good = R.verdict(["c-ru": .refuted, "c-sta": .upheld])
    #expect(ReviewWorkflow.inconsistencies(good, claims: claims).isEmpty)
  }
}

@Suite struct TrackRecordTests {
  @Test func betaQuantilesMatchKnownValues() {
    #expect(abs(BetaDistribution.quantile(0.3, a: 1, b: 1) - 0.3) < 1e-9)
    #expect(abs(BetaDistribution.quantile(0.5, a: 2, b: 2) - 0.5) < 1e-9)
    // Beta(2, 1) has CDF x², so its 25% quantile is 0.5.
    #expect(abs(BetaDistribution.quantile(0.25, a: 2, b: 1) - 0.5) < 1e-9)
    #expect(abs(BetaDistribution.cdf(0.5, a: 30, b: 30) - 0.5) < 1e-9)
  }

  @Test func priorKeepsShortRecordsBelowLongGoodOnes() {
    let short = TrackRecord(claimant: "two", claims: 2, upheld: 2, refuted: 0, unverifiable: 0)
    let long = TrackRecord(claimant: "many", claims: 200, upheld: 120, refuted: 80, unverifiable: 0)
    #expect(short.reliability == 4.0 / 6.0)
    #expect(short.reliability > long.reliability)  // the mean alone would rank the short record first…
    #expect(short.interval.low < long.interval.low)  // …the lower bound does not.
    #expect(short.interval.high - short.interval.low > long.interval.high - long.interval.low)
  }

  @Test func computeCountsRulingsPerClaimantAndRanksByLowerBound() {
    var claims: [Claim] = []
    var rulings: [ClaimID: ClaimRuling] = [:]
    for i in 0..<200 {
      let c = Make.claim("m\(i)", by: "Monitor", group: "monitor", place: "p\(i)", .government, .holds, "2020-01-01")
      claims.append(c)
      rulings[c.id] = i < 150 ? .upheld : (i < 190 ? .refuted : .unverifiable)
    }
    for i in 0..<2 {
      let c = Make.claim("n\(i)", by: "Newcomer", place: "q\(i)", .opposition, .holds, "2020-01-01")
      claims.append(c)
      rulings[c.id] = .upheld
    }
    claims.append(Make.claim("x", by: "Silent", place: "r", .opposition, .holds, "2020-01-01"))
    let records = TrackRecord.compute(claims: claims, rulings: rulings)
    #expect(records.map(\.claimant) == ["Monitor", "Newcomer", "Silent"])
    #expect(
      records[0].claims == 200 && records[0].upheld == 150 && records[0].refuted == 40 && records[0].unverifiable == 10)
    #expect(records[2].decisive == 0 && records[2].reliability == 0.5)
  }

  @Test func onlyFinalVerdictsCountAndTheLatestWins() {
    let c = Conflict.makeID(place: "p", foundingPair: ("a", "b"))
    var r1 = ConflictReview(conflict: c)
    r1.phase = .resolved
    r1.verdict = Verdict(
      rulings: ["a": .upheld, "b": .refuted], heldBy: .government, confidence: .high, rationale: "r")
    r1.verdictEvent = ReviewEvent(
      seq: 5, at: "t", by: "amal", action: .resolved, conflict: c, base: 4, claims: ["a", "b"])
    var r2 = r1
    r2.verdict = Verdict(rulings: ["a": .refuted], heldBy: .government, confidence: .high, rationale: "r")
    r2.verdictEvent?.seq = 9
    var pending = r1
    pending.phase = .awaitingApproval
    pending.verdict = Verdict(rulings: ["b": .upheld], heldBy: .government, confidence: .high, rationale: "r")
    pending.verdictEvent?.seq = 12
    let rulings = TrackRecord.rulings(from: [r1, r2, pending])
    #expect(rulings == ["a": .refuted, "b": .refuted])
  }
}

@Suite struct ReviewBookFromStateTests {
  @Test func workspaceStateOtherEntriesAnnotateStatusesWithoutStamps() throws {
    let conflict = Reconciler().reconcile(Make.seedForBook)[0]
    let v = Verdict(
      rulings: ["c-ru": .refuted, "c-sta": .upheld], heldBy: .opposition, confidence: .high, rationale: "r")
    var state = WorkspaceState()
    let header = LedgerEntry(seq: 1, at: "t", type: LedgerEventType.created, body: Array(#"{"schema":1}"#.utf8))
    try state.apply(header)
    let e = ReviewEvent(
      seq: 2, at: "t", by: "amal", action: .resolved, conflict: conflict.id, base: 1, claims: conflict.claims,
      verdict: v)
    var entry = e.ledgerEntry
    entry.seq = 2
    try state.apply(entry)
    let book = try ReviewBook(entries: state.otherEntries)
    #expect(book.events.count == 1)
    #expect(book.annotating([conflict], stamps: [:], requireApproval: false)[0].status == .resolved)
    #expect(book.annotating([conflict], stamps: [:], requireApproval: true)[0].status == .inReview)
    // A third claim joins: the decision no longer covers the conflict, so it is open again.
    let grown = Reconciler().reconcile(
      Make.seedForBook + [
        Make.claim("c-x", by: "SOHR", group: "sohr", place: "jabal", .government, .captured, "2016-06-16")
      ]
    )[0]
    #expect(book.annotating([grown], stamps: [:], requireApproval: false)[0].status == .open)
  }
}

extension Make {
  static let seedForBook: [Claim] = [
    claim("c-ru", by: "Russian media", group: "russian-media", place: "jabal", .government, .captured, "2016-06-16"),
    claim("c-sta", by: "STA chair", group: "sta", place: "jabal", .opposition, .holds, "2016-06-17"),
  ]
}
