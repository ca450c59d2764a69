/// A parsed sentence as the claim rules walk it: words with their relations, children by head, the extraction
/// tokens each word covers, and lower-cased forms.
struct SentenceGraph {
  /// The parsed words.
  let words: [ParsedWord]
  /// Lower-cased (ASCII) word forms.
  let forms: [String]
  /// For each word, the range of extraction-token indices it covers (empty when none).
  let tokens: [Range<Int>]
  /// Children of each word, in text order.
  let children: [[Int]]
  /// The sentence's extraction tokens.
  let sentence: [Token]
  /// True for words that sit directly between quote marks (`"liberated"`).
  let quoted: [Bool]

  init(words: [ParsedWord], sentence s: [Token], bytes: [UInt8]) {
    self.words = words
    sentence = s
    var forms: [String] = []
    var kids = [[Int]](repeating: [], count: words.count)
    var toks: [Range<Int>] = []
    forms.reserveCapacity(words.count)
    toks.reserveCapacity(words.count)
    var t = 0
    for (i, w) in words.enumerated() {
      let r = w.range.clamped(to: 0..<bytes.count)
      forms.append(String(decoding: bytes[r].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self))
      if w.head >= 0 && w.head < words.count && w.head != i { kids[w.head].append(i) }
      while t < s.count && Int(s[t].start) < w.range.lowerBound { t += 1 }
      var e = t
      while e < s.count && Int(s[e].end) <= w.range.upperBound { e += 1 }
      toks.append(t..<max(t, e))
      t = max(t, e)
    }
    self.forms = forms
    children = kids
    tokens = toks
    quoted = words.indices.map { i in
      i > 0 && i + 1 < words.count && SentenceGraph.isQuote(forms[i - 1]) && SentenceGraph.isQuote(forms[i + 1])
    }
  }

  static func isQuote(_ f: String) -> Bool { f == "\"" || f == "\u{201C}" || f == "\u{201D}" || f == "``" }

  var count: Int { words.count }

  /// The relation without its subtype ("nsubj" for "nsubj:pass").
  func base(_ i: Int) -> Substring { words[i].relation.split(separator: ":").first ?? "" }

  /// The head of word `i`, or nil at the root.
  func head(_ i: Int) -> Int? {
    let h = words[i].head
    return h >= 0 && h < words.count && h != i ? h : nil
  }

  /// The first child of `i` with exactly this relation.
  func child(_ i: Int, _ relation: String) -> Int? { children[i].first { words[$0].relation == relation } }

  /// The children of `i` whose relation (without subtype) is `base`.
  func children(_ i: Int, base b: String) -> [Int] { children[i].filter { base($0) == b } }

  /// The preposition (case child) of a nominal, lower-cased ("from", "of"), or "".
  func preposition(_ i: Int) -> String {
    guard let c = children[i].first(where: { base($0) == "case" }) else { return "" }
    return forms[c]
  }

  /// True when a child of `i` with relation `relation` has one of `forms`.
  func hasChild(_ i: Int, _ relation: String, in set: Set<String>) -> Bool {
    children[i].contains { base($0) == Substring(relation) && set.contains(forms[$0]) }
  }

  /// Word indices of the subtree of `i` (bounded walk: a malformed tree with a cycle stops at `count` words).
  func subtree(_ i: Int, excluding cut: Set<String> = []) -> [Int] {
    var out: [Int] = []
    var stack = [i]
    var seen = Set<Int>()
    while let k = stack.popLast(), out.count < words.count {
      guard seen.insert(k).inserted else { continue }
      out.append(k)
      for c in children[k] where !cut.contains(words[c].relation) && !cut.contains(String(base(c))) {
        stack.append(c)
      }
    }
    return out.sorted()
  }

  /// The contiguous word span around `i` within its (cut) subtree: from `i` out while the words belong to it.
  func span(_ i: Int, excluding cut: Set<String> = []) -> Range<Int> {
    let members = Set(subtree(i, excluding: cut))
    var lo = i
    var hi = i + 1
    while lo > 0 && members.contains(lo - 1) { lo -= 1 }
    while hi < words.count && members.contains(hi) { hi += 1 }
    while lo < hi - 1 && (base(lo) == "punct" || base(lo) == "case" || base(lo) == "cc" || base(lo) == "fixed") {
      lo += 1
    }
    while hi - 1 > lo && (base(hi - 1) == "punct" || base(hi - 1) == "cc") { hi -= 1 }
    return lo..<hi
  }

  /// The extraction-token range of a word span.
  func tokenRange(_ r: Range<Int>) -> Range<Int> {
    guard !r.isEmpty else { return 0..<0 }
    let lo = tokens[r.lowerBound].lowerBound
    return lo..<max(lo, tokens[r.upperBound - 1].upperBound)
  }

  /// Ancestors of `i`, nearest first (bounded).
  func ancestors(_ i: Int) -> [Int] {
    var out: [Int] = []
    var k = i
    while let h = head(k), out.count < words.count {
      out.append(h)
      k = h
    }
    return out
  }
}
