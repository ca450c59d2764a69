/// The review rules (docs/review.md): which action is allowed in which phase, by whom, with what verdict.
///
///     open ──assign──► in review ──resolve──► resolved                (no approval required)
///       │                  │        └───────► awaiting approval ──approve (another reviewer)──► resolved
///       └──resolve─────────┘──unresolvable──► unresolvable
///     resolved / awaiting approval / unresolvable ──reopen, or a new claim joins──► open
///
/// Comments are allowed in every phase. A conflict in review can be decided only by its assignee.
public enum ReviewWorkflow {
  /// Checks an action against the current review; throws a ``ReviewError`` that says why it is refused.
  /// - Parameters:
  ///   - event: the action to record (its `by` is the actor).
  ///   - review: the conflict's current review (after automatic reopening).
  ///   - claims: the conflict's current claims.
  ///   - requireApproval: whether the workspace requires a second reviewer's approval.
  public static func check(
    _ event: ReviewEvent, by actor: String, on review: ConflictReview, claims: [ClaimID], requireApproval: Bool
  ) throws(ReviewError) {
    let c = review.conflict
    let phase = review.phase
    func refuse(_ hint: String) -> ReviewError {
      .notAllowed(conflict: c, action: event.action, phase: phase, hint: hint)
    }
    func ownerCheck() throws(ReviewError) {
      if phase == .inReview, let a = review.assignee, a != actor {
        throw .assignedToOther(conflict: c, assignee: a, actor: actor)
      }
    }
    switch event.action {
    case .assigned:
      guard let to = event.assignee, !to.trimmed.isEmpty else {
        throw .emptyText(field: "--to", purpose: "name the reviewer who takes the conflict")
      }
      guard phase == .open || phase == .inReview else {
        throw refuse("Reopen it first ('contested review reopen \(c) --note …').")
      }
    case .resolved:
      guard phase == .open || phase == .inReview else {
        throw refuse(
          phase == .awaitingApproval
            ? "Its verdict awaits a second reviewer's approval ('contested review approve \(c)'), or reopen it."
            : "Reopen it first ('contested review reopen \(c) --note …').")
      }
      try ownerCheck()
      guard let v = event.verdict else { throw .emptyText(field: "the verdict", purpose: "rule on each claim") }
      try checkVerdict(v, conflict: c, claims: claims)
    case .unresolvable:
      guard phase == .open || phase == .inReview else {
        throw refuse("Reopen it first ('contested review reopen \(c) --note …').")
      }
      try ownerCheck()
      guard let n = event.note, !n.trimmed.isEmpty else {
        throw .emptyText(field: "--note", purpose: "say why the conflict cannot be decided")
      }
    case .reopened:
      guard phase.isDecided else { throw refuse("Only a decided conflict can be reopened.") }
      guard let n = event.note, !n.trimmed.isEmpty else {
        throw .emptyText(field: "--note", purpose: "say why the conflict is reopened")
      }
    case .commented:
      guard let n = event.note, !n.trimmed.isEmpty else {
        throw .emptyText(field: "the comment text", purpose: "write the comment")
      }
    case .approved:
      guard phase == .awaitingApproval || phase == .resolved, let v = review.verdictEvent else {
        throw refuse("Only a verdict can be approved; resolve it first.")
      }
      if v.by == actor { throw .ownVerdict(conflict: c, reviewer: actor) }
      if review.approvals.contains(where: { $0.by == actor }) { throw .alreadyApproved(conflict: c, reviewer: actor) }
      _ = requireApproval
    }
  }

  /// Checks that a verdict rules on exactly the conflict's claims and has a rationale.
  public static func checkVerdict(_ v: Verdict, conflict c: ConflictID, claims: [ClaimID]) throws(ReviewError) {
    let members = Set(claims)
    for id in v.claims where !members.contains(id) {
      throw .claimNotInConflict(conflict: c, claim: id.rawValue, members: claims)
    }
    let missing = claims.filter { v.rulings[$0] == nil }
    if !missing.isEmpty { throw .claimsWithoutRuling(conflict: c, claims: missing) }
    if v.rationale.trimmed.isEmpty {
      throw .emptyText(
        field: "--rationale", purpose: "say why, so a second reviewer and an editor can check the verdict")
    }
  }

  /// Warnings about a verdict that contradicts itself: an upheld claim that says another side held the place.
  public static func inconsistencies(_ v: Verdict, claims: [ClaimID: Claim]) -> [String] {
    guard v.heldBy != .contested && v.heldBy != .unknown else { return [] }
    var out: [String] = []
    for id in v.claims(.upheld) {
      guard let claim = claims[id] else { continue }
      let side = claim.controller.side
      if claim.stance == .asserts && side != v.heldBy && side != .contested && side != .unknown {
        out.append("\(id) is upheld but says \(side) held \(claim.place.text), while the verdict says \(v.heldBy) did")
      } else if claim.stance == .denies && side == v.heldBy {
        out.append("\(id) is upheld but denies that \(side) held \(claim.place.text), while the verdict says it did")
      }
    }
    return out
  }
}
