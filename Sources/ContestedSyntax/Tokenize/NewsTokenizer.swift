import ContestedKit

/// Splits news text into sentences and Universal Dependencies-style tokens (English EWT conventions).
///
/// Sentence boundaries and the raw tokens come from ContestedKit's extraction tokenizer (``SentenceReader``,
/// so both layers agree on sentences: abbreviations such as "Gen." and "Jan.", initials, datelines, the
/// 300-token guard); this type regroups its tokens the way the treebank writes them: "don't" → "do" "n't",
/// "we'll" → "we" "'ll", "regime's" → "regime" "'s", hyphenated words and names kept whole ("Nagorno-Karabakh",
/// "Russian-backed"), abbreviations with their full stop ("Mr.", "U.S."), "..." and "--" as one token.
public enum NewsTokenizer {
  /// One token: its text and UTF-8 byte range in the input, and whether whitespace follows it.
  public struct Piece: Sendable, Equatable {
    /// The token's text.
    public var text: String
    /// UTF-8 byte range in the input.
    public var range: Range<Int>
    /// Whether whitespace (or the end of the text) follows.
    public var spaceAfter: Bool
  }

  /// The sentences of `text`, each as its tokens.
  public static func sentences(_ text: String) -> [[Piece]] {
    sentences(bytes: Array(text.utf8))
  }

  /// The sentences of UTF-8 `bytes` (invalid sequences are kept as U+FFFD in the token text).
  public static func sentences(bytes: [UInt8]) -> [[Piece]] {
    var reader = SentenceReader(bytes: bytes)
    var buf: [Token] = []
    var out: [[Piece]] = []
    while reader.next(into: &buf) {
      let pieces = regroup(buf, bytes)
      if !pieces.isEmpty { out.append(pieces) }
    }
    return out
  }

  /// Contractions that follow an apostrophe and make one token with it.
  static let clitics: Set<String> = ["ll", "re", "ve", "m", "d"]

  static func regroup(_ toks: [Token], _ bytes: [UInt8]) -> [Piece] {
    var ranges: [Range<Int>] = []
    var i = 0
    func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
    func glued(_ k: Int) -> Bool {  // token k starts where token k-1 ends
      k > 0 && k < toks.count && toks[k].start == toks[k - 1].end
    }
    while i < toks.count {
      let t = toks[i]
      let r = Int(t.start)..<Int(t.end)
      // Hyphenated words: the scanner skips the hyphen and flags the next token.
      if t.has(TokenFlags.hyphenBefore), let last = ranges.last, last.upperBound + 1 == r.lowerBound {
        ranges[ranges.count - 1] = last.lowerBound..<r.upperBound
        i += 1
        continue
      }
      if t.kind == .word, glued(i + 1), glued(i + 2), isApostrophe(toks[i + 1], bytes) {
        let next = text(Int(toks[i + 2].start)..<Int(toks[i + 2].end)).lowercased()
        let after = Int(toks[i + 2].end)..<Int(toks[i + 2].end)
        if next == "t", r.count > 1, bytes[r.upperBound - 1] | 0x20 == 110 {  // n't
          ranges.append(r.lowerBound..<(r.upperBound - 1))
          ranges.append((r.upperBound - 1)..<after.upperBound)
          i += 3
          continue
        }
        if clitics.contains(next) {
          ranges.append(r)
          ranges.append(Int(toks[i + 1].start)..<after.upperBound)
          i += 3
          continue
        }
      }
      if let merged = abbreviation(toks, i, bytes) {
        ranges.append(Int(t.start)..<Int(toks[merged].end))
        i = merged + 1
        continue
      }
      // "..." and "--" written with ASCII characters.
      if t.kind == .punct, t.hash == 46 || t.hash == 45 {
        var j = i
        while j + 1 < toks.count && glued(j + 1) && toks[j + 1].hash == t.hash && toks[j + 1].kind == .punct { j += 1 }
        ranges.append(r.lowerBound..<Int(toks[j].end))
        i = j + 1
        continue
      }
      ranges.append(r)
      i += 1
    }
    return ranges.enumerated().map { k, r in
      let space = k + 1 == ranges.count ? true : ranges[k + 1].lowerBound > r.upperBound
      return Piece(text: text(r), range: r, spaceAfter: space)
    }
  }

  static func isApostrophe(_ t: Token, _ bytes: [UInt8]) -> Bool {
    t.kind == .punct && (t.hash == 39 || t.hash == 0x2019)
  }

  /// The index of the full stop ending an abbreviation that starts at token `i` ("Gen.", "U.S.", "J."), if any.
  static func abbreviation(_ toks: [Token], _ i: Int, _ bytes: [UInt8]) -> Int? {
    let t = toks[i]
    guard t.kind == .word, i + 1 < toks.count, isStop(toks[i + 1]), toks[i + 1].start == t.end else { return nil }
    let single = t.end - t.start == 1
    // Initials and acronyms: letter '.' letter '.' …
    if single {
      var j = i + 1
      while j + 2 < toks.count, toks[j + 1].start == toks[j].end, toks[j + 1].kind == .word,
        toks[j + 1].end - toks[j + 1].start == 1, isStop(toks[j + 2]), toks[j + 2].start == toks[j + 1].end
      {
        j += 2
      }
      if j > i + 1 || (t.has(TokenFlags.capitalized) && j + 1 < toks.count) { return j }
    }
    if t.isa(WordClass.abbreviation) && i + 2 < toks.count { return i + 1 }
    return nil
  }

  @inline(__always) static func isStop(_ t: Token) -> Bool { t.kind == .punct && t.hash == 46 }
}
