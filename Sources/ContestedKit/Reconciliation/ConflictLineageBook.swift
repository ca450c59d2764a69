/// Folds the contradicting pairs of one bucket and one group (self-contradictions apart) into conflicts as they are
/// found, in ledger order (the later claim of a pair, then the earlier), and keeps each conflict's id history.
///
/// The id rule (``Conflict/makeID(place:foundingPair:)``): a pair of two claims in no conflict yet founds one with
/// its own id; a pair with one claim in a conflict brings the other in; a pair that links two conflicts merges them,
/// the older founder's id staying and the other's (with its own former ids) becoming former ids. So a claim that
/// joins keeps the id, and every id a merge absorbed resolves.
///
/// Memory is linear in the claims: a conflict keeps aggregates of its pairs (window, kinds, count, the byte-order
/// first pair) and at most `Conflict.listedPairLimit` of the pairs themselves.
struct ConflictLineageBook {
  /// What a conflict's pairs add up to.
  struct Lineage {
    var id: ConflictID
    /// The ledger positions of the founding pair's later claim, then earlier one: the older founder wins a merge.
    var born: (Int, Int)
    /// Lineages merged into this one, in merge order (their ids and their own former ids become former ids).
    var absorbed: [Int] = []
    var from = Int32.max
    var to = Int32.min
    /// Bit `n` set: a pair of kind `ConflictKind.allCases[n]`.
    var kinds: UInt8 = 0
    var opposedHolders = false
    var pairCount = 0
    var listed: [ConflictPair] = []
    /// The byte-order first pair, as ranks of its claim ids and as assertion indices.
    var firstRank = (Int32.max, Int32.max)
    var first = (0, 0)
  }

  let place: PlaceID
  /// Bucket position → lineage (−1: none yet; follow `forward` to the survivor).
  private var root: [Int32]
  private var forward: [Int32] = []
  private(set) var lineages: [Lineage] = []

  init(place: PlaceID, size: Int) {
    self.place = place
    root = [Int32](repeating: -1, count: size)
  }

  private func resolve(_ i: Int32) -> Int32 {
    var j = i
    while forward[Int(j)] >= 0 { j = forward[Int(j)] }
    return j
  }

  /// Adds one pair (``ConflictEngine/Meeting``); `claims` are the assertions' claim ids, `rank` their byte order.
  mutating func add(_ p: ConflictEngine.Meeting, claims: (ClaimID, ClaimID), rank: (Int32, Int32)) {
    let lx = root[p.j] < 0 ? nil : resolve(root[p.j])
    let ly = root[p.k] < 0 ? nil : resolve(root[p.k])
    let target: Int32
    if let a = lx, let b = ly {
      target = a == b ? a : merge(a, b)
    } else if let a = lx ?? ly {
      target = a
    } else {
      let pair = ConflictPair(claims.0, claims.1, place: place, kind: p.kind)
      lineages.append(Lineage(id: Conflict.makeID(place: place, foundingPair: (pair.a, pair.b)), born: (p.k, p.j)))
      forward.append(-1)
      target = Int32(lineages.count - 1)
    }
    root[p.j] = target
    root[p.k] = target
    lineages[Int(target)].note(p, claims: claims, rank: rank, place: place)
  }

  private mutating func merge(_ a: Int32, _ b: Int32) -> Int32 {
    let (keep, gone) = lineages[Int(a)].born <= lineages[Int(b)].born ? (Int(a), Int(b)) : (Int(b), Int(a))
    forward[gone] = Int32(keep)
    let g = lineages[gone]
    lineages[gone].listed = []
    var k = lineages[keep]
    lineages[keep].listed = []
    k.absorbed.append(gone)
    k.from = min(k.from, g.from)
    k.to = max(k.to, g.to)
    k.kinds |= g.kinds
    k.opposedHolders = k.opposedHolders || g.opposedHolders
    k.pairCount += g.pairCount
    let room = Conflict.listedPairLimit - k.listed.count
    if room > 0 { k.listed += g.listed.prefix(room) }
    if g.firstRank < k.firstRank {
      k.firstRank = g.firstRank
      k.first = g.first
    }
    lineages[keep] = k
    return Int32(keep)
  }

  /// The surviving lineages, each with its member bucket positions (ascending) and former ids.
  func conflicts() -> [(lineage: Lineage, members: [Int], former: [ConflictID])] {
    var members: [Int32: [Int]] = [:]
    for (position, l) in root.enumerated() where l >= 0 { members[resolve(l), default: []].append(position) }
    return lineages.indices.filter { forward[$0] < 0 }.map { i in
      (lineages[i], members[Int32(i)] ?? [], formerIDs(of: i))
    }
  }

  /// A lineage's former ids: for each lineage it absorbed, in merge order, that one's id and then its own former ids.
  private func formerIDs(of i: Int) -> [ConflictID] {
    var out: [ConflictID] = []
    var stack: [Int] = lineages[i].absorbed.reversed()
    while let g = stack.popLast() {
      out.append(lineages[g].id)
      stack.append(contentsOf: lineages[g].absorbed.reversed())
    }
    return out
  }
}

extension ConflictLineageBook.Lineage {
  /// Folds one pair into the aggregates.
  mutating func note(
    _ p: ConflictEngine.Meeting, claims: (ClaimID, ClaimID), rank: (Int32, Int32), place: PlaceID
  ) {
    from = min(from, p.from)
    to = max(to, p.to)
    kinds |= 1 << UInt8(ConflictKind.allCases.firstIndex(of: p.kind)!)
    if p.bothAssert { opposedHolders = true }
    pairCount += 1
    if listed.count < Conflict.listedPairLimit {
      listed.append(ConflictPair(claims.0, claims.1, place: place, kind: p.kind))
    }
    let r = rank.0 < rank.1 ? rank : (rank.1, rank.0)
    if r < firstRank {
      firstRank = r
      first = (p.x, p.y)
    }
  }
}
