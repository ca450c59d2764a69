/// Whose interest a claim serves: the basis of the admission-against-interest weighting.
///
/// A side that reports its own loss, or the enemy's gain, says something it would rather not say; such a claim
/// is harder to explain by motive than a side claiming its own gain or denying its own loss.
public enum ClaimInterest: UInt8, CaseIterable, Sendable {
  /// The claimant is an observer (media, monitor, unknown) or the statement concerns no side of theirs.
  case neutral = 0
  /// The claimant's side reports its own loss or the enemy's gain.
  case againstInterest = 1
  /// The claimant's side reports its own gain or denies its own loss.
  case selfServing = 2

  /// Sides that speak for no party to the fighting.
  static let observers: Set<Side> = [.media, .independentMonitor, .unknown, .other, .contested]

  /// The interest of a statement "`side` holds" (`stance` asserts) or "does not hold" (denies), made by a claimant
  /// of `claimant` side. `allied(x, y)` says whether two sides fight on the same side (a side is its own ally).
  public static func of(
    claimant: Side?, side: Side, stance: Stance, allied: (Side, Side) -> Bool = { $0 == $1 }
  ) -> ClaimInterest {
    guard let claimant, !observers.contains(claimant) else { return .neutral }
    if side == .contested { return .neutral }
    let own = allied(claimant, side)
    switch stance {
    case .asserts: return own ? .selfServing : .againstInterest
    case .denies: return own ? .againstInterest : .selfServing
    }
  }

  /// The interest of an assertion derived from `claim`: the claimant's side and the asserted side are allies when
  /// `allied` says so or when they share a coalition in the claim's theatre (``Coalitions``; the assertion's
  /// `camp` is the asserted side's), so an allied outlet reporting its ally's gain is self-serving, not an admission.
  /// `grouped`: the sides some theatre groups (the claim's theatre is looked up only when both sides are).
  static func of(
    claim: Claim, assertion a: ControlAssertion, coalitions: Coalitions, grouped: Set<Side>,
    allied: (Side, Side) -> Bool
  ) -> ClaimInterest {
    guard let claimant = claim.claimant.side, !observers.contains(claimant), a.side != .contested else {
      return .neutral
    }
    let own =
      claimant == a.side || allied(claimant, a.side)
      || (grouped.contains(claimant) && grouped.contains(a.side) && coalitions.camp(of: claimant, in: claim) == a.camp)
    return of(claimant: claimant, side: a.side, stance: a.stance) { _, _ in own }
  }
}
