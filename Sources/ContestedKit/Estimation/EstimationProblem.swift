/// The claims as integer arrays: places, voices and sides interned, statements grouped into cells (a place during
/// a window), one statement per voice and position in a cell. Built once; the estimator's loops read only arrays.
struct EstimationProblem: Sendable {
  /// Place keys by place index.
  var places: [PlaceID] = []
  /// Voice keys (independence keys) and a display name, by voice index.
  var voices: [String] = []
  var voiceNames: [String] = []
  /// Sides by value index.
  var values: [Side] = []

  // Statements (observations), grouped by cell.
  /// The voice, the side and whether the statement denies it.
  var source: [Int32] = []
  var value: [Int32] = []
  var denies: [Bool] = []
  /// False when the statement is carried into a later window it overlaps (it started in an earlier one).
  var primary: [Bool] = []
  /// Recency weight in the cell (1 for the newest statement).
  var recency: [Double] = []
  var interest: [ClaimInterest] = []
  /// Index of the claim in the input.
  var claim: [Int32] = []
  /// The start day of the statement's window.
  var start: [Int32] = []
  /// +1 upheld, −1 refuted, 0 no final ruling.
  var ruling: [Int8] = []
  /// Index of the statement's side among its cell's candidates (into `candValue`).
  var cand: [Int32] = []

  // Cells.
  /// Statements of cell c are `cellStart[c] ..< cellStart[c + 1]`.
  var cellStart: [Int32] = [0]
  var cellPlace: [Int32] = []
  var cellFrom: [Int32] = []
  var cellTo: [Int32] = []
  /// Candidates of cell c are `candStart[c] ..< candStart[c + 1]`: distinct sides named in the cell.
  var candStart: [Int32] = [0]
  var candValue: [Int32] = []
  /// The side a verdict says held the cell's place, or −1.
  var cellLabel: [Int32] = []

  /// How many sides the model assumes there are (at least 2): every side named anywhere.
  var sideCount: Int { max(2, values.count) }
  var cellCount: Int { cellPlace.count }
  var statementCount: Int { source.count }

  /// One derived statement before cells are formed.
  struct Raw {
    var place: Int32
    var from: Int32
    var to: Int32
    var source: Int32
    var value: Int32
    var denies: Bool
    var interest: ClaimInterest
    var claim: Int32
  }
}

extension EstimationProblem {
  /// Builds the problem from claims and their assertions (in claim order, as `ControlAssertion.derive` gives them).
  init(
    claims: [Claim], assertions: [ControlAssertion], rulings: [ClaimID: ClaimRuling], labels: [TruthEstimator.Label],
    options: TruthEstimator.Options, coalitions: Coalitions = Coalitions(), allied: (Side, Side) -> Bool
  ) {
    var raws: [Raw] = []
    raws.reserveCapacity(assertions.count)
    var placeIndex: [PlaceID: Int32] = [:]
    var voiceIndex: [String: Int32] = [:]
    var valueIndex: [Side: Int32] = [:]
    // Sides are few: a scan of the last few seen before the table.
    func internSide(_ side: Side) -> Int32 {
      for i in values.indices.reversed().prefix(8) where values[i] == side { return Int32(i) }
      if let i = valueIndex[side] { return i }
      let i = Int32(values.count)
      valueIndex[side] = i
      values.append(side)
      return i
    }
    func intern<K: Hashable>(_ k: K, _ table: inout [K: Int32], _ list: inout [K]) -> Int32 {
      if let i = table[k] { return i }
      let i = Int32(list.count)
      table[k] = i
      list.append(k)
      return i
    }
    // Sides some theatre groups into a coalition (only they need the claim's theatre).
    var grouped = Set<Side>()
    for camps in coalitions.camps.values { grouped.formUnion(camps.keys) }
    var j = 0
    for a in assertions {
      // Assertions follow claim order: walk the claims alongside (a lookup only if they ever do not).
      if j >= claims.count || claims[j].id != a.claim {
        var k = j
        while k < claims.count && claims[k].id != a.claim { k += 1 }
        if k == claims.count { k = claims.firstIndex { $0.id == a.claim } ?? -1 }
        guard k >= 0 else { continue }
        j = k
      }
      let v = intern(a.voice, &voiceIndex, &voices)
      if Int(v) == voiceNames.count { voiceNames.append(claims[j].claimant.name) }
      raws.append(
        Raw(
          place: intern(a.place, &placeIndex, &places), from: a.window.from.ordinal, to: a.window.to.ordinal,
          source: v, value: internSide(a.side), denies: a.stance == .denies,
          interest: ClaimInterest.of(
            claim: claims[j], assertion: a, coalitions: coalitions, grouped: grouped, allied: allied),
          claim: Int32(j)))
    }
    // Verdicts: the claims each covers, at the verdict's place.
    var wanted: [ClaimID: [(place: Int32, side: Int32)]] = [:]
    for l in labels where l.heldBy != .unknown {
      guard let p = placeIndex[l.place] else { continue }
      let v = internSide(l.heldBy)
      for id in l.claims { wanted[id, default: []].append((p, v)) }
    }
    var labelOf: [Int32: [(place: Int32, side: Int32)]] = [:]
    if !wanted.isEmpty {
      for (k, c) in claims.enumerated() { if let w = wanted[c.id] { labelOf[Int32(k)] = w } }
    }
    formCells(raws, labelOf: labelOf, options: options)
    if !rulings.isEmpty {
      for s in 0..<claim.count {
        switch rulings[claims[Int(claim[s])].id] {
        case .upheld: ruling[s] = 1
        case .refuted: ruling[s] = -1
        case .unverifiable, nil: break
        }
      }
    }
  }
}
