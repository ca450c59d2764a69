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

  /// The kind of a contradicting pair met at a place (`viaRegion`: one side is about a containing region).
  public static func kind(_ x: ControlAssertion, _ y: ControlAssertion, viaRegion: Bool) -> ConflictKind {
    if x.voice == y.voice { return .selfContradiction }
    if viaRegion || x.isAggregate || y.isAggregate { return .aggregate }
    return x.stance == .asserts && y.stance == .asserts ? .contradiction : .denial
  }

  /// Every contradicting claim pair among `assertions`, sorted, without duplicates.
  public func pairs(among assertions: [ControlAssertion]) -> [ConflictPair] {
    struct Entry {
      var index: Int
      var direct: Bool
      var from: Int32
      var to: Int32
    }
    var buckets: [PlaceID: [Entry]] = [:]
    var regionCache: [PlaceID: [PlaceID]] = [:]
    for (i, a) in assertions.enumerated() {
      let e = Entry(index: i, direct: true, from: a.window.from.ordinal, to: a.window.to.ordinal)
      buckets[a.place, default: []].append(e)
      var regs: [PlaceID]
      if let cached = regionCache[a.place] {
        regs = cached
      } else {
        regs = hierarchy.regions(containing: a.place)
        regionCache[a.place] = regs
      }
      if let own = a.claimRegion, own != a.place, !regs.contains(own) { regs.append(own) }
      for r in regs where r != a.place {
        buckets[r, default: []].append(Entry(index: i, direct: false, from: e.from, to: e.to))
      }
    }
    var found = Set<ConflictPair>()
    for (place, var entries) in buckets where entries.count > 1 && entries.contains(where: \.direct) {
      entries.sort { ($0.from, $0.index) < ($1.from, $1.index) }
      var active: [Entry] = []
      for c in entries {
        active.removeAll { !TimeSpan.overlaps($0.from, $0.to, c.from, c.to) }
        for a in active {
          guard a.direct || c.direct else { continue }
          let x = assertions[a.index]
          let y = assertions[c.index]
          guard x.claim != y.claim, x.isIncompatible(with: y) else { continue }
          let viaRegion = !(a.direct && c.direct)
          if viaRegion {
            // The region-level assertion must cover the whole region.
            let regional = a.direct ? x : y
            guard regional.scope == .whole else { continue }
          } else if x.scope == .partial && y.scope == .partial {
            continue
          }
          found.insert(ConflictPair(x.claim, y.claim, place: place, kind: Self.kind(x, y, viaRegion: viaRegion)))
        }
        active.append(c)
      }
    }
    return found.sorted()
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
    let pairs = pairs(among: assertions)
    if pairs.isEmpty { return [] }
    var byClaim: [ClaimID: ControlAssertion] = [:]
    for a in assertions where byClaim[a.claim] == nil { byClaim[a.claim] = a }
    var claimByID: [ClaimID: Claim] = [:]
    var order: [ClaimID: Int] = [:]
    for (i, c) in claims.enumerated() where claimByID[c.id] == nil {
      claimByID[c.id] = c
      order[c.id] = i
    }
    // Importance: assertions about each place key, counting those inside a region for the region.
    var placeClaims: [PlaceID: Int] = [:]
    for a in assertions {
      placeClaims[a.place, default: 0] += 1
      for r in regions(of: a) { placeClaims[r, default: 0] += 1 }
    }

    struct GroupKey: Hashable {
      var place: PlaceID
      var selfContradiction: Bool
    }
    var groups: [GroupKey: [ConflictPair]] = [:]
    for p in pairs {
      groups[GroupKey(place: p.place, selfContradiction: p.kind == .selfContradiction), default: []].append(p)
    }
    var out: [Conflict] = []
    for (key, groupPairs) in groups {
      // Union-find over the claims of this place.
      var parent: [ClaimID: ClaimID] = [:]
      func find(_ x: ClaimID) -> ClaimID {
        var r = x
        while let p = parent[r], p != r { r = p }
        var y = x
        while let p = parent[y], p != r {
          parent[y] = r
          y = p
        }
        return r
      }
      for p in groupPairs {
        if parent[p.a] == nil { parent[p.a] = p.a }
        if parent[p.b] == nil { parent[p.b] = p.b }
        let ra = find(p.a)
        let rb = find(p.b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
      }
      var components: [ClaimID: [ConflictPair]] = [:]
      for p in groupPairs { components[find(p.a), default: []].append(p) }
      for (_, compPairs) in components {
        var conflict = makeConflict(
          place: key.place, pairs: compPairs.sorted(), byClaim: byClaim, claimByID: claimByID,
          placeClaims: placeClaims[key.place] ?? 0)
        let (id, former) = Self.lineage(place: key.place, pairs: compPairs, order: order)
        // The id under the byte-order founding pair of earlier versions keeps resolving too.
        var formerIDs = former
        if conflict.id != id && !formerIDs.contains(conflict.id) { formerIDs.append(conflict.id) }
        conflict.formerIDs = formerIDs
        conflict.id = id
        out.append(conflict)
      }
    }
    out.sort { ($0.priority.score, $1.id) > ($1.priority.score, $0.id) }
    return out
  }

  /// A conflict's id and the ids it had before, from the order its pairs appeared in (a pair appears with the later
  /// of its two claims, in `order`): replaying the pairs, each pair of two new claims founds a conflict with its own
  /// id; a pair that links two conflicts merges them, the older founder's id staying and the other's (with its own
  /// former ids) becoming former ids. So a claim that joins keeps the id, and every id a merge absorbed resolves.
  public static func lineage(place: PlaceID, pairs: [ConflictPair], order: [ClaimID: Int]) -> (
    ConflictID, [ConflictID]
  ) {
    func time(_ p: ConflictPair) -> (Int, Int) {
      let x = order[p.a] ?? Int.max
      let y = order[p.b] ?? Int.max
      return (max(x, y), min(x, y))
    }
    let sorted = pairs.sorted { l, r in
      let (tl, tr) = (time(l), time(r))
      return tl != tr ? tl < tr : l < r
    }
    var root: [ClaimID: Int] = [:]  // claim → lineage index (follow `forward` to the survivor)
    var lineages: [(id: ConflictID, born: Int, former: [ConflictID])] = []
    var forward: [Int: Int] = [:]  // merged lineage → the one it merged into
    func resolve(_ i: Int) -> Int {
      var j = i
      while let n = forward[j] { j = n }
      return j
    }
    for (k, p) in sorted.enumerated() {
      let la: Int? = root[p.a].map(resolve)
      let lb: Int? = root[p.b].map(resolve)
      if let i = la, let j = lb {
        guard i != j else { continue }
        let (keep, gone) = lineages[i].born <= lineages[j].born ? (i, j) : (j, i)
        lineages[keep].former += [lineages[gone].id] + lineages[gone].former
        forward[gone] = keep
      } else if let i = la ?? lb {
        root[p.a] = root[p.a] ?? i
        root[p.b] = root[p.b] ?? i
      } else {
        lineages.append((Conflict.makeID(place: place, foundingPair: (p.a, p.b)), k, []))
        root[p.a] = lineages.count - 1
        root[p.b] = lineages.count - 1
      }
    }
    let survivor = lineages.indices.first { forward[$0] == nil } ?? 0
    return (lineages[survivor].id, lineages[survivor].former)
  }

  func makeConflict(
    place: PlaceID, pairs: [ConflictPair], byClaim: [ClaimID: ControlAssertion], claimByID: [ClaimID: Claim],
    placeClaims: Int
  ) -> Conflict {
    let founding = pairs[0]
    let kinds = Set(pairs.map(\.kind))
    let kind: ConflictKind =
      kinds.contains(.selfContradiction)
      ? .selfContradiction
      : kinds.contains(.aggregate)
        ? .aggregate
        : kinds.contains(.contradiction) ? .contradiction : .denial
    var members = Set<ClaimID>()
    var from = Day(ordinal: Int32.max)
    var to = Day(ordinal: Int32.min)
    var opposedHolders = false
    for p in pairs {
      members.insert(p.a)
      members.insert(p.b)
      if let x = byClaim[p.a], let y = byClaim[p.b] {
        from = min(from, max(x.window.from, y.window.from))
        to = max(to, min(x.window.to, y.window.to))
        if x.stance == .asserts && y.stance == .asserts { opposedHolders = true }
      }
    }
    struct Position: Hashable {
      var side: Side
      var stance: Stance
    }
    var positions: [Position: [ClaimID]] = [:]
    var voices = Set<String>()
    var latest = Day(ordinal: Int32.min)
    var placeName: String?
    for id in members.sorted() {
      guard let a = byClaim[id] else { continue }
      positions[Position(side: a.side, stance: a.stance), default: []].append(id)
      voices.insert(a.voice)
      if let c = claimByID[id] {
        if let span = ControlAssertion.span(of: c) { latest = max(latest, span.to) }
        if placeName == nil, c.place.key == place { placeName = c.place.text }
      }
    }
    let sides = positions.map { ConflictSide(side: $0.key.side, stance: $0.key.stance, claims: $0.value) }
      .sorted { ($0.stance.rawValue, $0.side) < ($1.stance.rawValue, $1.side) }
    if latest.ordinal == Int32.min { latest = to }
    let priority = ConflictPriority.compute(
      kind: kind, voices: voices.count, latest: latest, asOf: options.asOf, opposedHolders: opposedHolders,
      placeClaims: placeClaims)
    return Conflict(
      id: Conflict.makeID(place: place, foundingPair: (founding.a, founding.b)), kind: kind, place: place,
      placeName: placeName ?? place.rawValue, sides: sides, window: TimeSpan(from: from, to: to, precision: .range),
      pairs: pairs, priority: priority, status: .open)
  }
}
