/// Where a conflict stands in review, in more detail than ``ConflictStatus``.
public enum ReviewPhase: String, CaseIterable, Sendable, Codable {
  /// Nobody is on it.
  case open
  /// Assigned to a reviewer.
  case inReview = "in-review"
  /// A verdict exists but the workspace requires a second reviewer's approval before it is final.
  case awaitingApproval = "awaiting-approval"
  /// A final verdict.
  case resolved
  /// The reviewer found no way to decide.
  case unresolvable

  /// The reconciler-level status: a verdict awaiting approval is still in review.
  public var conflictStatus: ConflictStatus {
    switch self {
    case .open: .open
    case .inReview, .awaitingApproval: .inReview
    case .resolved: .resolved
    case .unresolvable: .unresolvable
    }
  }

  /// Whether the conflict has been decided (finally or pending approval).
  public var isDecided: Bool { self == .awaitingApproval || self == .resolved || self == .unresolvable }
}

/// When and by whom a claim last changed in the ledger (added, accepted, edited): the moment it may have joined
/// a conflict.
public struct ClaimStamp: Hashable, Sendable {
  /// The ledger line.
  public var seq: Int
  /// When.
  public var at: String
  /// Who, when recorded.
  public var by: String?
  /// `claim.added`, `claim.status`, `claim.edited` or `batch.commit`.
  public var type: String

  /// Creates a stamp.
  public init(seq: Int, at: String, by: String?, type: String) {
    self.seq = seq
    self.at = at
    self.by = by
    self.type = type
  }

  /// "added", "accepted or re-classified", "edited".
  public var verb: String {
    switch type {
    case LedgerEventType.claimStatus: "had its status changed"
    case LedgerEventType.claimEdited: "was edited"
    case LedgerEventType.batchCommit: "was imported"
    default: "was added"
    }
  }
}

/// One line of a conflict's history: a review action, a claim joining, or an automatic reopening.
public struct ReviewHistoryItem: Hashable, Sendable {
  /// What kind of line this is.
  public enum Kind: String, Sendable, CaseIterable {
    /// A recorded review action (see ``ReviewHistoryItem/action``).
    case action
    /// A claim entered (or changed within) the conflict after review began.
    case claimChanged = "claim-changed"
    /// The verdict no longer covered the conflict's claims, so it was reopened.
    case reopenedAutomatically = "reopened-automatically"
  }

  /// The kind.
  public var kind: Kind
  /// The ledger line it comes from.
  public var seq: Int
  /// When.
  public var at: String
  /// Who (for a claim change: who recorded the claim, if known).
  public var by: String?
  /// The review action, for `.action`.
  public var action: ReviewAction?
  /// The claim, for `.claimChanged` and `.reopenedAutomatically`.
  public var claim: ClaimID?
  /// One readable sentence.
  public var summary: String

  /// The history line of a review event.
  public init(_ e: ReviewEvent) {
    self.init(
      kind: .action, seq: e.seq, at: e.at, by: e.by, action: e.action, claim: nil,
      summary: ConflictReview.summary(of: e))
  }

  init(kind: Kind, seq: Int, at: String, by: String?, action: ReviewAction?, claim: ClaimID?, summary: String) {
    self.kind = kind
    self.seq = seq
    self.at = at
    self.by = by
    self.action = action
    self.claim = claim
    self.summary = summary
  }
}

/// The review state of one conflict: a pure fold over its review events and its claims' ledger stamps.
public struct ConflictReview: Hashable, Sendable {
  /// The conflict's current id.
  public var conflict: ConflictID
  /// Other ids its review events used (the id changes when a claim with a smaller id joins).
  public var formerIDs: [ConflictID] = []
  /// The phase.
  public var phase: ReviewPhase = .open
  /// The reviewer it is assigned to (in review).
  public var assignee: String?
  /// The verdict in force or awaiting approval.
  public var verdict: Verdict?
  /// The `review.resolved` event of that verdict.
  public var verdictEvent: ReviewEvent?
  /// Approvals of the current verdict.
  public var approvals: [ReviewEvent] = []
  /// The claims the last decision (verdict or unresolvable) covered.
  public var covered: Set<ClaimID> = []
  /// The note of the last `unresolvable`.
  public var unresolvableNote: String?
  /// Why it was reopened, when the latest reopening was automatic or by hand.
  public var reopenReason: String?
  /// The version: the highest ledger line that touched the conflict (its review events and its claims' changes).
  /// An action must be based on the current version.
  public var version = 0
  /// Everything that happened, in ledger order.
  public var history: [ReviewHistoryItem] = []
  /// The review events alone, in ledger order.
  public var events: [ReviewEvent] = []

  /// A fresh, open review.
  public init(conflict: ConflictID) { self.conflict = conflict }

  /// The reconciler-level status.
  public var status: ConflictStatus { phase.conflictStatus }

  /// Records an event as it stands in the ledger (total: the ledger is the truth; checks happen before writing,
  /// in ``ReviewWorkflow/check(_:by:on:claims:requireApproval:)``).
  mutating func record(_ e: ReviewEvent, requireApproval: Bool) {
    events.append(e)
    switch e.action {
    case .assigned:
      phase = .inReview
      assignee = e.assignee
    case .resolved:
      verdict = e.verdict
      verdictEvent = e
      approvals = []
      covered = Set(e.verdict?.claims ?? e.claims)
      unresolvableNote = nil
      reopenReason = nil
      phase = requireApproval ? .awaitingApproval : .resolved
    case .unresolvable:
      phase = .unresolvable
      unresolvableNote = e.note
      covered = Set(e.claims)
      verdict = nil
      verdictEvent = nil
      approvals = []
      reopenReason = nil
    case .reopened:
      phase = .open
      assignee = nil
      verdict = nil
      verdictEvent = nil
      approvals = []
      covered = []
      reopenReason = "reopened by \(e.by) at \(e.at)" + (e.note.map { ": \($0)" } ?? "")
    case .commented:
      break
    case .approved:
      if verdict != nil {
        approvals.append(e)
        phase = .resolved
      }
    }
    history.append(
      ReviewHistoryItem(
        kind: .action, seq: e.seq, at: e.at, by: e.by, action: e.action, claim: nil, summary: Self.summary(of: e)))
  }

  /// A claim joined or changed at `stamp`; reopens a decided conflict whose decision does not cover it.
  mutating func claimChanged(_ claim: ClaimID, claimant: String?, stamp: ClaimStamp, reviewStarted: Bool) {
    let who = claimant.map { " (\($0))" } ?? ""
    let by = stamp.by.map { " by \($0)" } ?? ""
    if phase.isDecided && !covered.contains(claim) {
      let decided = verdictEvent.map { "the verdict of \($0.by) at \($0.at)" } ?? "the decision"
      let reason =
        "claim \(claim)\(who) \(stamp.verb)\(by) at \(stamp.at) and joined the conflict; \(decided) did not cover it"
      phase = .open
      assignee = nil
      verdict = nil
      verdictEvent = nil
      approvals = []
      reopenReason = "reopened automatically: " + reason
      history.append(
        ReviewHistoryItem(
          kind: .reopenedAutomatically, seq: stamp.seq, at: stamp.at, by: stamp.by, action: nil, claim: claim,
          summary: "reopened automatically: " + reason))
    } else if reviewStarted {
      history.append(
        ReviewHistoryItem(
          kind: .claimChanged, seq: stamp.seq, at: stamp.at, by: stamp.by, action: nil, claim: claim,
          summary: "claim \(claim)\(who) \(stamp.verb)\(by)"))
    }
  }

  /// One sentence for a review event.
  public static func summary(of e: ReviewEvent) -> String {
    switch e.action {
    case .assigned:
      return "\(e.by) assigned it to \(e.assignee ?? "?")" + (e.note.map { ": \($0)" } ?? "")
    case .resolved:
      guard let v = e.verdict else { return "\(e.by) resolved it" }
      var parts: [String] = []
      for r in ClaimRuling.allCases {
        let ids = v.claims(r)
        if !ids.isEmpty { parts.append("\(r.rawValue) \(ids.map(\.rawValue).joined(separator: ", "))") }
      }
      return "\(e.by) resolved it: held by \(v.heldBy), confidence \(v.confidence.rawValue); "
        + parts.joined(separator: "; ") + "; rationale: \(v.rationale)"
    case .unresolvable:
      return "\(e.by) marked it unresolvable: \(e.note ?? "")"
    case .reopened:
      return "\(e.by) reopened it" + (e.note.map { ": \($0)" } ?? "")
    case .commented:
      return "\(e.by) commented: \(e.note ?? "")"
    case .approved:
      return "\(e.by) approved the verdict" + (e.note.map { ": \($0)" } ?? "")
    }
  }
}
