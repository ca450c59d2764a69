/// Why a review action was refused. Nothing is written when one is thrown.
public enum ReviewError: Error, Equatable, Sendable, CustomStringConvertible, ClassifiedError {
  /// The action is not allowed in the conflict's current phase.
  case notAllowed(conflict: ConflictID, action: ReviewAction, phase: ReviewPhase, hint: String)
  /// The conflict is assigned to someone else.
  case assignedToOther(conflict: ConflictID, assignee: String, actor: String)
  /// A reviewer tried to approve their own verdict.
  case ownVerdict(conflict: ConflictID, reviewer: String)
  /// The reviewer already approved this verdict.
  case alreadyApproved(conflict: ConflictID, reviewer: String)
  /// The verdict names a claim that is not in the conflict.
  case claimNotInConflict(conflict: ConflictID, claim: String, members: [ClaimID])
  /// The verdict leaves claims without a ruling.
  case claimsWithoutRuling(conflict: ConflictID, claims: [ClaimID])
  /// A claim was given two different rulings.
  case conflictingRulings(claim: ClaimID)
  /// Required text is missing or blank.
  case emptyText(field: String, purpose: String)
  /// The conflict changed since the reviewer read it (optimistic concurrency).
  case stale(conflict: ConflictID, expected: Int, current: Int, changes: [String])

  /// The message shown to the reviewer.
  public var description: String {
    switch self {
    case .notAllowed(let c, let a, let p, let hint):
      return "cannot \(a.verb) \(c): it is \(p.rawValue). \(hint)"
    case .assignedToOther(let c, let assignee, let actor):
      return "\(c) is assigned to \(assignee), not \(actor); only \(assignee) can decide it "
        + "(or run 'contested review assign \(c) --to \(actor)' first)."
    case .ownVerdict(let c, let r):
      return "\(r) cannot approve their own verdict on \(c); a second reviewer must approve it."
    case .alreadyApproved(let c, let r):
      return "\(r) has already approved the verdict on \(c)."
    case .claimNotInConflict(let c, let claim, let members):
      return
        "claim '\(claim)' is not in conflict \(c); its claims are \(members.map(\.rawValue).joined(separator: ", "))."
    case .claimsWithoutRuling(let c, let claims):
      return "the verdict on \(c) does not rule on \(claims.map(\.rawValue).joined(separator: ", ")); mark each claim "
        + "with --uphold, --refute or --unverifiable (or --others RULING)."
    case .conflictingRulings(let claim):
      return "claim \(claim) was given two different rulings; give each claim one."
    case .emptyText(let field, let purpose):
      return "\(field) is required and must not be empty: \(purpose)."
    case .stale(let c, let expected, let current, let changes):
      let what = changes.isEmpty ? "its claims changed" : changes.joined(separator: "; ")
      return "conflict \(c) changed since you read it (version \(expected), now \(current)): \(what); "
        + "run 'contested review show \(c)' and try again."
    }
  }

  /// Usage errors, except a stale version, which is a conflict with someone else's change.
  public var failureClass: FailureClass {
    if case .stale = self { return .conflict }
    return .usage
  }
}

extension ReviewAction {
  /// The verb for "cannot … C-x".
  var verb: String {
    switch self {
    case .assigned: "assign"
    case .resolved: "resolve"
    case .unresolvable: "mark unresolvable"
    case .reopened: "reopen"
    case .commented: "comment on"
    case .approved: "approve the verdict on"
    }
  }
}
