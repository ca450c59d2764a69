/// Trains a ``Tagger`` on gold-tagged sentences: greedy left to right, previous tags as predicted.
public struct TaggerTrainer {
  /// The tag names.
  public let tags: [String]
  var perceptron: PerceptronTrainer
  var dictionary: [UInt64: UInt8] = [:]
  var ambiguity: [UInt64: UInt32] = [:]

  /// A trainer for these tags.
  public init(tags: [String]) {
    self.tags = tags
    perceptron = PerceptronTrainer(classCount: tags.count)
  }

  /// Builds the tag dictionary: forms seen at least `minCount` times with one tag at least `purity` of the time.
  public mutating func buildDictionary(
    _ sentences: [(words: [WordInfo], tags: [UInt8])], minCount: Int = 20, purity: Double = 0.97
  ) {
    var counts: [UInt64: [Int]] = [:]
    for s in sentences {
      for (w, t) in zip(s.words, s.tags) {
        counts[w.form, default: [Int](repeating: 0, count: tags.count)][Int(t)] += 1
      }
    }
    dictionary = [:]
    ambiguity = Self.ambiguityClasses(sentences, tagCount: tags.count)
    for (form, c) in counts {
      let total = c.reduce(0, +)
      guard total >= minCount, let best = c.indices.max(by: { c[$0] < c[$1] }) else { continue }
      if Double(c[best]) / Double(total) >= purity { dictionary[form] = UInt8(best) }
    }
  }

  /// Lower-case forms seen at least 3 times, with the tags seen for at least 5 % of them.
  static func ambiguityClasses(_ sentences: [(words: [WordInfo], tags: [UInt8])], tagCount: Int) -> [UInt64: UInt32] {
    var counts: [UInt64: [Int]] = [:]
    for s in sentences {
      for (w, t) in zip(s.words, s.tags) { counts[w.lower, default: [Int](repeating: 0, count: tagCount)][Int(t)] += 1 }
    }
    var out: [UInt64: UInt32] = [:]
    for (word, c) in counts {
      let total = c.reduce(0, +)
      guard total >= 3 else { continue }
      var mask: UInt32 = 0
      for k in 0..<tagCount where c[k] * 20 >= total { mask |= 1 << UInt32(k) }
      out[word] = mask
    }
    return out
  }

  /// One pass over `sentences` in the order given; returns the share of words tagged right.
  public mutating func train(_ sentences: [(words: [WordInfo], tags: [UInt8])]) -> Double {
    var feats = [UInt64](repeating: 0, count: TaggerFeatures.count)
    var scores = [Float](repeating: 0, count: tags.count)
    var right = 0
    var total = 0
    let none = tags.count
    for s in sentences {
      var p1 = none
      var p2 = none
      let amb = TaggerFeatures.classes(s.words, ambiguity)
      for i in 0..<s.words.count {
        let gold = Int(s.tags[i])
        var guess: Int
        if let d = dictionary[s.words[i].form] {
          guess = Int(d)
        } else {
          TaggerFeatures.extract(s.words, amb, i, p1: p1, p2: p2, into: &feats)
          perceptron.scores(feats, into: &scores)
          guess = 0
          for k in 1..<scores.count where scores[k] > scores[guess] { guess = k }
          perceptron.update(feats, truth: gold, guess: guess)
          perceptron.tick()
        }
        if guess == gold { right += 1 }
        total += 1
        p2 = p1
        p1 = guess
      }
    }
    return total == 0 ? 0 : Double(right) / Double(total)
  }

  /// The tagger with averaged weights, dropping weights below `threshold`.
  public func tagger(threshold: Float = 0) -> Tagger {
    Tagger(
      tags: tags, weights: perceptron.averaged(threshold: threshold), tagDictionary: dictionary, ambiguity: ambiguity)
  }

  /// The bytes its weights take in a model file at `threshold`.
  public func storedBytes(threshold: Float) -> Int { perceptron.storedBytes(threshold: threshold) }
}
