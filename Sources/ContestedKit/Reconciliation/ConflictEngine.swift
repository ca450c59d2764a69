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
/// Cost: O(Σ per bucket of (direct × all)) window comparisons of a few machine words each, O(n) memory.
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

  /// Calls `visit` for every contradicting pair of `bucket`, in ledger order of the later one, then of the earlier
  /// one.
  func forEachPair(in bucket: Bucket, _ visit: (Meeting) -> Void) {
    let m = bucket.members
    let n = m.count
    var from = [Int32](repeating: 0, count: n)
    var to = [Int32](repeating: 0, count: n)
    var classOf = [Int](repeating: 0, count: n)
    var asserts = [Bool](repeating: false, count: n)
    var aggregate = [Bool](repeating: false, count: n)
    var signatures: [Signature: Int] = [:]
    var representatives: [ControlAssertion] = []
    // Fields are read in place (`assertions[i].…`): copying a whole assertion per member costs retains.
    for (e, i) in m.enumerated() {
      from[e] = assertions[i].window.from.ordinal
      to[e] = assertions[i].window.to.ordinal
      asserts[e] = assertions[i].stance == .asserts
      aggregate[e] = assertions[i].isAggregate
      guard bucket.direct[e] else { continue }
      let s = Signature(assertions[i])
      if let c = signatures[s] {
        classOf[e] = c
      } else {
        classOf[e] = representatives.count
        signatures[s] = representatives.count
        var r = assertions[i]
        r.report = nil
        representatives.append(r)
      }
    }
    var table = ClassTable(representatives)
    var directSoFar: [Int] = []
    for k in 0..<n {
      let kDirect = bucket.direct[k]
      let fk = from[k]
      let tk = to[k]
      let y = m[k]
      func kind(_ j: Int, _ aggregated: Bool) -> ConflictKind {
        Reconciler.kind(
          sameVoice: voiceOf[m[j]] == voiceOf[y], aggregated: aggregated, bothAssert: asserts[j] && asserts[k])
      }
      func consider(_ j: Int) {
        guard from[j] <= tk, fk <= to[j] else { return }
        let x = m[j]
        let viaRegion = !(kDirect && bucket.direct[j])
        if viaRegion {
          let (regional, inside) = kDirect ? (y, x) : (x, y)
          guard assertions[regional].scope == .whole, assertions[inside].isIncompatible(with: assertions[regional])
          else { return }
        } else {
          guard table.incompatible(classOf[j], classOf[k]), !isOneReportSequence(x, y) else { return }
        }
        visit(
          Meeting(
            j: j, k: k, x: x, y: y, kind: kind(j, viaRegion || aggregate[j] || aggregate[k]), from: max(from[j], fk),
            to: min(to[j], tk), bothAssert: asserts[j] && asserts[k]))
      }
      if kDirect {
        for j in 0..<k { consider(j) }
        directSoFar.append(k)
      } else {
        for j in directSoFar { consider(j) }
      }
    }
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
