/// Where a conflict stands after review, for the digest and the ClaimReview export.
public struct ConflictDecision: Hashable, Sendable {
  /// The conflict.
  public var conflict: ConflictID
  /// Its review status.
  public var status: ConflictStatus
  /// The verdict in force (resolved) or awaiting approval; nil otherwise.
  public var verdict: Verdict?
  /// Who recorded the verdict or marked it unresolvable.
  public var reviewer: String?
  /// When (ISO-8601 UTC timestamp, as in the ledger).
  public var at: String?
  /// The note of an `unresolvable` decision.
  public var note: String?

  /// Creates a decision.
  public init(
    conflict: ConflictID, status: ConflictStatus, verdict: Verdict? = nil, reviewer: String? = nil,
    at: String? = nil,
    note: String? = nil
  ) {
    self.conflict = conflict
    self.status = status
    self.verdict = verdict
    self.reviewer = reviewer
    self.at = at
    self.note = note
  }

  /// The day of `at`, if it starts with an ISO date.
  public var day: Day? { at.flatMap { Day(iso: $0.prefix(10)) } }
}
