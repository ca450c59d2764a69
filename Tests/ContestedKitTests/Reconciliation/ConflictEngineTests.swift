import ContestedKit
import Testing

/// The one conflict engine against the reference grouping (every pair enumerated, then grouped), and its cost with
/// many claims about one place.
struct ConflictEngineTests {
  /// Random claims as in the sweep property test, some of them told by one report (so the one-report rule runs).
  func claims(seed: Int) -> (Reconciler, [Claim]) {
    var rng = SplitMix(state: UInt64(seed) &* 104_729 &+ 3)
    let hierarchy = DictionaryPlaceHierarchy([
      "gn:1": ["region:r"], "gn:2": ["region:r"], "region:r": ["region:top"], "gn:3": ["region:top"],
    ])
    let options = Reconciler.Options(horizonDays: rng.pick([0, 3, 60]), toleranceDays: rng.pick([0, 1, 2]))
    var claims = ReconcilerPropertyTests().randomClaims(&rng, count: 10 + rng.int(120))
    for i in claims.indices where rng.int(3) == 0 {
      claims[i].reportedBy.article = ArticleID(rawValue: "article-\(rng.int(4))")
    }
    return (Reconciler(hierarchy: hierarchy, options: options), claims)
  }

  @Test(arguments: 0..<200)
  func theEngineGivesExactlyTheReferenceConflicts(seed: Int) {
    let (reconciler, claims) = claims(seed: seed)
    let assertions = ControlAssertion.derive(from: claims, options: reconciler.options)
    let got = reconciler.conflicts(from: assertions, claims: claims)
    let want = ReferenceReconciler.conflicts(reconciler, from: assertions, claims: claims)
    #expect(got.map(ReferenceReconciler.Shape.init) == want, "seed \(seed)")
    #expect(got.allSatisfy { $0.pairCount == $0.pairs.count })
  }

  /// Finding 5 of the reliability issue: 5,000 claims about one place made every report take 25 s and 1.7 GB,
  /// because every contradicting pair (millions) was kept and printed. The conflict keeps its count and a bounded
  /// list; its claims and window are those of all the pairs.
  @Test func manyClaimsAboutOnePlaceKeepABoundedListOfPairs() {
    let n = 1_000
    let claims = (0..<n).map { i in
      Make.claim(
        "c\(i)", by: "source \(i)", place: "gn:aleppo", i % 2 == 0 ? .government : .opposition, .holds,
        "2016-03-0\(1 + i % 5)")
    }
    let conflicts = Reconciler(options: .init(toleranceDays: 5)).reconcile(claims)
    #expect(conflicts.count == 1)
    let c = conflicts[0]
    #expect(c.claims.count == n)
    #expect(c.pairCount == (n / 2) * (n / 2))
    #expect(c.pairs.count == Conflict.listedPairLimit)
    #expect(c.window == TimeSpan(from: Day(iso: "2016-02-25")!, to: Day(iso: "2016-03-10")!, precision: .range))
    // The JSON report lists the bounded pairs and says how many there are: its size is linear in the claims.
    let json = ConflictReport(conflicts: conflicts, claims: claims).render(.json)
    #expect(json.contains("\"pairCount\": \(n / 2 * n / 2)"))
    #expect(json.utf8.count < 600 * n)
  }
}
