/// Tagging and attachment accuracy of predicted sentences against gold ones with the same words, by the
/// CoNLL 2018 shared task's conventions: every word counts (punctuation too), relations are compared
/// without their subtypes (`nsubj:pass` = `nsubj`).
public struct ParseScore: Sendable, Equatable {
  /// Words compared.
  public var words = 0
  /// Words with the gold UPOS.
  public var uposRight = 0
  /// Words with the gold head.
  public var headRight = 0
  /// Words with the gold head and universal relation.
  public var labelledRight = 0

  /// An empty score.
  public init() {}

  /// UPOS accuracy, 0…1.
  public var upos: Double { ratio(uposRight) }
  /// Unlabelled attachment score, 0…1.
  public var uas: Double { ratio(headRight) }
  /// Labelled attachment score, 0…1.
  public var las: Double { ratio(labelledRight) }

  func ratio(_ x: Int) -> Double { words == 0 ? 0 : Double(x) / Double(words) }

  /// Adds one sentence pair; throws when the words differ (gold tokenisation is required).
  public mutating func add(gold: CoNLLUSentence, predicted: CoNLLUSentence) throws {
    guard gold.words.count == predicted.words.count else {
      throw CoNLLUError(
        file: "gold", line: gold.line, field: "FORM",
        reason: "\(gold.words.count) gold words but \(predicted.words.count) predicted; score with gold tokenisation")
    }
    for (g, p) in zip(gold.words, predicted.words) {
      words += 1
      if g.upos == p.upos { uposRight += 1 }
      if g.head == p.head {
        headRight += 1
        if g.universalRelation == p.universalRelation { labelledRight += 1 }
      }
    }
  }

  /// The three figures as percentages with two decimals: `UPOS 95.10  UAS 88.02  LAS 85.33  (25096 words)`.
  public var summary: String {
    "UPOS \(Self.percent(upos))  UAS \(Self.percent(uas))  LAS \(Self.percent(las))  (\(words) words)"
  }

  /// `x` (0…1) as a percentage with two decimals.
  public static func percent(_ x: Double) -> String {
    let v = Int((x * 10000).rounded())
    let frac = v % 100
    return "\(v / 100).\(frac < 10 ? "0" : "")\(frac)"
  }
}
