/// Levenshtein distance and "did you mean" suggestions, for commands, options, places and factions.
public enum EditDistance {
  /// The Levenshtein distance between `a` and `b` (on Unicode scalars).
  public static func between(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// The candidate nearest to `word`, if it is close enough to be a plausible typo.
  public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    var best: (String, Int)?
    for c in candidates {
      let d = between(word.lowercased(), c.lowercased())
      if best == nil || d < best!.1 { best = (c, d) }
    }
    guard let (name, distance) = best else { return nil }
    let limit = max(2, word.count / 3)
    return distance <= limit ? name : nil
  }
}
