import Testing

@testable import ContestedKit

/// Claims for the estimator: one claim per (claimant, place), all on one day, like the truth benchmark.
private struct EstimationDesk {
  var claims: [Claim] = []

  mutating func say(
    _ claimant: String, _ place: String, _ side: Side, side claimantSide: Side? = nil,
    stance: Stance = .asserts, day: String = "2020-01-01"
  ) {
    let id = ClaimID(rawValue: "c\(claims.count + 10_000)")
    claims.append(
      Claim(
        id: id, claimant: Claimant(name: claimant, side: claimantSide),
        place: PlaceRef(id: PlaceID(rawValue: place), text: place),
        controller: ControllerRef(side: side), stance: stance, event: .holds, when: .day(Day(iso: day)!),
        origin: .imported, status: .accepted))
  }

  func cell(_ e: TruthEstimate, _ place: String) -> CellEstimate {
    e.cells.first { $0.place.rawValue == place }!
  }
}

private let sides: [Side] = [.government, .opposition, .kurdish, .isis]

/// A deterministic pseudo-random sequence (xorshift), so tests need no seeds from the clock.
private struct Dice {
  var state: UInt64
  mutating func next() -> Double {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Double(state % 1_000_000) / 1_000_000
  }
}

@Suite struct TruthEstimatorTests {
  /// Five independent voices of accuracy 0.7 over 60 places; `copier` repeats `original` everywhere, errors and all.
  fileprivate func crowd(copier: String?, original: String = "alpha") -> EstimationDesk {
    var desk = EstimationDesk()
    var dice = Dice(state: 0x9E37_79B9_7F4A_7C15)
    for p in 0..<60 {
      let truth = sides[p % 4]
      for name in ["alpha", "bravo", "charlie", "delta", "echo"] where dice.next() < 0.6 || name == original {
        let side = dice.next() < 0.7 ? truth : sides[(p + 1 + Int(dice.next() * 3)) % 4]
        desk.say(name, "p\(p)", side)
        if name == original, let copier { desk.say(copier, "p\(p)", side) }
      }
    }
    return desk
  }

  @Test func twoSourcesThatCopyEachOtherCountAsOneVoice() {
    var copied = crowd(copier: "alpha-echo")
    // The test window: the pair against one independent voice.
    copied.say("alpha", "q", .government)
    copied.say("alpha-echo", "q", .government)
    copied.say("bravo", "q", .opposition)
    let e = TruthEstimator().estimate(claims: copied.claims)
    let relation = e.copies.first { Set([$0.copier, $0.original]) == ["alpha", "alpha-echo"] }
    #expect(relation != nil && relation!.probability > 0.9)
    let q = copied.cell(e, "q")
    let government = q.alternatives.first { $0.side == .government }!
    #expect(government.voices > 0.9 && government.voices < 1.3, "\(government.voices)")
    #expect(q.reasons.contains { $0.contains("appears to copy") }, "\(q.reasons)")
    // Without the copier, two independent voices for government weigh more than the copying pair.
    var independent = crowd(copier: nil)
    independent.say("alpha", "q", .government)
    independent.say("foxtrot", "q", .government)
    independent.say("bravo", "q", .opposition)
    let f = TruthEstimator().estimate(claims: independent.claims)
    let twoVoices = independent.cell(f, "q").alternatives.first { $0.side == .government }!
    #expect(twoVoices.voices > 1.9)
    #expect(twoVoices.probability > government.probability + 0.05)
  }

  @Test func aVerdictMovesTheEstimateAndTheSourcesReliability() {
    var desk = crowd(copier: nil)
    desk.say("alpha", "q", .government)
    desk.say("bravo", "q", .opposition)
    let before = TruthEstimator().estimate(claims: desk.claims)
    let ids = desk.claims.suffix(2).map(\.id)
    let label = TruthEstimator.Label(place: "q", claims: ids, heldBy: .opposition)
    let rulings: [ClaimID: ClaimRuling] = [ids[0]: .refuted, ids[1]: .upheld]
    let after = TruthEstimator().estimate(claims: desk.claims, rulings: rulings, labels: [label])
    let q = desk.cell(after, "q")
    #expect(q.holder == .opposition && q.probability == 1 && q.verdict == .opposition)
    #expect(q.reasons.first?.contains("verdict") == true)
    func reliability(_ e: TruthEstimate, _ voice: String) -> SourceReliability {
      e.sources.first { $0.voice == voice }!
    }
    #expect(reliability(after, "alpha").reliability < reliability(before, "alpha").reliability)
    #expect(reliability(after, "bravo").reliability > reliability(before, "bravo").reliability)
    #expect(reliability(after, "bravo").verdicts == 1)
  }

  @Test func anAdmissionAgainstInterestOutweighsASelfServingClaim() {
    var desk = EstimationDesk()
    // Two government-side voices of equal standing (no track record): one claims its own side holds the place,
    // the other admits the opposition holds it.
    desk.say("Syrian army", "q", .government, side: .government)
    desk.say("Syrian state media", "q", .opposition, side: .government)
    let e = TruthEstimator().estimate(claims: desk.claims)
    let q = desk.cell(e, "q")
    #expect(q.best == .opposition, "\(q.alternatives)")
    #expect(q.reasons.contains { $0.contains("admission against interest") })
    #expect(q.reasons.contains { $0.contains("self-serving") })
    // Said by observers, the same two claims tie.
    var neutral = EstimationDesk()
    neutral.say("monitor one", "q", .government, side: .independentMonitor)
    neutral.say("monitor two", "q", .opposition, side: .independentMonitor)
    let n = neutral.cell(TruthEstimator().estimate(claims: neutral.claims), "q")
    #expect(abs(n.alternatives[0].probability - n.alternatives[1].probability) < 1e-9)
  }

  @Test func interestOfAStatement() {
    #expect(ClaimInterest.of(claimant: .government, side: .opposition, stance: .asserts) == .againstInterest)
    #expect(ClaimInterest.of(claimant: .government, side: .government, stance: .denies) == .againstInterest)
    #expect(ClaimInterest.of(claimant: .government, side: .government, stance: .asserts) == .selfServing)
    #expect(ClaimInterest.of(claimant: .opposition, side: .government, stance: .denies) == .selfServing)
    #expect(ClaimInterest.of(claimant: .media, side: .government, stance: .asserts) == .neutral)
    #expect(ClaimInterest.of(claimant: nil, side: .government, stance: .asserts) == .neutral)
  }

  @Test func theSameInputGivesTheSameBytes() {
    let desk = crowd(copier: "alpha-echo")
    func render() -> String {
      EstimateRenderer.render(TruthEstimator().estimate(claims: desk.claims).cells, format: .jsonl)
    }
    let first = render()
    #expect(!first.isEmpty)
    #expect(render() == first)
  }

  @Test func undeterminedBelowTheConfidence() {
    var desk = EstimationDesk()
    desk.say("a", "q", .government)
    desk.say("b", "q", .opposition)
    var options = TruthEstimator.Options()
    options.confidence = 0.9
    let q = desk.cell(TruthEstimator(options: options).estimate(claims: desk.claims), "q")
    #expect(q.holder == .undetermined && !q.isDetermined)
    #expect(q.reasons.last?.contains("below the chosen confidence") == true)
  }

  @Test func windowsFollowChangesOfHands() {
    var desk = EstimationDesk()
    desk.say("a", "q", .government, day: "2020-01-01")
    desk.say("b", "q", .government, day: "2020-01-02")
    desk.say("a", "q", .opposition, day: "2020-03-01")
    let e = TruthEstimator().estimate(claims: desk.claims)
    #expect(e.cells.map(\.window.from.iso) == ["2019-12-31", "2020-02-29"])
    #expect(e.cells.map(\.best) == [.government, .opposition])
  }

  @Test func statedAttributionIsACopy() {
    var desk = EstimationDesk()
    desk.say("Anadolu", "q", .government)
    desk.say("Daily Sabah", "q", .government)
    desk.claims[0].reportedBy = Report(outlet: "Daily Sabah", chain: ["Daily Sabah", "Anadolu"])
    desk.say("Bravo", "q", .opposition)
    let e = TruthEstimator().estimate(claims: desk.claims)
    let r = e.copies.first { $0.isExplicit }
    #expect(r?.copier == "daily sabah" && r?.original == "anadolu")
    let q = desk.cell(e, "q")
    #expect(q.alternatives.first { $0.side == .government }!.voices == 1)
  }

  @Test func theEstimatorNeverChangesConflicts() {
    var desk = crowd(copier: "alpha-echo")
    desk.say("alpha", "q", .government)
    desk.say("bravo", "q", .opposition)
    let reconciler = Reconciler()
    let before = reconciler.reconcile(desk.claims)
    let e = TruthEstimator().estimate(claims: desk.claims)
    #expect(reconciler.reconcile(desk.claims) == before)
    #expect(!before.isEmpty)
    // Every conflict's claims are weighed in an estimate of its place.
    for c in before {
      let weighed = Set(e.cells.filter { $0.place == c.place }.flatMap(\.claims))
      #expect(Set(c.claims).isSubset(of: weighed))
    }
  }

  @Test func anAllyReportingItsAllysGainIsNoAdmission() {
    // Syria (a gn: place): Russia and the government are one coalition, so Russia saying the government holds the
    // place is self-serving; Russia saying the opposition holds it is an admission.
    var desk = EstimationDesk()
    desk.say("Russian MoD", "gn:1", .government, side: .russianGovernment)
    desk.say("Russian MoD", "gn:2", .opposition, side: .russianGovernment)
    desk.say("SOHR", "gn:1", .opposition, side: .independentMonitor)
    let e = TruthEstimator().estimate(claims: desk.claims)
    let ally = desk.cell(e, "gn:1").reasons
    #expect(ally.contains { $0.contains("self-serving") && $0.contains("Russian MoD") }, "\(ally)")
    #expect(!ally.contains { $0.contains("admission against interest") }, "\(ally)")
    let enemy = desk.cell(e, "gn:2").reasons
    #expect(enemy.contains { $0.contains("admission against interest") }, "\(enemy)")
    #expect(
      ClaimInterest.of(claimant: .russianGovernment, side: .government, stance: .asserts) { x, y in
        Set([x, y]) == [.russianGovernment, .government]
      } == .selfServing)
  }

  @Test func aGovernmentAndItsMinistryAreOneVoice() {
    var desk = crowd(copier: nil)
    desk.say("Russian Defence Ministry", "q", .government, side: .russianGovernment)
    desk.say("Kremlin", "q", .government, side: .russianGovernment)
    desk.say("bravo", "q", .opposition)
    let reconciler = Reconciler(registry: .default)
    let e = TruthEstimator().estimate(claims: desk.claims, reconciler: reconciler)
    #expect(e.sources.filter { $0.voice == "russian-government" }.count == 1)
    #expect(!e.sources.contains { $0.voice == "kremlin" || $0.voice == "russian defence ministry" })
    let government = desk.cell(e, "q").alternatives.first { $0.side == .government }!
    #expect(government.voices == 1, "\(government)")
    // Without the registry they are two voices.
    let apart = desk.cell(TruthEstimator().estimate(claims: desk.claims), "q")
    #expect(apart.alternatives.first { $0.side == .government }!.voices == 2)
  }

  @Test func voicesThatAllRepeatOneAnotherCountAboutOnce() {
    // Three voices saying one thing, each pair surely dependent, direction unknown: about one voice in all
    // (discounting each for both others would count them as less than one).
    var desk = EstimationDesk()
    for name in ["a", "b", "c"] { desk.say(name, "q", .government) }
    let options = TruthEstimator.Options()
    let problem = EstimationProblem(
      claims: desk.claims, assertions: ControlAssertion.derive(from: desk.claims), rulings: [:], labels: [],
      options: options, allied: { $0 == $1 })
    var model = TruthModel(problem: problem, options: options)
    var copies = CopyDetector.Result(table: PairTable(sources: 3))
    for (x, y) in [(0, 1), (0, 2), (1, 2)] {
      let slot = copies.slot(Int32(x), Int32(y))
      copies.shared[slot] = 10
      copies.dependence[slot] = 1
      copies.rate[slot] = 0.9
      copies.direction[slot] = 0.5
    }
    model.copies = copies
    let total = CopyDetector.independence(model: model).reduce(0, +)
    #expect(total >= 1 && total < 1.2, "\(total)")
  }

  @Test func manyIndependentVoicesAreNotCalledCopies() {
    // 40 independent voices of accuracy 0.6 over 200 places: agreement by chance only.
    var desk = EstimationDesk()
    var dice = Dice(state: 0x2545_F491_4F6C_DD1D)
    for p in 0..<200 {
      for v in 0..<40 where dice.next() < 0.15 {
        let side = dice.next() < 0.6 ? sides[p % 4] : sides[(p + 1 + Int(dice.next() * 3)) % 4]
        desk.say("v\(v)", "p\(p)", side)
      }
    }
    let e = TruthEstimator().estimate(claims: desk.claims)
    #expect(e.copies.isEmpty, "\(e.copies.map { "\($0.copier)→\($0.original)" })")
    // The pair prior shrinks with the number of voices (each copies at most one other).
    let options = TruthEstimator.Options()
    #expect(CopyDetector.pairPrior(options, voices: 3) == options.copyPrior)
    #expect(abs(CopyDetector.pairPrior(options, voices: 41) - options.copierShare / 40) < 1e-12)
  }
}
