/// Trains a ``Parser`` with the arc-hybrid dynamic oracle (Goldberg & Nivre 2013): at each configuration the
/// perceptron is updated towards the best-scoring zero-cost move, and the parser then follows its own
/// prediction (with probability `explore`, after the first iteration), so it learns to recover from errors.
/// Labels are learned on every arc the parser makes whose head is the gold head.
public struct ParserTrainer {
  /// Relation names.
  public let labels: [String]
  var moves = PerceptronTrainer(classCount: 3)
  var arcs: PerceptronTrainer
  /// Probability of following the predicted move instead of the oracle's after the first iteration.
  public var explore = 0.9
  var rng: SplitMix64

  /// A trainer for these relations, with a seed for the exploration choices.
  public init(labels: [String], seed: UInt64) {
    self.labels = labels
    arcs = PerceptronTrainer(classCount: labels.count)
    rng = SplitMix64(seed: seed)
  }

  /// One gold sentence: word features, (predicted) tags, gold heads (index 0 unused) and labels (likewise).
  public struct Example {
    /// Word features, words 1…n at 0…n-1.
    public var words: [WordInfo]
    /// Tags as the tagger predicts them (jack-knifed for training data).
    public var tags: [UInt8]
    /// Gold heads, index 0 unused.
    public var heads: [Int32]
    /// Gold labels, index 0 unused.
    public var labels: [UInt8]

    /// An example.
    public init(words: [WordInfo], tags: [UInt8], heads: [Int32], labels: [UInt8]) {
      self.words = words
      self.tags = tags
      self.heads = heads
      self.labels = labels
    }
  }

  /// One pass over `examples` in the order given; `followPredictions`: explore (after the first iteration).
  public mutating func train(_ examples: [Example], followPredictions: Bool) {
    var feats = [UInt64](repeating: 0, count: ParserFeatures.count)
    var labelFeats = [UInt64](repeating: 0, count: LabelFeatures.count)
    var scores = [Float](repeating: 0, count: 3)
    var labelScores = [Float](repeating: 0, count: labels.count)
    let root = labels.firstIndex(of: "root") ?? 0
    for ex in examples {
      var st = ArcHybridState(count: ex.words.count)
      while !st.isTerminal {
        ParserFeatures.extract(st, ex.words, ex.tags, into: &feats)
        moves.scores(feats, into: &scores)
        let step = choose(st, scores: scores, gold: ex.heads, follow: followPredictions)
        moves.update(feats, truth: step.truth.rawValue, guess: step.guess.rawValue)
        moves.tick()
        var label: UInt8 = 0
        if step.taken != .shift {
          let d = st.s(0)
          let h = step.taken == .left ? st.next : st.s(1)
          if h == 0 {
            label = UInt8(root)
          } else {
            LabelFeatures.extract(head: h, dependent: d, st, ex.words, ex.tags, into: &labelFeats)
            arcs.scores(labelFeats, into: &labelScores)
            var best = root == 0 ? 1 : 0
            for k in 0..<labelScores.count where k != root && labelScores[k] > labelScores[best] { best = k }
            if ex.heads[d] == Int32(h) {
              arcs.update(labelFeats, truth: Int(ex.labels[d]), guess: best)
              arcs.tick()
            }
            label = UInt8(best)
          }
        }
        st.apply(step.taken, label: label)
      }
    }
  }

  /// The move to learn (best zero-cost), the move predicted, and the move to take.
  mutating func choose(_ st: ArcHybridState, scores: [Float], gold: [Int32], follow: Bool)
    -> (truth: ArcHybridState.Move, guess: ArcHybridState.Move, taken: ArcHybridState.Move)
  {
    var guess: ArcHybridState.Move?
    var truth: ArcHybridState.Move?
    var minCost = Int.max
    var costs = [Int](repeating: Int.max, count: 3)
    for m in ArcHybridState.Move.allCases where st.isValid(m) {
      costs[m.rawValue] = DynamicOracle.cost(m, st, gold: gold)
      minCost = min(minCost, costs[m.rawValue])
      if guess == nil || scores[m.rawValue] > scores[guess!.rawValue] { guess = m }
    }
    for m in ArcHybridState.Move.allCases where costs[m.rawValue] == minCost {
      if truth == nil || scores[m.rawValue] > scores[truth!.rawValue] { truth = m }
    }
    let g = guess!
    let t = truth!
    let taken = follow && rng.nextDouble() < explore ? g : t
    return (t, g, taken)
  }

  /// The parser with averaged weights, dropping weights below `threshold`.
  public func parser(threshold: Float = 0) -> Parser {
    Parser(labels: labels, moves: moves.averaged(threshold: threshold), arcs: arcs.averaged(threshold: threshold))
  }

  /// The bytes its weights take in a model file at `threshold`.
  public func storedBytes(threshold: Float) -> Int {
    moves.storedBytes(threshold: threshold) + arcs.storedBytes(threshold: threshold)
  }
}
