/// A greedy arc-hybrid dependency parser: an averaged perceptron chooses each move, a second one the
/// relation label of each arc as it is made.
public struct Parser: Sendable {
  /// Relation names (with subtypes), by label index.
  public let labels: [String]
  /// Move weights (3 classes: SHIFT, LEFT, RIGHT).
  public let moves: WeightTable
  /// Label weights (one class per relation).
  public let arcs: WeightTable

  /// A parser from its parts.
  public init(labels: [String], moves: WeightTable, arcs: WeightTable) {
    self.labels = labels
    self.moves = moves
    self.arcs = arcs
  }

  /// The heads (0 = root) and label indices of words 1…n given their features and tags (index 0…n-1).
  public func parse(_ words: [WordInfo], tags: [UInt8]) -> (heads: [Int], labels: [UInt8]) {
    var st = ArcHybridState(count: words.count)
    var feats = [UInt64](repeating: 0, count: ParserFeatures.count)
    var labelFeats = [UInt64](repeating: 0, count: LabelFeatures.count)
    var scores = [Int32](repeating: 0, count: 3)
    var labelScores = [Int32](repeating: 0, count: labels.count)
    while !st.isTerminal {
      ParserFeatures.extract(st, words, tags, into: &feats)
      for k in 0..<3 { scores[k] = 0 }
      feats.withUnsafeBufferPointer { moves.score($0, into: &scores) }
      guard let move = Self.best(scores, st) else { break }
      var label: UInt8 = 0
      if move != .shift {
        let d = st.s(0)
        let h = move == .left ? st.next : st.s(1)
        LabelFeatures.extract(head: h, dependent: d, st, words, tags, into: &labelFeats)
        for k in 0..<labelScores.count { labelScores[k] = 0 }
        labelFeats.withUnsafeBufferPointer { arcs.score($0, into: &labelScores) }
        label = Self.bestLabel(labelScores, toRoot: h == 0, rootLabel: rootLabel)
      }
      st.apply(move, label: label)
    }
    return ((0..<words.count).map { Int(st.heads[$0 + 1]) }, Array(st.labels.dropFirst()))
  }

  var rootLabel: Int { labels.firstIndex(of: "root") ?? 0 }

  /// The best-scoring valid move.
  @inline(__always) static func best(_ scores: [Int32], _ st: ArcHybridState) -> ArcHybridState.Move? {
    var best: ArcHybridState.Move?
    for m in ArcHybridState.Move.allCases where st.isValid(m) {
      if best == nil || scores[m.rawValue] > scores[best!.rawValue] { best = m }
    }
    return best
  }

  /// The best label: `root` for an arc from the root, never `root` for any other.
  @inline(__always) static func bestLabel(_ scores: [Int32], toRoot: Bool, rootLabel: Int) -> UInt8 {
    if toRoot { return UInt8(rootLabel) }
    var best = rootLabel == 0 ? 1 : 0
    for k in 0..<scores.count where k != rootLabel && scores[k] > scores[best] { best = k }
    return UInt8(best)
  }
}
