import Foundation

/// The estimator's state and its EM loop, over the arrays of an ``EstimationProblem``.
struct TruthModel: Sendable {
  let problem: EstimationProblem
  let options: TruthEstimator.Options
  /// Accuracy of each voice (the posterior mean).
  var accuracy: [Double]
  /// Expected correct and total (weighted) statements per voice, from the last M step.
  var correct: [Double]
  var total: [Double]
  /// Posterior of each candidate (indexed like `problem.candValue`), and of the unnamed sides per cell.
  var posterior: [Double]
  var unnamed: [Double]
  /// How independently each statement was made (1: no dependent voice said the same before it).
  var independence: [Double]
  /// Dependence between voices, from the last copy-detection round.
  var copies = CopyDetector.Result()
  /// Explicit attributions: (copier, original) voice pairs and their claim counts.
  var attributed: [CopyDetector.Attribution] = []

  init(problem: EstimationProblem, options: TruthEstimator.Options) {
    self.problem = problem
    self.options = options
    let sources = problem.voices.count
    let mean = options.priorCorrect / max(1e-9, options.priorCorrect + options.priorWrong)
    accuracy = [Double](repeating: mean, count: sources)
    correct = [Double](repeating: 0, count: sources)
    total = [Double](repeating: 0, count: sources)
    posterior = [Double](repeating: 0, count: problem.candValue.count)
    unnamed = [Double](repeating: 0, count: problem.cellCount)
    independence = [Double](repeating: 1, count: problem.statementCount)
  }

  /// Rounds of (copy detection, then EM steps); the first round assumes independence except explicit copies.
  mutating func run() {
    for round in 0..<max(1, options.rounds) {
      if round > 0 || !attributed.isEmpty {
        copies = CopyDetector.detect(model: self, skipPairs: round == 0)
        independence = CopyDetector.independence(model: self)
      }
      for _ in 0..<max(1, options.iterations) {
        expectation()
        maximisation()
      }
    }
    expectation()
  }

  /// log(a'(K − 1) / (1 − a')) per voice and interest class: how much a statement moves its side's log-odds.
  func evidenceWeights() -> [Double] {
    let k = Double(problem.sideCount)
    var out = [Double](repeating: 0, count: accuracy.count * 3)
    for (s, a) in accuracy.enumerated() {
      let e = 1 - a
      for cls in ClaimInterest.allCases {
        var err = e
        switch cls {
        case .neutral: break
        case .againstInterest: err = e * options.admissionErrorFactor
        case .selfServing: err = min(e * options.selfServingErrorFactor, 1 - 1 / k)
        }
        let acc = min(0.995, max(0.005, 1 - err))
        out[s * 3 + Int(cls.rawValue)] = log(acc * (k - 1) / (1 - acc))
      }
    }
    return out
  }

  /// The E step: each cell's posterior over its candidates (a verdict's holder is taken as known).
  mutating func expectation() {
    let weights = evidenceWeights()
    let k = problem.sideCount
    var scores: [Double] = []
    for c in 0..<problem.cellCount {
      let c0 = Int(problem.candStart[c])
      let c1 = Int(problem.candStart[c + 1])
      let label = problem.cellLabel[c]
      if label >= 0 {
        for i in c0..<c1 { posterior[i] = problem.candValue[i] == label ? 1 : 0 }
        unnamed[c] = 0
        continue
      }
      scores.removeAll(keepingCapacity: true)
      scores.append(contentsOf: repeatElement(0, count: c1 - c0))
      for s in Int(problem.cellStart[c])..<Int(problem.cellStart[c + 1]) {
        let w = problem.recency[s] * independence[s]
        let d = weights[Int(problem.source[s]) * 3 + Int(problem.interest[s].rawValue)]
        scores[Int(problem.cand[s]) - c0] += problem.denies[s] ? -w * d : w * d
      }
      // The sides nobody named share the base score (0) with multiplicity K − m.
      let rest = k - (c1 - c0)
      var top = rest > 0 ? log(Double(rest)) : -Double.infinity
      for x in scores { top = max(top, x) }
      var sum = rest > 0 ? exp(log(Double(rest)) - top) : 0
      for x in scores { sum += exp(x - top) }
      for i in c0..<c1 { posterior[i] = exp(scores[i - c0] - top) / sum }
      unnamed[c] = rest > 0 ? exp(log(Double(rest)) - top) / sum : 0
    }
  }

  /// The probability that statement `s` is true under the current posterior (a final ruling overrides).
  func truthProbability(_ s: Int) -> Double {
    let r = problem.ruling[s]
    if r != 0 { return r > 0 ? 1 : 0 }
    let p = posterior[Int(problem.cand[s])]
    return problem.denies[s] ? 1 - p : p
  }

  /// The M step: each voice's accuracy from its statements that started in their window, weighted by how
  /// independently they were made (a copied statement says little about the copier), with the Beta prior.
  mutating func maximisation() {
    for i in correct.indices {
      correct[i] = 0
      total[i] = 0
    }
    for s in 0..<problem.statementCount where problem.primary[s] {
      let v = Int(problem.source[s])
      let w = independence[s]
      correct[v] += w * truthProbability(s)
      total[v] += w
    }
    let a = options.priorCorrect
    let b = options.priorWrong
    for v in accuracy.indices { accuracy[v] = (correct[v] + a) / (total[v] + a + b) }
  }

  /// How statement `s` moves its side's log-odds in its cell.
  func contribution(_ s: Int, _ weights: [Double]) -> Double {
    let w = problem.recency[s] * independence[s]
    let d = weights[Int(problem.source[s]) * 3 + Int(problem.interest[s].rawValue)]
    return problem.denies[s] ? -w * d : w * d
  }

  /// The probability that statement `s` is true judged without two statements (a pair in a copy test), from the
  /// cell's candidate `scores` (a final ruling overrides).
  func truthProbability(
    _ s: Int, without pair: (Int, Int), scores: inout [Double], first c0: Int, weights: [Double]
  ) -> Double {
    if problem.ruling[s] != 0 { return problem.ruling[s] > 0 ? 1 : 0 }
    let (o1, o2) = (Int(problem.cand[pair.0]) - c0, Int(problem.cand[pair.1]) - c0)
    let (d1, d2) = (contribution(pair.0, weights), contribution(pair.1, weights))
    scores[o1] -= d1
    scores[o2] -= d2
    let unnamed = Double(problem.sideCount - scores.count)
    var top = unnamed > 0 ? log(unnamed) : -Double.infinity
    for x in scores { top = max(top, x) }
    var sum = unnamed > 0 ? exp(log(unnamed) - top) : 0
    for x in scores { sum += exp(x - top) }
    let p = exp(scores[Int(problem.cand[s]) - c0] - top) / sum
    scores[o1] += d1
    scores[o2] += d2
    return problem.denies[s] ? 1 - p : p
  }

  /// The log scores of cell `c`'s candidates (as in the E step).
  func scores(of c: Int, weights: [Double], into out: inout [Double]) {
    let c0 = Int(problem.candStart[c])
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: repeatElement(0, count: Int(problem.candStart[c + 1]) - c0))
    for s in Int(problem.cellStart[c])..<Int(problem.cellStart[c + 1]) {
      out[Int(problem.cand[s]) - c0] += contribution(s, weights)
    }
  }
}
