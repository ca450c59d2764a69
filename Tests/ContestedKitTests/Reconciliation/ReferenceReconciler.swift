import ContestedKit

/// The reconciler's grouping before the one conflict engine, kept as the reference the engine must equal: every pair
/// enumerated (by `BruteReconciler`), grouped per place by union-find, ids from the replayed lineage.
enum ReferenceReconciler {
  /// A conflict's observable parts.
  struct Shape: Equatable {
    var id: ConflictID
    var kind: ConflictKind
    var place: PlaceID
    var placeName: String
    var sides: [ConflictSide]
    var window: TimeSpan
    var pairs: [ConflictPair]
    var priority: ConflictPriority
    var status: ConflictStatus
    var formerIDs: [ConflictID] = []

    init(
      id: ConflictID, kind: ConflictKind, place: PlaceID, placeName: String, sides: [ConflictSide], window: TimeSpan,
      pairs: [ConflictPair], priority: ConflictPriority, status: ConflictStatus
    ) {
      (self.id, self.kind, self.place, self.placeName, self.sides) = (id, kind, place, placeName, sides)
      (self.window, self.pairs, self.priority, self.status) = (window, pairs, priority, status)
    }

    init(_ c: Conflict) {
      self.init(
        id: c.id, kind: c.kind, place: c.place, placeName: c.placeName, sides: c.sides, window: c.window,
        pairs: c.pairs, priority: c.priority, status: c.status)
      formerIDs = c.formerIDs
    }
  }

  static func conflicts(
    _ r: Reconciler, from assertions: [ControlAssertion], claims: [Claim]
  ) -> [Shape] {
    let pairs = BruteReconciler.pairs(assertions, hierarchy: r.hierarchy)
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
      for g in r.regions(of: a) { placeClaims[g, default: 0] += 1 }
    }

    struct GroupKey: Hashable {
      var place: PlaceID
      var selfContradiction: Bool
    }
    var groups: [GroupKey: [ConflictPair]] = [:]
    for p in pairs {
      groups[GroupKey(place: p.place, selfContradiction: p.kind == .selfContradiction), default: []].append(p)
    }
    var out: [Shape] = []
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
          r,
          place: key.place, pairs: compPairs.sorted(), byClaim: byClaim, claimByID: claimByID,
          placeClaims: placeClaims[key.place] ?? 0)
        let (id, former) = lineage(place: key.place, pairs: compPairs, order: order)
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
  static func lineage(place: PlaceID, pairs: [ConflictPair], order: [ClaimID: Int]) -> (
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

  static func makeConflict(
    _ r: Reconciler, place: PlaceID, pairs: [ConflictPair], byClaim: [ClaimID: ControlAssertion],
    claimByID: [ClaimID: Claim],
    placeClaims: Int
  ) -> Shape {
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
      kind: kind, voices: voices.count, latest: latest, asOf: r.options.asOf, opposedHolders: opposedHolders,
      placeClaims: placeClaims)
    return Shape(
      id: Conflict.makeID(place: place, foundingPair: (founding.a, founding.b)), kind: kind, place: place,
      placeName: placeName ?? place.rawValue, sides: sides, window: TimeSpan(from: from, to: to, precision: .range),
      pairs: pairs, priority: priority, status: .open)
  }
}
