/// Every review event of a workspace, and the review state of each current conflict (pure).
///
/// Review events name the conflict id they were taken on. A conflict's id is derived from its founding claim pair,
/// so it changes when a claim with a smaller id joins; events under an id that no longer exists follow the current
/// conflict that shares most claims with the claims they recorded (ties: the first conflict given, i.e. the highest
/// priority). Events whose claims are all gone stay in the log, attached to no conflict.
public struct ReviewBook: Sendable {
  /// The events, in ledger order.
  public private(set) var events: [ReviewEvent]

  /// A book of events (sorted into ledger order).
  public init(events: [ReviewEvent]) {
    self.events = events.sorted { $0.seq < $1.seq }
  }

  /// The review events among ledger entries (e.g. ``WorkspaceState/otherEntries``); other types are skipped.
  ///
  /// A book built this way has no claim stamps; pass `stamps: [:]` to ``annotating(_:stamps:requireApproval:)``
  /// and a decided conflict whose claims grew is still reopened (use ``ReviewLedger`` for the full history).
  public init(entries: [LedgerEntry]) throws(FieldError) {
    var events: [ReviewEvent] = []
    for entry in entries {
      if let e = try ReviewEvent.decode(entry) { events.append(e) }
    }
    self.init(events: events)
  }

  /// Adds an event read from the ledger.
  public mutating func append(_ e: ReviewEvent) { events.append(e) }

  /// The events of each current conflict, by current id, following id changes.
  public func threads(for conflicts: [Conflict]) -> [ConflictID: [ReviewEvent]] {
    var byID: [ConflictID: [ReviewEvent]] = [:]
    var order: [ConflictID] = []
    for e in events {
      if byID[e.conflict] == nil { order.append(e.conflict) }
      byID[e.conflict, default: []].append(e)
    }
    let current = Set(conflicts.map(\.id))
    var out: [ConflictID: [ReviewEvent]] = [:]
    var memberSets: [(ConflictID, Set<ClaimID>)] = []
    for id in order {
      let evs = byID[id]!
      if current.contains(id) {
        out[id, default: []].append(contentsOf: evs)
        continue
      }
      // An id a conflict absorbed (a join or a merge, `Conflict.formerIDs`) follows it; otherwise the conflict that
      // shares the most claims with the events' last view of it.
      if let heir = conflicts.first(where: { $0.formerIDs.contains(id) }) {
        out[heir.id, default: []].append(contentsOf: evs)
        continue
      }
      if memberSets.isEmpty { memberSets = conflicts.map { ($0.id, Set($0.claims)) } }
      let seen = Set(evs.last!.claims)
      var best: (ConflictID, Int)?
      for (cid, members) in memberSets {
        let overlap = members.intersection(seen).count
        if overlap > 0, overlap > (best?.1 ?? 0) { best = (cid, overlap) }
      }
      if let (cid, _) = best { out[cid, default: []].append(contentsOf: evs) }
    }
    for (k, v) in out { out[k] = v.sorted { $0.seq < $1.seq } }
    return out
  }

  /// The review of one conflict, given its events (from ``threads(for:)``), its claims' ledger stamps and the
  /// claimant names.
  public static func review(
    of conflict: Conflict, events: [ReviewEvent], stamps: [ClaimID: ClaimStamp], claimants: [ClaimID: String] = [:],
    requireApproval: Bool
  ) -> ConflictReview {
    var r = review(
      of: conflict.id, claims: conflict.claims, events: events, stamps: stamps, claimants: claimants,
      requireApproval: requireApproval)
    for f in conflict.formerIDs where !r.formerIDs.contains(f) { r.formerIDs.append(f) }
    return r
  }

  /// The review of a conflict given by id and claims (for a conflict that no longer exists: no claims).
  public static func review(
    of id: ConflictID, claims: [ClaimID], events: [ReviewEvent], stamps: [ClaimID: ClaimStamp],
    claimants: [ClaimID: String] = [:], requireApproval: Bool
  ) -> ConflictReview {
    let conflict = (id: id, claims: claims)
    var r = ConflictReview(conflict: conflict.id)
    var former: [ConflictID] = []
    for e in events where e.conflict != conflict.id && !former.contains(e.conflict) { former.append(e.conflict) }
    r.formerIDs = former
    enum Item {
      case event(ReviewEvent)
      case claim(ClaimID, ClaimStamp)
      var seq: Int {
        switch self {
        case .event(let e): e.seq
        case .claim(_, let s): s.seq
        }
      }
    }
    var items = events.map { Item.event($0) }
    for id in conflict.claims {
      if let s = stamps[id] { items.append(.claim(id, s)) }
    }
    // Stable: a claim change and an event never share a line; claims of one batch keep id order.
    items = items.enumerated().sorted { ($0.element.seq, $0.offset) < ($1.element.seq, $1.offset) }.map(\.element)
    var started = false
    for item in items {
      switch item {
      case .event(let e):
        started = true
        r.record(e, requireApproval: requireApproval)
      case .claim(let id, let s):
        r.claimChanged(id, claimant: claimants[id], stamp: s, reviewStarted: started)
      }
      r.version = max(r.version, item.seq)
    }
    // A decision that does not cover the claims now in the conflict (e.g. after events merged from an old id).
    if r.phase.isDecided, let missing = conflict.claims.first(where: { !r.covered.contains($0) }) {
      let s = stamps[missing] ?? ClaimStamp(seq: r.version, at: r.events.last?.at ?? "", by: nil, type: "")
      r.claimChanged(missing, claimant: claimants[missing], stamp: s, reviewStarted: true)
    }
    return r
  }

  /// The reviews of the given conflicts, by id.
  public func reviews(
    of conflicts: [Conflict], stamps: [ClaimID: ClaimStamp], claimants: [ClaimID: String] = [:],
    requireApproval: Bool
  ) -> [ConflictID: ConflictReview] {
    let threads = threads(for: conflicts)
    var out: [ConflictID: ConflictReview] = [:]
    for c in conflicts {
      out[c.id] = Self.review(
        of: c, events: threads[c.id] ?? [], stamps: stamps, claimants: claimants, requireApproval: requireApproval)
    }
    return out
  }

  /// The conflicts with ``Conflict/status`` set from their reviews (the reconciler leaves every conflict open).
  public func annotating(
    _ conflicts: [Conflict], stamps: [ClaimID: ClaimStamp], requireApproval: Bool
  ) -> [Conflict] {
    let reviews = reviews(of: conflicts, stamps: stamps, requireApproval: requireApproval)
    return conflicts.map { c in
      var c = c
      c.status = reviews[c.id]?.status ?? .open
      return c
    }
  }

  /// What changed in a review after `version`, one phrase each ("bob resolved it at …"), for the stale message.
  public static func changes(in review: ConflictReview, since version: Int) -> [String] {
    review.history.filter { $0.seq > version }.map { item in
      switch item.kind {
      case .action:
        return "\(item.by ?? "someone") \(item.action?.phrase ?? "changed it") at \(item.at)"
      case .claimChanged:
        return item.summary + " at \(item.at)"
      case .reopenedAutomatically:
        return item.summary
      }
    }
  }
}

/// A workspace state plus what the review workflow needs: claim stamps and review events (pure replay).
public struct ReviewLedger: Sendable {
  /// Claims and articles.
  public private(set) var workspace = WorkspaceState()
  /// When each claim last changed.
  public private(set) var stamps: [ClaimID: ClaimStamp] = [:]
  /// The review events.
  public private(set) var book = ReviewBook(events: [])

  /// An empty replay.
  public init() {}

  /// An empty replay of a ledger of at most `batchCapacityHint` claims (``WorkspaceState/batchCapacityHint``).
  public init(batchCapacityHint: Int) { workspace.batchCapacityHint = batchCapacityHint }

  /// An entry's body, decoded: pure and independent per entry, so a reader decodes on all cores
  /// (``decode(_:)``) and applies in order (``apply(_:_:)``).
  public struct Decoded: Sendable {
    /// What the workspace state reads of it.
    public var state: WorkspaceState.Decoded
    /// The review event it records, if it is one.
    public var review: ReviewEvent?
  }

  /// Decodes one entry. Malformed bodies are reported with the field at fault.
  public static func decode(_ entry: LedgerEntry) throws(FieldError) -> Decoded {
    let state = try WorkspaceState.decode(entry)
    switch entry.type {
    case LedgerEventType.claimAdded, LedgerEventType.batchCommit, LedgerEventType.claimStatus,
      LedgerEventType.claimEdited:
      return Decoded(state: state, review: nil)
    default:
      return Decoded(state: state, review: try ReviewEvent.decode(entry))
    }
  }

  /// Applies one ledger entry.
  public mutating func apply(_ entry: LedgerEntry) throws(FieldError) {
    apply(entry, try Self.decode(entry))
  }

  /// Applies one entry decoded by ``decode(_:)``.
  public mutating func apply(_ entry: LedgerEntry, _ decoded: Decoded) {
    let before = workspace.claims.count
    workspace.apply(entry, decoded.state)
    switch decoded.state {
    case .claimAdded, .batchCommit:
      let added = workspace.claims.count - before
      guard added > 0 else { break }
      // One batch commit can add a million claims: grow the map once.
      if added > 1 { stamps.reserveCapacity(stamps.count + added) }
      let stamp = ClaimStamp(seq: entry.seq, at: entry.at, by: entry.by, type: entry.type)
      for c in workspace.claims[before...] { stamps[c.id] = stamp }
    case .claimStatus(let id, _, _):
      stamp(id, entry)
    case .claimEdited:
      // The edit names the claim it replaces in its top-level "id".
      if let raw = try? WorkspaceState.stringField(entry.body, "id") { stamp(ClaimID(rawValue: raw), entry) }
    default:
      if let e = decoded.review { book.append(e) }
    }
  }

  private mutating func stamp(_ id: ClaimID, _ entry: LedgerEntry) {
    if workspace.contains(id) {
      stamps[id] = ClaimStamp(seq: entry.seq, at: entry.at, by: entry.by, type: entry.type)
    }
  }
}
