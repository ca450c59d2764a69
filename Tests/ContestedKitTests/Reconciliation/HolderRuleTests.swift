import ContestedKit
import Testing

/// The one holder-and-stance rule that both the conflict engine and `contested check` ask (issue #17 item 1).
struct HolderRuleTests {
  /// SPEC.md's incompatibility, spelled out: both assert and the holders differ, or one asserts and the other denies
  /// the same holder.
  @Test(arguments: [
    (Stance.asserts, Stance.asserts, false, true), (.asserts, .asserts, true, false),
    (.asserts, .denies, true, true), (.asserts, .denies, false, false),
    (.denies, .asserts, true, true), (.denies, .asserts, false, false),
    (.denies, .denies, true, false), (.denies, .denies, false, false),
  ])
  func theRuleIsSpecIncompatibility(a: Stance, b: Stance, sameHolder: Bool, contradicts: Bool) {
    #expect(Stance.contradict(a, b, sameHolder: sameHolder) == contradicts)
    #expect(Stance.contradict(b, a, sameHolder: sameHolder) == contradicts)
  }

  /// The engine's predicate agrees with the rule on plain claims (no extent, mode or alliance).
  @Test func theEngineAsksTheSameRule() {
    let sides: [Side] = [.government, .opposition]
    for (i, a) in sides.enumerated() {
      for b in sides {
        for (sa, sb) in [
          (Stance.asserts, Stance.asserts), (.asserts, .denies), (.denies, .asserts), (.denies, .denies),
        ] {
          let claims = [
            Make.claim("x\(i)", by: "one", place: "gn:1", a, .holds, "2016-03-01", stance: sa),
            Make.claim("y\(i)", by: "two", place: "gn:1", b, .holds, "2016-03-01", stance: sb),
          ]
          let found = !Reconciler().reconcile(claims).isEmpty
          #expect(found == Stance.contradict(sa, sb, sameHolder: a == b), "\(a) \(sa) vs \(b) \(sb)")
        }
      }
    }
  }
}
