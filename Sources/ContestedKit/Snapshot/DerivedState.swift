/// What `report` needs of a workspace, derived from its ledger: the conflicts among the accepted claims (as
/// ``Reconciler/reconcile(_:)`` finds them, before reviews and place names), the claims they cite, those claims'
/// ledger stamps and the review events. Small beside the ledger (the claims outside conflicts are not kept), so a
/// command reads it from the snapshot in `cache/` instead of replaying and reconciling a million claims (pure).
public struct DerivedState: Sendable {
  /// The conflicts, highest priority first, every one open (reviews are folded in by ``annotatedConflicts``).
  public var conflicts: [Conflict]
  /// The claims the conflicts cite, in ledger order.
  public var claims: [Claim]
  /// When each cited claim last changed.
  public var stamps: [ClaimID: ClaimStamp]
  /// Ledger entries of types the claim state does not read (review events, future types), in ledger order.
  public var otherEntries: [LedgerEntry]
  /// The review events among ``otherEntries``.
  public private(set) var book: ReviewBook
  /// Sequence number of the last event covered.
  public var lastSeq: Int

  /// A state from its parts; the review book is read from `otherEntries`.
  public init(
    conflicts: [Conflict], claims: [Claim], stamps: [ClaimID: ClaimStamp], otherEntries: [LedgerEntry],
    lastSeq: Int
  ) throws(FieldError) {
    self.conflicts = conflicts
    self.claims = claims
    self.stamps = stamps
    self.otherEntries = otherEntries
    self.book = try ReviewBook(entries: otherEntries)
    self.lastSeq = lastSeq
  }

  /// Derives the state of a replayed ledger: reconciles its accepted claims with `reconciler`.
  public init(_ ledger: ReviewLedger, reconciler: Reconciler) {
    let found = reconciler.reconcile(ledger.workspace.acceptedClaims)
    var cited = Set<ClaimID>()
    for c in found { for s in c.sides { cited.formUnion(s.claims) } }
    conflicts = found
    claims = ledger.workspace.claims.filter { cited.contains($0.id) }
    stamps = ledger.stamps.filter { cited.contains($0.key) }
    otherEntries = ledger.workspace.otherEntries
    book = ledger.book
    lastSeq = ledger.workspace.lastSeq
  }

  /// Applies one entry of the ledger's tail (decoded by ``ReviewLedger/decode(_:)``). Review events and stored
  /// articles leave the conflicts as they are; an event that changes a claim returns false: the state must be
  /// derived again from the whole ledger.
  public mutating func applyTail(_ entry: LedgerEntry, _ decoded: ReviewLedger.Decoded) -> Bool {
    switch decoded.state {
    case .claimAdded, .batchCommit, .claimStatus, .claimEdited, .created: return false
    case .article: break
    case .other:
      otherEntries.append(entry)
      if let e = decoded.review { book.append(e) }
    }
    lastSeq = entry.seq
    return true
  }

  /// The conflicts with their review status (as ``ReviewBook/annotating(_:stamps:requireApproval:)``).
  public func annotatedConflicts(requireApproval: Bool) -> [Conflict] {
    book.annotating(conflicts, stamps: stamps, requireApproval: requireApproval)
  }
}
