import ContestedKit
import Testing

/// The seed examples of DESIGN §5 as synthetic claims, and the edges of the conflict rule.
@Suite struct ReconcilerSeedTests {
  let tight = Reconciler(options: .init(horizonDays: 60, toleranceDays: 0))

  /// Seed 003: the regime captured Kansaba in February 2016, rebels retook it on 2016-07-01: a sequence.
  @Test func kansabaSequenceIsNotAConflict() {
    let claims = [
      Make.claim("k1", by: "Syrian army", place: "gn:kansaba", .government, .captured, "2016-02-01/2016-02-29"),
      Make.claim("k2", by: "rebel commander", place: "gn:kansaba", .opposition, .recaptured, "2016-07-01"),
      Make.claim("k3", by: "SOHR", place: "gn:kansaba", .opposition, .holds, "2016-07-02"),
    ]
    #expect(tight.reconcile(claims).isEmpty)
    // With a horizon longer than the gap the capture still ends at the next change of hands.
    #expect(Reconciler(options: .init(horizonDays: 400, toleranceDays: 1)).reconcile(claims).isEmpty)
  }

  /// Seed 002: Saraqeb fell in early February 2020 and was retaken on 2020-02-27: a sequence.
  @Test func saraqebSequenceIsNotAConflict() {
    let claims = [
      Make.claim("s1", by: "SANA", place: "gn:saraqeb", .government, .captured, "2020-02-06/2020-02-08"),
      Make.claim("s2", by: "Zaman al-Wasl", place: "gn:saraqeb", .opposition, .recaptured, "2020-02-27"),
      Make.claim("s3", by: "SANA", place: "gn:saraqeb", .government, .holds, "2020-02-13"),
    ]
    #expect(Reconciler().reconcile(claims).isEmpty)
  }

  /// …but a regime "still holds" after the rebels' retaking, from another voice, is a contradiction.
  @Test func holdingAfterARetakingConflicts() throws {
    let claims = [
      Make.claim("s2", by: "Zaman al-Wasl", place: "gn:saraqeb", .opposition, .recaptured, "2020-02-27"),
      Make.claim("s4", by: "SANA", place: "gn:saraqeb", .government, .holds, "2020-02-28"),
    ]
    let conflicts = Reconciler().reconcile(claims)
    let c = try #require(conflicts.first)
    #expect(conflicts.count == 1)
    #expect(c.kind == .contradiction)
    #expect(c.claims == ["s2", "s4"])
    #expect(c.sides.map(\.label).sorted() == ["government holds", "opposition holds"])
  }

  /// Seed 001: a rebel spokesman admitting a loss corroborates the regime's capture claim.
  @Test func admittedLossCorroboratesACapture() {
    let claims = [
      Make.claim("a1", by: "Syrian army", place: "gn:ghamam", .government, .captured, "2015-11-24"),
      Make.claim("a2", by: "rebel spokesman", place: "gn:ghamam", .opposition, .withdrew, "2015-11-24"),
      Make.claim("a3", by: "SOHR", place: "gn:ghamam", .opposition, .lost, "2015-11-23/2015-11-24"),
    ]
    #expect(Reconciler().reconcile(claims).isEmpty)
  }

  /// Seed 000: "all Turkmen villages occupied" by the regime (Russian media) vs "still three villages"
  /// (a Turkmen official), and vs the opposition taking Ein Eisa inside the region: aggregate conflicts.
  @Test func allVillagesVersusThreeVillagesConflictThroughTheRegion() throws {
    let hierarchy = DictionaryPlaceHierarchy(["cur:ein-eisa": ["region:jabal-al-turkman"]])
    let claims = [
      Make.claim(
        "t1", by: "Russian media", group: "russian-media", place: "region:jabal-al-turkman", .government,
        .captured, "2016-06-16", quantity: Quantity(isAll: true, unit: "villages")),
      Make.claim(
        "t2", by: "Turkmen official", place: "region:jabal-al-turkman", .opposition, .holds, "2016-06-17",
        quantity: Quantity(count: 3, unit: "villages")),
      Make.claim("t3", by: "opposition fighters", place: "cur:ein-eisa", .opposition, .captured, "2016-06-17"),
    ]
    let conflicts = Reconciler(hierarchy: hierarchy).reconcile(claims)
    #expect(conflicts.count == 1)
    let c = try #require(conflicts.first)
    #expect(c.kind == .aggregate)
    #expect(c.place == "region:jabal-al-turkman")
    #expect(Make.pairs(conflicts) == [["t1", "t2"], ["t1", "t3"]])
  }

  /// The region a claim names on its place works without a hierarchy.
  @Test func claimRegionAloneLinksPlaceAndRegion() {
    let claims = [
      Make.claim(
        "t1", by: "Russian media", place: "region:jabal-al-turkman", .government, .captured, "2016-06-16",
        quantity: Quantity(isAll: true)),
      Make.claim(
        "t3", by: "opposition fighters", place: "cur:ein-eisa", region: "region:jabal-al-turkman", .opposition,
        .captured, "2016-06-17"),
    ]
    #expect(Make.pairs(Reconciler().reconcile(claims)) == [["t1", "t3"]])
  }

  /// Two partial counts in one region ("three villages" vs "five villages") do not contradict.
  @Test func twoPartialCountsDoNotConflict() {
    let claims = [
      Make.claim(
        "p1", by: "A", place: "region:r", .government, .holds, "2016-06-16", quantity: Quantity(count: 5)),
      Make.claim(
        "p2", by: "B", place: "region:r", .opposition, .holds, "2016-06-16", quantity: Quantity(count: 3)),
    ]
    #expect(Reconciler().reconcile(claims).isEmpty)
  }

  /// A partial-count claim about a region says nothing about a named place inside it.
  @Test func partialCountDoesNotConflictWithAPlaceInside() {
    let h = DictionaryPlaceHierarchy(["gn:v": ["region:r"]])
    let claims = [
      Make.claim("p1", by: "A", place: "region:r", .opposition, .holds, "2016-06-16", quantity: Quantity(count: 3)),
      Make.claim("p2", by: "B", place: "gn:v", .government, .captured, "2016-06-16"),
    ]
    #expect(Reconciler(hierarchy: h).reconcile(claims).isEmpty)
  }

  /// Places in one region do not conflict with each other through the region.
  @Test func siblingPlacesDoNotConflict() {
    let h = DictionaryPlaceHierarchy(["gn:a": ["region:r"], "gn:b": ["region:r"]])
    let claims = [
      Make.claim("x", by: "A", place: "gn:a", .government, .holds, "2016-06-16"),
      Make.claim("y", by: "B", place: "gn:b", .opposition, .holds, "2016-06-16"),
    ]
    #expect(Reconciler(hierarchy: h).reconcile(claims).isEmpty)
  }

  /// Containment is transitive: a province-wide claim reaches a village two levels down.
  @Test func containmentIsTransitive() {
    let h = DictionaryPlaceHierarchy(["gn:v": ["region:district"], "region:district": ["region:province"]])
    let claims = [
      Make.claim("x", by: "A", place: "region:province", .government, .holds, "2016-06-16"),
      Make.claim("y", by: "B", place: "gn:v", .opposition, .holds, "2016-06-16"),
    ]
    let conflicts = Reconciler(hierarchy: h).reconcile(claims)
    #expect(Make.pairs(conflicts) == [["x", "y"]])
    #expect(conflicts.first?.place == "region:province")
    #expect(conflicts.first?.kind == .aggregate)
  }
}

@Suite struct ReconcilerRuleTests {
  let exact = Reconciler(options: .init(horizonDays: 60, toleranceDays: 0))

  func holds(_ id: String, _ by: String, _ side: Side, _ when: String, stance: Stance = .asserts) -> Claim {
    Make.claim(id, by: by, place: "gn:x", side, .holds, when, stance: stance)
  }

  @Test func touchingWindowsOverlapOnTheSharedDay() {
    let claims = [
      holds("a", "A", .government, "2020-01-01/2020-01-05"), holds("b", "B", .opposition, "2020-01-05/2020-01-09"),
    ]
    #expect(Make.pairs(exact.reconcile(claims)) == [["a", "b"]])
    #expect(exact.reconcile(claims).first?.window == TimeSpan(from: Make.day("2020-01-05"), to: Make.day("2020-01-05")))
  }

  @Test func oneDayOverlapConflicts() {
    let claims = [
      holds("a", "A", .government, "2020-01-01/2020-01-06"), holds("b", "B", .opposition, "2020-01-05/2020-01-09"),
    ]
    #expect(Make.pairs(exact.reconcile(claims)) == [["a", "b"]])
  }

  @Test func adjacentWindowsDoNotOverlap() {
    let claims = [
      holds("a", "A", .government, "2020-01-01/2020-01-04"), holds("b", "B", .opposition, "2020-01-05/2020-01-09"),
    ]
    #expect(exact.reconcile(claims).isEmpty)
    // A tolerance widens statements about one day, not ranges: "from the 1st to the 4th" ends on the 4th.
    #expect(Reconciler(options: .init(toleranceDays: 1)).reconcile(claims).isEmpty)
    let days = [holds("a", "A", .government, "2020-01-04"), holds("b", "B", .opposition, "2020-01-05")]
    #expect(Make.pairs(Reconciler(options: .init(toleranceDays: 1)).reconcile(days)) == [["a", "b"]])
  }

  @Test func sameClaimantIsASelfContradiction() throws {
    let claims = [holds("a", "SANA", .government, "2020-01-01"), holds("b", "sana", .opposition, "2020-01-01")]
    let c = try #require(exact.reconcile(claims).first)
    #expect(c.kind == .selfContradiction)
    #expect(c.priority.reasons.contains { $0.contains("-15") })
  }

  @Test func sameGroupIsOneVoice() throws {
    let claims = [
      Make.claim("a", by: "RT", group: "russian-media", place: "gn:x", .government, .holds, "2020-01-01"),
      Make.claim("b", by: "TASS", group: "russian-media", place: "gn:x", .opposition, .holds, "2020-01-01"),
    ]
    #expect(try #require(exact.reconcile(claims).first).kind == .selfContradiction)
  }

  @Test func selfContradictionRanksBelowAnIndependentConflict() throws {
    let claims = [
      holds("a", "SANA", .government, "2020-01-01"), holds("b", "SANA", .opposition, "2020-01-01"),
      Make.claim("c", by: "SANA", place: "gn:y", .government, .holds, "2020-01-01"),
      Make.claim("d", by: "SOHR", place: "gn:y", .opposition, .holds, "2020-01-01"),
    ]
    let conflicts = exact.reconcile(claims)
    #expect(conflicts.map(\.kind) == [.contradiction, .selfContradiction])
  }

  @Test func assertAndDenySameSideIsADenial() throws {
    let claims = [
      holds("a", "A", .government, "2020-01-01"), holds("b", "B", .government, "2020-01-01", stance: .denies),
    ]
    let c = try #require(exact.reconcile(claims).first)
    #expect(c.kind == .denial)
    #expect(c.sides.map(\.label) == ["government holds", "government does not hold"])
  }

  @Test func denyingOneSideWhileAssertingAnotherIsCompatible() {
    let claims = [
      holds("a", "A", .government, "2020-01-01"), holds("b", "B", .opposition, "2020-01-01", stance: .denies),
      holds("c", "C", .isis, "2020-01-01", stance: .denies),
    ]
    #expect(exact.reconcile(claims).isEmpty)
  }

  @Test func deniedCaptureNegatesTheCapture() throws {
    let claims = [
      Make.claim("a", by: "Russian media", place: "gn:x", .government, .captured, "2016-06-16"),
      Make.claim("b", by: "Turkmen official", place: "gn:x", .government, .captured, "2016-06-17", stance: .denies),
    ]
    let c = try #require(Reconciler().reconcile(claims).first)
    #expect(c.kind == .denial)
  }

  @Test func deniedLossAssertsTheHolder() throws {
    let claims = [
      Make.claim("a", by: "Syrian army", place: "gn:x", .government, .captured, "2016-06-16"),
      Make.claim("b", by: "rebel spokesman", place: "gn:x", .opposition, .lost, "2016-06-16", stance: .denies),
    ]
    #expect(try #require(Reconciler().reconcile(claims).first).kind == .contradiction)
  }

  @Test func contestedAssertsNoHolder() throws {
    let claims = [
      Make.claim("a", by: "SOHR", place: "gn:x", .opposition, .contested, "2016-06-16"),
      Make.claim("b", by: "SANA", place: "gn:x", .government, .holds, "2016-06-16"),
    ]
    let c = try #require(Reconciler().reconcile(claims).first)
    #expect(c.sides.map(\.side).contains(.contested))
  }

  @Test func repelledAttackAssertsTheDefender() throws {
    let claims = [
      Make.claim("a", by: "rebels", place: "gn:x", .opposition, .repelledAttack, "2016-06-17"),
      Make.claim("b", by: "SANA", place: "gn:x", .government, .captured, "2016-06-17"),
    ]
    #expect(Make.pairs(Reconciler().reconcile(claims)) == [["a", "b"]])
  }

  @Test func captureLastsUntilTheHorizon() {
    let capture = Make.claim("a", by: "A", place: "gn:x", .government, .captured, "2020-01-01")
    let later = Make.claim("b", by: "B", place: "gn:x", .opposition, .holds, "2020-01-21")
    #expect(Reconciler(options: .init(horizonDays: 30, toleranceDays: 0)).reconcile([capture, later]).count == 1)
    #expect(Reconciler(options: .init(horizonDays: 10, toleranceDays: 0)).reconcile([capture, later]).isEmpty)
  }

  @Test func rejectedAndUntimedClaimsTakeNoPart() {
    var untimed = holds("b", "B", .opposition, "2020-01-01")
    untimed.when = nil
    let claims = [
      holds("a", "A", .government, "2020-01-01"), holds("c", "C", .opposition, "2020-01-01"),
      untimed,
    ]
    var rejected = claims
    rejected[1].status = .rejected
    #expect(exact.reconcile(rejected).isEmpty)
    // An untimed claim falls back to its publication day.
    untimed.reportedBy.published = Make.day("2020-01-01")
    #expect(Make.pairs(exact.reconcile([claims[0], untimed])) == [["a", "b"]])
  }

  @Test func pairsGroupIntoOneConflictPerPlaceAndPeriod() {
    let claims = [
      holds("a", "A", .government, "2020-01-01"), holds("b", "B", .opposition, "2020-01-01"),
      holds("c", "C", .opposition, "2020-01-01"),
      holds("d", "A", .government, "2020-06-01"), holds("e", "B", .opposition, "2020-06-01"),
    ]
    let conflicts = exact.reconcile(claims)
    #expect(conflicts.count == 2)
    let big = conflicts.first { $0.claims.count == 3 }
    #expect(big?.priority.voices == 3)
    #expect(big?.sides.first { $0.side == .opposition }?.claims == ["b", "c"])
  }

  @Test func priorityShowsItsReasonsAndRecency() throws {
    let r = Reconciler(options: .init(toleranceDays: 0, asOf: Make.day("2020-01-10")))
    let c = try #require(
      r.reconcile([holds("a", "A", .government, "2020-01-01"), holds("b", "B", .isis, "2020-01-01")]).first)
    #expect(c.priority.score == 20 + 20 + 6 + 2)
    #expect(c.priority.reasons.count == 4)
    #expect(c.priority.reasons[1].contains("9 days before 2020-01-10"))
  }
}

@Suite struct ConflictIDTests {
  let base = [
    Make.claim("a", by: "A", place: "gn:x", .government, .holds, "2020-01-01"),
    Make.claim("b", by: "B", place: "gn:x", .opposition, .holds, "2020-01-01"),
  ]

  @Test func idIsStableWhenUnrelatedClaimsAreAdded() throws {
    let before = try #require(Reconciler().reconcile(base).first)
    let unrelated = [
      Make.claim("0", by: "C", place: "gn:y", .government, .holds, "2020-01-01"),
      Make.claim("1", by: "D", place: "gn:y", .opposition, .holds, "2020-01-01"),
      Make.claim("2", by: "E", place: "gn:x", .opposition, .holds, "2021-05-01"),
    ]
    let after = Reconciler().reconcile(unrelated + base)
    #expect(after.count == 2)
    #expect(after.contains { $0.id == before.id && $0.claims == ["a", "b"] })
    #expect(before.id.rawValue.hasPrefix("C-") && before.id.rawValue.count == 14)
  }

  @Test func idIsStableWhenInputOrderChanges() {
    let ids1 = Reconciler().reconcile(base).map(\.id)
    let ids2 = Reconciler().reconcile(base.reversed()).map(\.id)
    #expect(ids1 == ids2)
  }

  @Test func idIsKeptWhenALaterClaimJoins() throws {
    let before = try #require(Reconciler().reconcile(base).first)
    let joined = Reconciler().reconcile(base + [Make.claim("z", by: "Z", place: "gn:x", .isis, .holds, "2020-01-01")])
    #expect(joined.count == 1)
    #expect(joined.first?.id == before.id)
    #expect(joined.first?.claims == ["a", "b", "z"])
  }

  @Test func idDependsOnPlaceAndClaims() {
    let a = Conflict.makeID(place: "gn:x", foundingPair: ("a", "b"))
    #expect(a != Conflict.makeID(place: "gn:y", foundingPair: ("a", "b")))
    #expect(a != Conflict.makeID(place: "gn:x", foundingPair: ("a", "c")))
    #expect(a == Conflict.makeID(place: "gn:x", foundingPair: ("a", "b")))
    // Pinned: the id scheme is part of the workspace format.
    #expect(FNV1a64.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
  }
}
