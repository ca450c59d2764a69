/// The one conflict engine (docs/architecture.md): finds every contradicting pair of assertions and groups them
/// into conflicts, with memory linear in the number of assertions however many of them meet at one place.
///
/// Assertions are put in buckets: each place with the assertions about it (direct), and each region also with the
/// assertions about places inside it (not direct; only pairs with a direct one count). Within a bucket the pairs are
/// visited in ledger order — each assertion against every earlier one — which is the order conflict ids are founded
/// in (``ConflictLineageBook``), so pairs are folded into conflicts as they are found and never stored.
///
/// Two assertions about the same place contradict when their windows overlap, they are not a sequence told by one
/// report (``ControlAssertion/isSequenceInOneReport(_:_:)``), and their classes are incompatible: a class is what the
/// single predicate ``ControlAssertion/isIncompatible(with:)`` reads besides the window and the report (side,
/// stance, camp, mode, extent, capture, scope), so the predicate runs once per pair of classes met in a bucket, not
/// once per pair of claims. A pair with a claim about a containing region runs the predicate itself.
///
/// Cost: per bucket O(n log n) to index its assertions by days and class, then O(log n) for each contradicting pair
/// (and each overlapping pair with a claim about a containing region, which runs the predicate itself); O(n) memory.
struct ConflictEngine {
  /// One place (or region) and the assertions that meet there, in ledger order.
  struct Bucket {
    var place: PlaceID
    var members: [Int] = []
    var direct: [Bool] = []

    mutating func add(_ assertion: Int, direct isDirect: Bool) {
      members.append(assertion)
      direct.append(isDirect)
    }
  }

  /// What an assertion's compatibility with another one about the same place depends on, besides its days.
  struct Signature: Hashable {
    var side: Side
    var stance: Stance
    var camp: String
    var mode: AssertionMode
    var extent: Extent?
    var isCapture: Bool
    var scope: AssertionScope

    init(_ a: ControlAssertion) {
      side = a.side
      stance = a.stance
      camp = a.camp
      mode = a.mode
      extent = a.extent
      isCapture = a.isCapture
      scope = a.scope
    }
  }

  let reconciler: Reconciler
  let assertions: [ControlAssertion]
  /// A dense number per voice and per report (−1: no report), so the inner loop compares integers.
  private var voiceOf: [Int32] = []
  private var reportOf: [Int32] = []
  /// Each assertion's claim id's place in byte order (for the byte-order first pair without comparing strings).
  private(set) var rank: [Int32] = []

  init(reconciler: Reconciler, assertions: [ControlAssertion]) {
    self.reconciler = reconciler
    self.assertions = assertions
    var voices: [String: Int32] = [:]
    var reports: [String: Int32] = [:]
    voiceOf.reserveCapacity(assertions.count)
    reportOf.reserveCapacity(assertions.count)
    for a in assertions {
      let v = voices[a.voice] ?? Int32(voices.count)
      voices[a.voice] = v
      voiceOf.append(v)
      if let r = a.report {
        let n = reports[r] ?? Int32(reports.count)
        reports[r] = n
        reportOf.append(n)
      } else {
        reportOf.append(-1)
      }
    }
    let byID = assertions.indices.sorted { assertions[$0].claim < assertions[$1].claim }
    rank = [Int32](repeating: 0, count: assertions.count)
    for (r, i) in byID.enumerated() { rank[i] = Int32(r) }
    // Assertions of one claim are neighbours in `byID`: the earliest of each run counts.
    isFirstOfClaim = [Bool](repeating: true, count: assertions.count)
    var run = 0
    while run < byID.count {
      var end = run + 1
      var first = byID[run]
      while end < byID.count && assertions[byID[end]].claim == assertions[byID[run]].claim {
        first = min(first, byID[end])
        end += 1
      }
      if end - run > 1 { for r in run..<end where byID[r] != first { isFirstOfClaim[byID[r]] = false } }
      run = end
    }
  }

  /// Whether an assertion is the first (in ledger order) of its claim id; only the first counts.
  private var isFirstOfClaim: [Bool] = []

  /// One contradicting pair met in a bucket: local positions (`j` earlier in the ledger), their assertions, and the
  /// days on which both hold.
  struct Meeting {
    var j: Int
    var k: Int
    var x: Int
    var y: Int
    var kind: ConflictKind
    var from: Int32
    var to: Int32
    var bothAssert: Bool
  }

  /// The buckets, sorted by place; an assertion whose claim id came earlier is left out (the first one counts).
  func buckets() -> [Bucket] {
    var byPlace: [PlaceID: Bucket] = [:]
    var regionCache: [PlaceID: [PlaceID]] = [:]
    for i in assertions.indices where isFirstOfClaim[i] {
      let place = assertions[i].place
      byPlace[place, default: Bucket(place: place)].add(i, direct: true)
      var regs: [PlaceID]
      if let cached = regionCache[place] {
        regs = cached
      } else {
        regs = reconciler.hierarchy.regions(containing: place)
        regionCache[place] = regs
      }
      if let own = assertions[i].claimRegion, own != place, !regs.contains(own) { regs.append(own) }
      var placed = Set<PlaceID>()
      for r in regs where r != place && placed.insert(r).inserted {
        byPlace[r, default: Bucket(place: r)].add(i, direct: false)
      }
    }
    return byPlace.values.filter { $0.members.count > 1 && $0.direct.contains(true) }.sorted { $0.place < $1.place }
  }

  /// What the pair loop reads of a bucket's members, by bucket position.
  struct Prepared {
    var from: [Int32]
    var to: [Int32]
    var classOf: [Int]
    var asserts: [Bool]
    var aggregate: [Bool]
    /// One assertion per class (its report cleared), the class's number its index.
    var representatives: [ControlAssertion] = []
    /// Each class's members, ascending.
    var classMembers: [[Int]] = []
    /// The members about places inside the bucket's region (not direct), ascending.
    var inside: [Int] = []

    init(_ bucket: Bucket, _ assertions: [ControlAssertion]) {
      let n = bucket.members.count
      from = [Int32](repeating: 0, count: n)
      to = [Int32](repeating: 0, count: n)
      classOf = [Int](repeating: 0, count: n)
      asserts = [Bool](repeating: false, count: n)
      aggregate = [Bool](repeating: false, count: n)
      var signatures: [Signature: Int] = [:]
      // Fields are read in place (`assertions[i].…`): copying a whole assertion per member costs retains.
      for (e, i) in bucket.members.enumerated() {
        from[e] = assertions[i].window.from.ordinal
        to[e] = assertions[i].window.to.ordinal
        asserts[e] = assertions[i].stance == .asserts
        aggregate[e] = assertions[i].isAggregate
        guard bucket.direct[e] else {
          inside.append(e)
          continue
        }
        let s = Signature(assertions[i])
        if let c = signatures[s] {
          classOf[e] = c
        } else {
          classOf[e] = representatives.count
          signatures[s] = representatives.count
          var r = assertions[i]
          r.report = nil
          representatives.append(r)
          classMembers.append([])
        }
        classMembers[classOf[e]].append(e)
      }
    }
  }

  /// Calls `visit` for every contradicting pair of `bucket`, in ledger order of the later one, then of the earlier
  /// one. Each assertion is asked only of the earlier ones whose days overlap its own, in the classes its class
  /// contradicts (``OverlapIndex``): the cost follows the overlapping contradicting pairs, so many claims that agree
  /// about one place cost next to nothing.
  func forEachPair(in bucket: Bucket, _ visit: (Meeting) -> Void) {
    let p = Prepared(bucket, assertions)
    let n = bucket.members.count
    var table = ClassTable(p.representatives)
    var leaves = [Int32](repeating: 0, count: n)
    var classIndex = p.classMembers.map { OverlapIndex(positions: $0, from: p.from, leaves: &leaves) }
    var insideIndex = OverlapIndex(positions: p.inside, from: p.from, leaves: &leaves)
    var present: [Int] = []
    var insideSoFar = 0
    var found: [Int] = []
    var marks = [Bool](repeating: false, count: n)
    for k in 0..<n {
      let kDirect = bucket.direct[k]
      found.removeAll(keepingCapacity: true)
      for c in present where !kDirect || table.incompatible(c, p.classOf[k]) {
        classIndex[c].overlapping(from: p.from[k], to: p.to[k], into: &found)
      }
      if kDirect && insideSoFar > 0 { insideIndex.overlapping(from: p.from[k], to: p.to[k], into: &found) }
      Self.ascending(&found, below: k, marks: &marks)
      for j in found {
        if let m = meeting(j, k, bucket, p) { visit(m) }
      }
      if kDirect {
        let c = p.classOf[k]
        if p.classMembers[c].first == k { present.append(c) }
        classIndex[c].insert(leaf: leaves[k], to: p.to[k])
      } else {
        insideSoFar += 1
        insideIndex.insert(leaf: leaves[k], to: p.to[k])
      }
    }
  }

  /// Puts `found` (distinct positions below `k`) in ascending order: sorted when few, else by a scan of marks.
  private static func ascending(_ found: inout [Int], below k: Int, marks: inout [Bool]) {
    if found.count < 2 { return }
    if found.count * 16 < k {
      found.sort()
      return
    }
    for j in found { marks[j] = true }
    found.removeAll(keepingCapacity: true)
    for j in 0..<k where marks[j] {
      marks[j] = false
      found.append(j)
    }
  }

  /// The pair of bucket positions `j` < `k`, whose days overlap and whose classes contradict (when both are direct),
  /// as a meeting, or nil when it is not a contradicting pair.
  private func meeting(_ j: Int, _ k: Int, _ bucket: Bucket, _ p: Prepared) -> Meeting? {
    let kDirect = bucket.direct[k]
    let x = bucket.members[j]
    let y = bucket.members[k]
    let viaRegion = !(kDirect && bucket.direct[j])
    if viaRegion {
      let (regional, inside) = kDirect ? (y, x) : (x, y)
      guard assertions[regional].scope == .whole, assertions[inside].isIncompatible(with: assertions[regional])
      else { return nil }
    } else if isOneReportSequence(x, y) {
      return nil
    }
    let bothAssert = p.asserts[j] && p.asserts[k]
    let kind = Reconciler.kind(
      sameVoice: voiceOf[x] == voiceOf[y], aggregated: viaRegion || p.aggregate[j] || p.aggregate[k],
      bothAssert: bothAssert)
    return Meeting(
      j: j, k: k, x: x, y: y, kind: kind, from: max(p.from[j], p.from[k]), to: min(p.to[j], p.to[k]),
      bothAssert: bothAssert)
  }

  private func isOneReportSequence(_ x: Int, _ y: Int) -> Bool {
    let r = reportOf[x]
    return r >= 0 && r == reportOf[y] && ControlAssertion.isSequenceInOneReport(assertions[x], assertions[y])
  }

  /// Whether two classes of one bucket are incompatible, asked of the predicate once per pair of classes.
  struct ClassTable {
    let representatives: [ControlAssertion]
    /// −1 unknown, 0 compatible, 1 incompatible; row-major by (earlier, later) class.
    var known: [Int8]

    init(_ representatives: [ControlAssertion]) {
      self.representatives = representatives
      known = [Int8](repeating: -1, count: representatives.count * representatives.count)
    }

    mutating func incompatible(_ a: Int, _ b: Int) -> Bool {
      let slot = a * representatives.count + b
      if known[slot] < 0 {
        let x = representatives[a]
        let y = representatives[b]
        let meets = !(x.scope == .partial && y.scope == .partial) && x.isIncompatible(with: y)
        known[slot] = meets ? 1 : 0
      }
      return known[slot] == 1
    }
  }
}
