import Foundation

/// Source dependence in the spirit of Dong, Berti-Équille and Srivastava (VLDB 2009): two voices that say the
/// same thing about many windows, above all the same false thing, are probably not independent.
///
/// For voices x and y of accuracies A and B among K sides, independent voices agree on a true statement with
/// probability A·B, on a false one with (1 − A)(1 − B)/(K − 1), and differ otherwise. If y copies x (a share c of
/// x's statements), they agree on a true statement with c·A + (1 − c)·A·B, on a false one with
/// c·(1 − A) + (1 − c)(1 − A)(1 − B)/(K − 1), and differ with (1 − c) times the independent rate. The likelihood
/// ratio of the observed agreements (true and false, weighted by the current posterior) and disagreements, with
/// the prior probability of dependence, gives the probability that they are dependent and which way.
enum CopyDetector {
  /// A stated copy: claims carried by `copier` and attributed to `original` ("copier, citing original").
  struct Attribution: Hashable, Sendable {
    var copier: Int32
    var original: Int32
    var claims: Int
  }

  /// Statistics and dependence of every compared voice pair.
  struct Result: Sendable {
    var table = PairTable(sources: 0)
    /// Per slot: windows shared, agreeing, of which probably false, and conflicting.
    var shared: [Double] = []
    var agreeing: [Double] = []
    var agreeFalse: [Double] = []
    var differ: [Double] = []
    /// Summed log likelihood ratios of agreements: higher voice copies lower, lower copies higher.
    var yCopiesX: [Double] = []
    var xCopiesY: [Double] = []
    /// Probability the pair is dependent; probability that the higher-numbered voice copies the lower.
    var dependence: [Double] = []
    var direction: [Double] = []
    /// The share of statements the pair repeats beyond chance agreement (the pair's own copy rate).
    var rate: [Double] = []
    /// Stated attributions on this slot (claims), 0 if none.
    var explicit: [Int] = []

    /// The discount on `x`'s statement for the chance that it copies `y`'s.
    func copyDiscount(_ x: Int32, copies y: Int32, threshold: Double) -> Double {
      guard let s = table.slot(x, y) else { return 0 }
      let xIsHigher = x > y
      let dir = xIsHigher ? direction[s] : 1 - direction[s]
      if explicit[s] > 0 { return dir >= 0.5 ? 1 : 0 }
      return dependence[s] >= threshold ? rate[s] * dependence[s] * dir : 0
    }

    /// The share of a statement repeated from the other voice's, whichever copies (1 for a stated copy).
    func dependentShare(_ x: Int32, _ y: Int32, threshold: Double) -> Double {
      guard let s = table.slot(x, y) else { return 0 }
      if explicit[s] > 0 { return 1 }
      return dependence[s] >= threshold ? rate[s] * dependence[s] : 0
    }

    mutating func slot(_ a: Int32, _ b: Int32) -> Int {
      let (s, isNew) = table.insert(a, b)
      if isNew {
        for k in [\Result.shared, \.agreeing, \.agreeFalse, \.differ, \.dependence, \.yCopiesX, \.xCopiesY] {
          self[keyPath: k].append(0)
        }
        direction.append(0.5)
        rate.append(1)
        explicit.append(0)
      }
      return s
    }
  }

  /// Compares every pair of voices that speak in a common cell (the first `copyCellLimit` statements of a cell)
  /// and computes their dependence; adds explicit attributions. `skipPairs`: attributions only.
  static func detect(model: TruthModel, skipPairs: Bool) -> Result {
    let p = model.problem
    var r = Result(table: PairTable(sources: p.voices.count))
    if !skipPairs {
      let limit = max(2, model.options.copyCellLimit)
      let weights = model.evidenceWeights()
      var scores: [Double] = []
      for c in 0..<p.cellCount {
        let s0 = Int(p.cellStart[c])
        let s1 = min(Int(p.cellStart[c + 1]), s0 + limit)
        guard s1 - s0 >= 2 else { continue }
        let labelled = p.cellLabel[c] >= 0
        if !labelled { model.scores(of: c, weights: weights, into: &scores) }
        for i in s0..<s1 where p.primary[i] {
          for j in (i + 1)..<s1 where p.primary[j] && p.source[j] != p.source[i] {
            let same = p.value[i] == p.value[j] && p.denies[i] == p.denies[j]
            let conflicting = !same && (p.value[i] != p.value[j] ? !p.denies[i] && !p.denies[j] : true)
            guard same || conflicting else { continue }
            let slot = r.slot(p.source[i], p.source[j])
            r.shared[slot] += 1
            guard same else {
              r.differ[slot] += 1
              continue
            }
            r.agreeing[slot] += 1
            // The truth as the other voices see it (without the pair): a copied error is not confirmed by its copy.
            let q =
              labelled
              ? model.truthProbability(i)
              : model.truthProbability(
                i, without: (i, j), scores: &scores, first: Int(p.candStart[c]), weights: weights)
            r.agreeFalse[slot] += 1 - q
            let (x, y) = r.table.pair(slot)
            let (yx, xy) = agreement(
              q: q, x: model.accuracy[Int(x)], y: model.accuracy[Int(y)], sides: p.sideCount,
              copyRate: model.options.copyRate)
            r.yCopiesX[slot] += yx
            r.xCopiesY[slot] += xy
          }
        }
      }
      score(&r, model: model)
    }
    for a in model.attributed {
      let slot = r.slot(a.copier, a.original)
      r.explicit[slot] += a.claims
      r.dependence[slot] = 1
      r.direction[slot] = a.copier > a.original ? 1 : 0
    }
    return r
  }

  /// Log likelihood ratios (y copies x, x copies y) against independence of two voices of accuracies `x`, `y`
  /// saying the same thing, which the other voices hold true with probability `q`.
  static func agreement(q: Double, x: Double, y: Double, sides: Int, copyRate: Double) -> (Double, Double) {
    let c = min(0.99, max(0.01, copyRate))
    let a = min(0.99, max(0.01, x))
    let b = min(0.99, max(0.01, y))
    let e = 1 / Double(max(2, sides) - 1)
    let independent = q * a * b + (1 - q) * (1 - a) * e * (1 - b) * e
    let yCopiesX = q * a * (c + (1 - c) * b) + (1 - q) * (1 - a) * e * (c + (1 - c) * (1 - b) * e)
    let xCopiesY = q * b * (c + (1 - c) * a) + (1 - q) * (1 - b) * e * (c + (1 - c) * (1 - a) * e)
    return (log(yCopiesX / independent), log(xCopiesY / independent))
  }

  /// The prior probability that two given voices are dependent: a voice copies at most one other, and a share
  /// `copierShare` of the voices copy, so among V voices a pair is dependent with probability about
  /// copierShare / (V − 1), at most `copyPrior`. Among many voices, chance agreement then needs more evidence before
  /// a pair is called dependent (the many comparisons would otherwise find some by chance).
  static func pairPrior(_ options: TruthEstimator.Options, voices: Int) -> Double {
    let scaled = options.copierShare / Double(max(1, voices - 1))
    return min(0.99, max(1e-6, min(options.copyPrior, scaled)))
  }

  /// Dependence, direction and copy rate of each compared pair: disagreements weigh log(1 − c) each way.
  static func score(_ r: inout Result, model: TruthModel) {
    let k = Double(model.problem.sideCount)
    let c = min(0.99, max(0.01, model.options.copyRate))
    let prior = pairPrior(model.options, voices: model.problem.voices.count)
    for slot in 0..<r.table.count where r.shared[slot] >= Double(model.options.minimumShared) {
      let (x, y) = r.table.pair(slot)
      let yCopiesX = r.yCopiesX[slot] + r.differ[slot] * log(1 - c)
      let xCopiesY = r.xCopiesY[slot] + r.differ[slot] * log(1 - c)
      let m = max(yCopiesX, xCopiesY)
      let evidence = log(prior / 2) + m + log(exp(yCopiesX - m) + exp(xCopiesY - m))
      r.dependence[slot] = 1 / (1 + exp(log(1 - prior) - evidence))
      r.direction[slot] = 1 / (1 + exp(xCopiesY - yCopiesX))
      // The pair's own copy rate: its agreement beyond what independent voices of these accuracies would reach.
      let ax = model.accuracy[Int(x)]
      let ay = model.accuracy[Int(y)]
      let chance = ax * ay + (1 - ax) * (1 - ay) / (k - 1)
      r.rate[slot] = min(0.99, max(0.05, (r.agreeing[slot] / r.shared[slot] - chance) / (1 - chance)))
    }
  }

  /// How independently each statement was made: in each cell, the statements that say the same thing are weighed
  /// as ``independence(of:into:model:)`` says (dependence counts from `copyThreshold`; a stated copy fully).
  static func independence(model: TruthModel) -> [Double] {
    let p = model.problem
    var out = [Double](repeating: 1, count: p.statementCount)
    var group: [Int] = []
    for cell in 0..<p.cellCount {
      let s0 = Int(p.cellStart[cell])
      let s1 = Int(p.cellStart[cell + 1])
      guard s1 - s0 >= 2 else { continue }
      group = Array(s0..<s1)
      group.sort { i, j in
        if p.value[i] != p.value[j] { return p.value[i] < p.value[j] }
        if p.denies[i] != p.denies[j] { return !p.denies[i] }
        return p.source[i] < p.source[j]
      }
      var first = 0
      while first < group.count {
        let i0 = group[first]
        var last = first
        while last + 1 < group.count && p.value[group[last + 1]] == p.value[i0]
          && p.denies[group[last + 1]] == p.denies[i0]
        {
          last += 1
        }
        independence(of: group[first...last], into: &out, model: model)
        first = last + 1
      }
    }
    return out
  }

  /// The independence of statements saying one thing in one cell (at most 33 compared; the rest count fully).
  /// They are taken in order of how likely each is to be an original (least copying first, then the more
  /// accurate voice, then voice index); each counts by the share not repeated from the statements before it,
  /// Π (1 − rate × dependence). The first counts whole, so a group of voices that all repeat one another counts
  /// at least once, and about once when they are surely dependent (in the spirit of Dong et al.'s independent
  /// vote count).
  static func independence(of statements: ArraySlice<Int>, into out: inout [Double], model: TruthModel) {
    let p = model.problem
    let r = model.copies
    let threshold = model.options.copyThreshold
    guard statements.count >= 2 else { return }
    let compared = statements.prefix(33)
    // Most groups hold no dependent pair: nothing to discount.
    guard
      compared.contains(where: { i in
        compared.contains { j in j != i && r.dependentShare(p.source[i], p.source[j], threshold: threshold) > 0 }
      })
    else { return }
    let list = Array(compared)
    var copying = [Double](repeating: 0, count: list.count)
    for (a, i) in list.enumerated() {
      for (b, j) in list.enumerated() where a != b {
        copying[a] += r.copyDiscount(p.source[i], copies: p.source[j], threshold: threshold)
      }
    }
    let order = list.indices.sorted { a, b in
      if copying[a] != copying[b] { return copying[a] < copying[b] }
      let (x, y) = (model.accuracy[Int(p.source[list[a]])], model.accuracy[Int(p.source[list[b]])])
      if x != y { return x > y }
      return p.source[list[a]] < p.source[list[b]]
    }
    for (k, a) in order.enumerated() {
      var w = 1.0
      for b in order[..<k] { w *= 1 - r.dependentShare(p.source[list[a]], p.source[list[b]], threshold: threshold) }
      out[list[a]] = w
    }
  }

  /// Stated copies: a claim whose attribution chain names, before its claimant, a name that is itself a voice
  /// ("Daily Sabah, citing Anadolu": Daily Sabah copies Anadolu). Names are voices through `registry` as in
  /// ``ClaimVoice``.
  static func attributions(
    claims: [Claim], problem: EstimationProblem, registry: FactionRegistry? = nil
  ) -> [Attribution] {
    var byName: [String: Int32] = [:]
    for (i, v) in problem.voices.enumerated() {
      byName[v] = Int32(i)
      if byName[problem.voiceNames[i].lowercased()] == nil { byName[problem.voiceNames[i].lowercased()] = Int32(i) }
    }
    func voice(_ name: String) -> Int32? {
      if let g = registry?.claimantGroup(for: name), let v = byName[g] { return v }
      return byName[name.lowercased()]
    }
    var counts: [UInt64: Int] = [:]
    for c in claims where c.reportedBy.chain.count >= 2 {
      guard let original = byName[ClaimVoice.key(of: c, registry: registry)] else { continue }
      for name in c.reportedBy.chain.dropLast() {
        guard let copier = voice(name), copier != original else { continue }
        counts[UInt64(UInt32(copier)) << 32 | UInt64(UInt32(original)), default: 0] += 1
      }
    }
    return counts.keys.sorted().map { key in
      Attribution(copier: Int32(key >> 32), original: Int32(key & 0xFFFF_FFFF), claims: counts[key]!)
    }
  }
}
