import ContestedKit
import Testing

/// A literal O(n²) transcription of the conflict rule, independent of the reconciler's sweep.
enum BruteReconciler {
  static func pairs(_ assertions: [ControlAssertion], hierarchy: any PlaceHierarchy) -> [ConflictPair] {
    func regions(_ a: ControlAssertion) -> Set<PlaceID> {
      var r = Set(hierarchy.regions(containing: a.place))
      if let own = a.claimRegion, own != a.place { r.insert(own) }
      return r
    }
    var out = Set<ConflictPair>()
    for i in 0..<assertions.count {
      for j in (i + 1)..<max(i + 1, assertions.count) {
        let x = assertions[i]
        let y = assertions[j]
        if x.claim == y.claim { continue }
        guard x.window.from <= y.window.to && y.window.from <= x.window.to else { continue }
        // What is incompatible is the one predicate's business (its rules: ConflictRuleTests); this checks how the
        // sweep enumerates the pairs it is asked about.
        guard x.isIncompatible(with: y) else { continue }
        var meets: [(PlaceID, Bool)] = []  // (place, via region)
        if x.place == y.place {
          if !(x.scope == .partial && y.scope == .partial) { meets.append((x.place, false)) }
        }
        if regions(x).contains(y.place) && y.scope == .whole { meets.append((y.place, true)) }
        if regions(y).contains(x.place) && x.scope == .whole { meets.append((x.place, true)) }
        for (place, via) in meets {
          let kind: ConflictKind =
            x.voice == y.voice
            ? .selfContradiction
            : (via || x.isAggregate || y.isAggregate)
              ? .aggregate
              : (x.stance == .asserts && y.stance == .asserts ? .contradiction : .denial)
          out.insert(ConflictPair(x.claim, y.claim, place: place, kind: kind))
        }
      }
    }
    return out.sorted()
  }
}

/// A small deterministic generator (SplitMix64) so failures reproduce from the seed.
struct SplitMix {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  mutating func pick<T>(_ xs: [T]) -> T { xs[int(xs.count)] }
}

@Suite struct ReconcilerPropertyTests {
  static let idAlphabet = ["a", "b", "Z", "0", "9", "é", "日", "ü", "-", "_", "~"]

  func randomClaims(_ rng: inout SplitMix, count: Int) -> [Claim] {
    let places = ["gn:1", "gn:2", "gn:3", "region:r", "region:top", "gn:4"]
    let sides: [Side] = [.government, .opposition, .isis, .kurdish]
    let events: [ControlEvent] = ControlEvent.allKnown
    var ids = Set<String>()
    var claims: [Claim] = []
    while claims.count < count {
      var id = ""
      for _ in 0..<(1 + rng.int(3)) { id += rng.pick(Self.idAlphabet) }
      id += String(rng.int(100))
      guard ids.insert(id).inserted else { continue }
      let from = Day(iso: "2020-01-01")!.adding(days: rng.int(40))
      let to = from.adding(days: rng.pick([0, 0, 1, 2, 5]))
      let place = rng.pick(places)
      let quantity: Quantity? =
        place.hasPrefix("region") ? rng.pick([nil, Quantity(isAll: true), Quantity(count: 3)]) : nil
      var claim = Make.claim(
        id, by: rng.pick(["s1", "s2", "s3", "s4"]), place: place,
        region: rng.int(4) == 0 ? "region:r" : nil, rng.pick(sides), rng.pick(events), "2020-01-01",
        stance: rng.int(3) == 0 ? .denies : .asserts, quantity: quantity)
      claim.when = TimeSpan(from: from, to: to, precision: .range)
      claims.append(claim)
    }
    return claims
  }

  @Test(arguments: 0..<60)
  func sweepMatchesBruteForce(seed: Int) {
    var rng = SplitMix(state: UInt64(seed) &* 7919 &+ 17)
    let hierarchy = DictionaryPlaceHierarchy([
      "gn:1": ["region:r"], "gn:2": ["region:r"], "region:r": ["region:top"], "gn:3": ["region:top"],
    ])
    let options = Reconciler.Options(horizonDays: rng.pick([0, 3, 60]), toleranceDays: rng.pick([0, 1, 2]))
    let reconciler = Reconciler(hierarchy: hierarchy, options: options)
    let claims = randomClaims(&rng, count: 20 + rng.int(150))
    let assertions = ControlAssertion.derive(from: claims, options: options)
    let fast = reconciler.pairs(among: assertions)
    let brute = BruteReconciler.pairs(assertions, hierarchy: hierarchy)
    #expect(fast == brute, "seed \(seed): \(fast.count) vs \(brute.count) pairs")
    // Every pair ends up in exactly one conflict, and the conflicts' pairs are exactly the pairs.
    let conflicts = reconciler.conflicts(from: assertions, claims: claims)
    #expect(conflicts.flatMap(\.pairs).sorted() == fast)
    #expect(Set(conflicts.map(\.id)).count == conflicts.count)
  }

  @Test func conflictIDsSurviveAddingUnrelatedClaims() {
    var rng = SplitMix(state: 99)
    let claims = randomClaims(&rng, count: 80)
    let before = Reconciler().reconcile(claims)
    // Unrelated: another place, never in the hierarchy.
    var extra = randomClaims(&rng, count: 40)
    for i in extra.indices {
      extra[i].id = ClaimID(rawValue: "x-" + extra[i].id.rawValue)
      extra[i].place = PlaceRef(id: "gn:elsewhere", text: "Elsewhere")
    }
    let after = Reconciler().reconcile(extra + claims)
    let afterByID = Dictionary(uniqueKeysWithValues: after.map { ($0.id, $0) })
    for c in before {
      #expect(afterByID[c.id]?.claims == c.claims)
    }
  }
}
