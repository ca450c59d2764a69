/// A greedy averaged-perceptron part-of-speech tagger over Universal Dependencies UPOS tags.
public struct Tagger: Sendable {
  /// The tag names, by class index.
  public let tags: [String]
  /// The trained weights.
  public let weights: WeightTable
  /// Frequent words seen with one tag nearly always: their form hash and tag.
  public let tagDictionary: [UInt64: UInt8]
  /// Ambiguity classes: for words seen often enough in training, by lower-case hash, the bit set of the tags
  /// they were seen with (what the next words may be, without tagging them first).
  public let ambiguity: [UInt64: UInt32]

  /// A tagger from its parts.
  public init(tags: [String], weights: WeightTable, tagDictionary: [UInt64: UInt8], ambiguity: [UInt64: UInt32]) {
    self.tags = tags
    self.weights = weights
    self.tagDictionary = tagDictionary
    self.ambiguity = ambiguity
  }

  /// The tag indices of `words`.
  public func tag(_ words: [WordInfo]) -> [UInt8] {
    var out = [UInt8](repeating: 0, count: words.count)
    var feats = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var scores = [Int32](repeating: 0, count: tags.count)
    let none = tags.count
    var p1 = none
    var p2 = none
    let amb = TaggerFeatures.classes(words, ambiguity)
    for i in 0..<words.count {
      var t: Int
      if let d = tagDictionary[words[i].form] {
        t = Int(d)
      } else {
        TaggerFeatures.extract(words, amb, i, p1: p1, p2: p2, into: &feats)
        for k in 0..<scores.count { scores[k] = 0 }
        feats.withUnsafeBufferPointer { weights.score($0, into: &scores) }
        t = 0
        for k in 1..<scores.count where scores[k] > scores[t] { t = k }
      }
      out[i] = UInt8(t)
      p2 = p1
      p1 = t
    }
    return out
  }
}
