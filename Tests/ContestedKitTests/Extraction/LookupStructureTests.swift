import Testing

@testable import ContestedKit

/// The extractor's fast lookup structures must answer exactly like the plain ones they replace.
@Suite struct LookupStructureTests {
  static func tokens(_ text: String) -> [Token] {
    var s = TokenScanner(bytes: Array(text.utf8))
    var out: [Token] = []
    while let t = s.next() { out.append(t) }
    return out
  }

  @Test func `frozen phrase index matches like the unfrozen table, long lists included`() {
    var t = PhraseTable<Int>()
    // More than eight phrases on "al" make a long list, looked up by the second word.
    let phrases = [
      "al", "al bab", "al bab city", "al rai", "al rai north", "al nayrab", "al qusayr", "al tabqa",
      "al hasakah", "al mayadin", "al bukamal", "al safira", "kafr nabl", "kafr", "tal abyad",
    ]
    for (i, p) in phrases.enumerated() { t.add(p, i) }
    // The reference: an unfrozen table scanned linearly, fed longest first (what `finalize` sorts to).
    var unfrozen = PhraseTable<Int>()
    for words in stride(from: 3, through: 1, by: -1) {
      for (i, p) in phrases.enumerated() where p.split(separator: " ").count == words { unfrozen.add(p, i) }
    }
    t.finalize()
    let index = t.frozen()
    let text = "Al Bab city fell, then al-Rai north and al Qusayr; Kafr Nabl, Kafr Zita, Tal Abyad, al, al X."
    let toks = Self.tokens(text)
    for i in 0..<toks.count {
      for end in [toks.count, min(toks.count, i + 1), min(toks.count, i + 2)] {
        let a = unfrozen.match(toks[..<end], at: i)
        let b = index.match(toks, at: i, end: end)
        let c = t.match(toks[..<end], at: i)
        #expect(a?.length == b?.length && a?.value == b?.value, "token \(i) end \(end)")
        #expect(a?.length == c?.length && a?.value == c?.value, "token \(i) end \(end)")
      }
    }
    #expect(index.match(toks, at: 0)?.length == 3)  // "Al Bab city": the longest
    #expect(index.match(toks, at: -1) == nil)
    #expect(index.match(toks, at: toks.count) == nil)
    #expect(index.match([], at: 0) == nil)
  }

  @Test func `word sets contain exactly their words`() {
    let words = ["the", "of", "captured", "al", "", "x", "percent"]
    let set = WordSet(words.map(WordHash.of))
    for w in words { #expect(set.contains(WordHash.of(w)), "\(w)") }
    for w in ["a", "capture", "els", "percents", "The2"] { #expect(!set.contains(WordHash.of(w)), "\(w)") }
    let empty = WordSet([])
    #expect(!empty.contains(0) && !empty.contains(WordHash.of("the")))
  }

  @Test func `the vocabulary presence filter never hides a known word`() {
    let v = Vocabulary.standard
    for w in ["said", "captured", "the", "villages", "monday", "eight", "denied", "under"] {
      let h = WordHash.of(w)
      #expect(v.mayContain(h), "\(w)")
      #expect(v.classes(of: h) != 0, "\(w)")
    }
  }

  @Test func `first-seen sets and small maps switch to hashing without changing answers`() {
    var seen = FirstSeen<Int>()
    var map = SmallMap<Int, Int>()
    for i in 0..<200 {
      #expect(seen.insert(i % 70) == (i < 70), "\(i)")
      map.insertIfAbsent(i % 70, i)
    }
    for k in 0..<70 { #expect(map[k] == k) }
    #expect(map[70] == nil)
  }
}
