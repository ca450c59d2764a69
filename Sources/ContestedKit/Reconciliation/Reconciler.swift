/// Which regions contain a place. The gazetteer provides the real one; tests use `DictionaryPlaceHierarchy`.
public protocol PlaceHierarchy: Sendable {
  /// Every region that contains `place` (transitively), not including `place` itself.
  func regions(containing place: PlaceID) -> [PlaceID]
}

/// A hierarchy with no regions: every place stands alone.
public struct FlatPlaceHierarchy: PlaceHierarchy {
  /// Creates the empty hierarchy.
  public init() {}
  /// Always empty.
  public func regions(containing place: PlaceID) -> [PlaceID] { [] }
}

/// A hierarchy from a dictionary of direct parents; `regions(containing:)` follows parents transitively.
public struct DictionaryPlaceHierarchy: PlaceHierarchy {
  /// place → the regions that directly contain it.
  public var parents: [PlaceID: [PlaceID]]

  /// Creates a hierarchy from direct parents.
  public init(_ parents: [PlaceID: [PlaceID]]) { self.parents = parents }

  /// Every ancestor region, nearest first, without repeats (cycles are cut).
  public func regions(containing place: PlaceID) -> [PlaceID] {
    var out: [PlaceID] = []
    var seen: Set<PlaceID> = [place]
    var queue = parents[place] ?? []
    var i = 0
    while i < queue.count {
      let r = queue[i]
      i += 1
      if !seen.insert(r).inserted { continue }
      out.append(r)
      queue.append(contentsOf: parents[r] ?? [])
    }
    return out
  }
}

/// Finds the claims that cannot all be true (docs/reconciliation.md).
///
/// Claims become `ControlAssertion`s; two assertions contradict when they are about the same place (or one is
/// about a region containing the other's place), their windows overlap, and they are incompatible. A claim
/// about part of a region ("three villages") only contradicts a claim about the whole region ("all villages");
/// a region-wide claim contradicts claims about places inside it. Claims of one voice (claimant group) form
/// separate, lower-priority self-contradictions. Contradicting pairs are grouped per place into connected
/// components: each is one `Conflict`.
///
/// Cost: O(n log n + overlapping same-place pairs), by sorting each place's assertions by start day and
/// sweeping with an active list (the same plan as `PairCheck`).
public struct Reconciler: Sendable {
  /// Tunable windows and the reference day for recency.
  public struct Options: Sendable, Hashable {
    /// How long a capture (or loss) is taken to last when no later change of hands is reported.
    public var horizonDays: Int
    /// How many days a point statement ("still holds", "repelled") is widened on each side.
    public var toleranceDays: Int
    /// "Today" for the recency term of the priority; nil leaves recency out.
    public var asOf: Day?
    /// A capture or loss dated more than this many days before its report's publication is history: it holds at
    /// its own time only.
    public var historyDays: Int = 7
    /// Which sides are allies in which theatre (allies never conflict).
    public var coalitions: Coalitions = .builtIn

    /// Defaults: 60-day horizon, ±1 day tolerance, no recency.
    public init(horizonDays: Int = 60, toleranceDays: Int = 1, asOf: Day? = nil) {
      self.horizonDays = horizonDays
      self.toleranceDays = toleranceDays
      self.asOf = asOf
    }
  }

  /// Which regions contain which places.
  public var hierarchy: any PlaceHierarchy
  /// Windows and reference day.
  public var options: Options

  /// Resolves claims recorded without a place id (derived at each reconciliation); by default the hierarchy when it
  /// is also a place lexicon (the gazetteer).
  public var places: (any PlaceLexicon)?
  /// Groups claimants into voices (``ClaimVoice``); nil: each claimant's own group or name.
  public var registry: FactionRegistry?

  /// Creates a reconciler.
  public init(
    hierarchy: any PlaceHierarchy = FlatPlaceHierarchy(), options: Options = Options(),
    places: (any PlaceLexicon)? = nil, registry: FactionRegistry? = nil
  ) {
    self.registry = registry
    self.hierarchy = hierarchy
    self.options = options
    self.places = places ?? (hierarchy as? any PlaceLexicon)
  }

  /// The regions containing an assertion's place: the hierarchy's, plus the region the claim names.
  public func regions(of a: ControlAssertion) -> [PlaceID] {
    var r = hierarchy.regions(containing: a.place)
    if let own = a.claimRegion, own != a.place, !r.contains(own) { r.append(own) }
    return r
  }

  /// The kind of a contradicting pair: one voice's own (self-contradiction), about a region or counting places
  /// (aggregate), two sides each said to hold it (contradiction), else a holder asserted and denied (denial).
  public static func kind(sameVoice: Bool, aggregated: Bool, bothAssert: Bool) -> ConflictKind {
    if sameVoice { return .selfContradiction }
    if aggregated { return .aggregate }
    return bothAssert ? .contradiction : .denial
  }

  /// Every contradicting claim pair among `assertions`, sorted, without duplicates (``ConflictEngine``). The pairs
  /// can be many more than the claims: commands work with `conflicts(from:claims:)`, which never keeps them all.
  public func pairs(among assertions: [ControlAssertion]) -> [ConflictPair] {
    let engine = ConflictEngine(reconciler: self, assertions: assertions)
    var out: [ConflictPair] = []
    for bucket in engine.buckets() {
      engine.forEachPair(in: bucket) { p in
        out.append(ConflictPair(assertions[p.x].claim, assertions[p.y].claim, place: bucket.place, kind: p.kind))
      }
    }
    return out.sorted()
  }

  /// Reconciles claims: derives assertions, finds contradicting pairs, groups them into conflicts.
  /// Rejected and untimed claims take no part. Sorted by priority (highest first), then id.
  public func reconcile(_ claims: [Claim]) -> [Conflict] {
    let assertions = ControlAssertion.derive(
      from: claims, options: options, places: places, registry: registry, hierarchy: hierarchy)
    return conflicts(from: assertions, claims: claims)
  }

  /// Groups contradicting pairs of `assertions` into conflicts; `claims` supply place names and dates.
  public func conflicts(from assertions: [ControlAssertion], claims: [Claim]) -> [Conflict] {
    let engine = ConflictEngine(reconciler: self, assertions: assertions)
    let buckets = engine.buckets()
    if buckets.isEmpty { return [] }
    // Importance: assertions about each place key, counting those inside a region for the region.
    var placeClaims: [PlaceID: Int] = [:]
    for a in assertions {
      placeClaims[a.place, default: 0] += 1
      for r in regions(of: a) { placeClaims[r, default: 0] += 1 }
    }
    var found: [(place: PlaceID, lineage: ConflictLineageBook.Lineage, members: [Int], former: [ConflictID])] = []
    for bucket in buckets {
      var main = ConflictLineageBook(place: bucket.place, size: bucket.members.count)
      var own = ConflictLineageBook(place: bucket.place, size: bucket.members.count)
      engine.forEachPair(in: bucket) { p in
        let ids = (assertions[p.x].claim, assertions[p.y].claim)
        let rank = (engine.rank[p.x], engine.rank[p.y])
        if p.kind == .selfContradiction {
          own.add(p, claims: ids, rank: rank)
        } else {
          main.add(p, claims: ids, rank: rank)
        }
      }
      for book in [main, own] {
        for (lineage, positions, former) in book.conflicts() {
          found.append((bucket.place, lineage, positions.map { bucket.members[$0] }, former))
        }
      }
    }
    // Only the claims in conflicts are looked up (names, dates): a map of every claim would double the memory.
    var inConflict = Set<ClaimID>()
    for f in found { for i in f.members { inConflict.insert(assertions[i].claim) } }
    var claimByID: [ClaimID: Claim] = [:]
    claimByID.reserveCapacity(inConflict.count)
    for c in claims where claimByID[c.id] == nil && inConflict.contains(c.id) { claimByID[c.id] = c }
    var out: [Conflict] = []
    out.reserveCapacity(found.count)
    for (place, lineage, members, former) in found {
      var conflict = makeConflict(
        place: place, lineage: lineage, members: members, assertions: assertions, claimByID: claimByID,
        placeClaims: placeClaims[place] ?? 0)
      // The id under the byte-order founding pair of earlier versions keeps resolving too.
      var formerIDs = former
      if conflict.id != lineage.id && !formerIDs.contains(conflict.id) { formerIDs.append(conflict.id) }
      conflict.formerIDs = formerIDs
      conflict.id = lineage.id
      out.append(conflict)
    }
    out.sort { ($0.priority.score, $1.id) > ($1.priority.score, $0.id) }
    return out
  }

  func makeConflict(
    place: PlaceID, lineage: ConflictLineageBook.Lineage, members: [Int], assertions: [ControlAssertion],
    claimByID: [ClaimID: Claim], placeClaims: Int
  ) -> Conflict {
    let kinds = Set(
      ConflictKind.allCases.indices.filter { lineage.kinds & (1 << UInt8($0)) != 0 }.map {
        ConflictKind.allCases[$0]
      })
    let kind: ConflictKind =
      kinds.contains(.selfContradiction)
      ? .selfContradiction
      : kinds.contains(.aggregate)
        ? .aggregate
        : kinds.contains(.contradiction) ? .contradiction : .denial
    struct Position: Hashable {
      var side: Side
      var stance: Stance
    }
    var positions: [Position: [ClaimID]] = [:]
    var voices = Set<String>()
    var latest = Day(ordinal: Int32.min)
    var placeName: String?
    for i in members.sorted(by: { assertions[$0].claim < assertions[$1].claim }) {
      let a = assertions[i]
      positions[Position(side: a.side, stance: a.stance), default: []].append(a.claim)
      voices.insert(a.voice)
      if let c = claimByID[a.claim] {
        if let span = ControlAssertion.span(of: c) { latest = max(latest, span.to) }
        if placeName == nil, c.place.key == place { placeName = c.place.text }
      }
    }
    let sides = positions.map { ConflictSide(side: $0.key.side, stance: $0.key.stance, claims: $0.value) }
      .sorted { ($0.stance.rawValue, $0.side) < ($1.stance.rawValue, $1.side) }
    let to = Day(ordinal: lineage.to)
    if latest.ordinal == Int32.min { latest = to }
    let priority = ConflictPriority.compute(
      kind: kind, voices: voices.count, latest: latest, asOf: options.asOf, opposedHolders: lineage.opposedHolders,
      placeClaims: placeClaims)
    let founding = ConflictPair(
      assertions[lineage.first.0].claim, assertions[lineage.first.1].claim, place: place, kind: kind)
    var conflict = Conflict(
      id: Conflict.makeID(place: place, foundingPair: (founding.a, founding.b)), kind: kind, place: place,
      placeName: placeName ?? place.rawValue, sides: sides,
      window: TimeSpan(from: Day(ordinal: lineage.from), to: to, precision: .range),
      pairs: lineage.listed.sorted(), priority: priority, status: .open)
    conflict.pairCount = lineage.pairCount
    return conflict
  }
}
