/// Turns a fitted ``TruthModel`` into a ``TruthEstimate``: cells with holders and reasons, voices ranked by the
/// lower bound of their reliability interval, copy relations.
struct EstimateAssembler {
  let model: TruthModel
  let claims: [Claim]

  var problem: EstimationProblem { model.problem }

  func estimate() -> TruthEstimate {
    let p = problem
    // By place key (byte order), then window: the places' ranks once, then integer keys (cells of one place are
    // formed in window order, so a stable sort by place rank keeps them so).
    var byKey = Array(0..<p.places.count)
    byKey.sort { p.places[$0].rawValue.utf8.lexicographicallyPrecedes(p.places[$1].rawValue.utf8) }
    var rank = [Int32](repeating: 0, count: p.places.count)
    for (r, place) in byKey.enumerated() { rank[place] = Int32(r) }
    var keyed = (0..<p.cellCount).map { c in
      (UInt64(UInt32(rank[Int(p.cellPlace[c])])) << 32 | UInt64(UInt32(bitPattern: p.cellFrom[c] &- Int32.min)), c)
    }
    keyed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    let order = keyed.map(\.1)
    keyed = []
    let explainer = EstimateExplainer(model: model, claims: claims)
    let cells = order.map { cell(Int($0), explainer: explainer) }
    return TruthEstimate(cells: cells, sources: sources(), copies: copies(), options: model.options)
  }

  /// One cell's estimate.
  func cell(_ c: Int, explainer: EstimateExplainer) -> CellEstimate {
    let p = problem
    let c0 = Int(p.candStart[c])
    var voices = [Double](repeating: 0, count: Int(p.candStart[c + 1]) - c0)
    for s in Int(p.cellStart[c])..<Int(p.cellStart[c + 1]) where !p.denies[s] {
      voices[Int(p.cand[s]) - c0] += model.independence[s]
    }
    var alternatives: [CellEstimate.Alternative] = []
    for i in c0..<Int(p.candStart[c + 1]) {
      alternatives.append(
        .init(side: p.values[Int(p.candValue[i])], probability: model.posterior[i], voices: voices[i - c0]))
    }
    alternatives.sort { $0.probability != $1.probability ? $0.probability > $1.probability : $0.side < $1.side }
    let top = alternatives.first ?? .init(side: .undetermined, probability: 0, voices: 0)
    let label = p.cellLabel[c] >= 0 ? p.values[Int(p.cellLabel[c])] : nil
    // The best named side must also beat each side nobody named (they share `unnamed` equally).
    let unnamedSides = max(1, p.sideCount - alternatives.count)
    let sure = top.probability >= model.options.confidence && top.probability >= model.unnamed[c] / Double(unnamedSides)
    var ids: [ClaimID] = []
    for s in Int(p.cellStart[c])..<Int(p.cellStart[c + 1]) { ids.append(claims[Int(p.claim[s])].id) }
    ids.sort()
    var estimate = CellEstimate(
      place: p.places[Int(p.cellPlace[c])],
      window: TimeSpan(from: Day(ordinal: p.cellFrom[c]), to: Day(ordinal: p.cellTo[c]), precision: .range),
      holder: sure ? top.side : .undetermined, best: top.side, probability: top.probability,
      alternatives: alternatives, unnamed: model.unnamed[c], claims: uniqued(ids), verdict: label, reasons: [])
    if model.options.explain { estimate.reasons = explainer.reasons(cell: c, estimate: estimate) }
    return estimate
  }

  private func uniqued(_ ids: [ClaimID]) -> [ClaimID] {
    var out: [ClaimID] = []
    out.reserveCapacity(ids.count)
    for id in ids where out.last != id { out.append(id) }
    return out
  }

  /// Every voice with its learned reliability, ranked by the interval's lower bound.
  func sources() -> [SourceReliability] {
    let p = problem
    var statements = [Int](repeating: 0, count: p.voices.count)
    var verdicts = [Int](repeating: 0, count: p.voices.count)
    for s in 0..<p.statementCount where p.primary[s] {
      statements[Int(p.source[s])] += 1
      if p.ruling[s] != 0 { verdicts[Int(p.source[s])] += 1 }
    }
    let a = model.options.priorCorrect
    let b = model.options.priorWrong
    var out: [SourceReliability] = []
    for v in 0..<p.voices.count {
      let right = model.correct[v]
      let wrong = max(0, model.total[v] - right)
      out.append(
        SourceReliability(
          voice: p.voices[v], name: p.voiceNames[v], claims: statements[v], verdicts: verdicts[v], correct: right,
          wrong: wrong, reliability: model.accuracy[v],
          low: BetaDistribution.quantile(0.05, a: right + a, b: wrong + b),
          high: BetaDistribution.quantile(0.95, a: right + a, b: wrong + b)))
    }
    return out.sorted { x, y in
      if x.low != y.low { return x.low > y.low }
      if x.claims != y.claims { return x.claims > y.claims }
      return x.voice < y.voice
    }
  }

  /// Copy relations at or above the threshold, surest first.
  func copies() -> [CopyRelation] {
    let r = model.copies
    var out: [CopyRelation] = []
    for slot in 0..<r.table.count where r.dependence[slot] >= model.options.copyThreshold {
      let (x, y) = r.table.pair(slot)
      let yCopies = r.direction[slot] >= 0.5
      let (copier, original) = yCopies ? (y, x) : (x, y)
      out.append(
        CopyRelation(
          copier: problem.voices[Int(copier)], original: problem.voices[Int(original)],
          probability: r.dependence[slot], directionProbability: yCopies ? r.direction[slot] : 1 - r.direction[slot],
          shared: Int(r.shared[slot]), sharedFalse: r.agreeFalse[slot], agreeing: Int(r.agreeing[slot]),
          isExplicit: r.explicit[slot] > 0))
    }
    return out.sorted { x, y in
      if x.probability != y.probability { return x.probability > y.probability }
      if x.copier != y.copier { return x.copier < y.copier }
      return x.original < y.original
    }
  }
}
