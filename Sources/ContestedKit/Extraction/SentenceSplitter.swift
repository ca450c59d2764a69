/// Splits a token stream into sentences, streaming, so that memory stays bounded on any input.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets) before an upper-case word,
/// a quote, a number or a line break, unless the full stop follows an abbreviation ("Gen.", "Feb.") or a
/// single letter ("U.S."); at a blank line; at a line break unless the line continues in lower case; and
/// after `maxTokens` tokens whatever the text says (a guard against 50 MB single-line files).
public struct SentenceReader {
  var scanner: TokenScanner
  var pending: Token?
  var started = false
  /// Sentences longer than this are cut.
  public var maxTokens = 300

  /// Reads sentences from UTF-8 bytes.
  public init(bytes: [UInt8], vocabulary: Vocabulary = .standard) {
    scanner = TokenScanner(bytes: bytes, vocabulary: vocabulary)
  }

  /// The bytes being read.
  public var bytes: [UInt8] { scanner.bytes }

  /// Fills `buf` with the next sentence's tokens; false at the end of the text.
  public mutating func next(into buf: inout [Token]) -> Bool {
    buf.removeAll(keepingCapacity: true)
    if !started {
      started = true
      pending = scanner.next()
    }
    return scanner.bytes.withUnsafeBufferPointer { p in
      while let t = pending {
        buf.append(t)
        pending = scanner.scan(p)
        guard let n = pending else { return true }
        if buf.count >= maxTokens { return true }
        // Fast path: after a word or number, only a line break or a bullet can end the sentence.
        let lastKind = buf[buf.count - 1].kind
        if (lastKind == .word || lastKind == .number)
          && n.flags & (TokenFlags.newlineBefore | TokenFlags.blankLineBefore) == 0
          && !(n.kind == .punct && n.hash == Self.bullet)
        {
          continue
        }
        if Self.breaks(after: buf, before: n) { return true }
      }
      return !buf.isEmpty
    }
  }

  static let period: UInt64 = 46
  static let bang: UInt64 = 33
  static let question: UInt64 = 63
  static let ellipsis: UInt64 = 0x2026
  static let closeParen: UInt64 = 41
  static let bullet: UInt64 = 0x2022
  static let comma: UInt64 = 44

  @inline(__always) static func isTerminal(_ t: Token) -> Bool {
    t.kind == .punct && (t.hash == period || t.hash == bang || t.hash == question || t.hash == ellipsis)
  }

  static func breaks(after buf: [Token], before n: Token) -> Bool {
    let t = buf[buf.count - 1]
    if n.has(TokenFlags.blankLineBefore) { return true }
    let nextLower = n.kind == .word && !n.has(TokenFlags.capitalized)
    if n.has(TokenFlags.newlineBefore) {
      let continues = (t.kind == .word || t.kind == .number || (t.kind == .punct && t.hash == comma)) && nextLower
      return !continues
    }
    if n.kind == .punct && n.hash == bullet { return true }
    // Find the terminal mark, allowing closing quotes and brackets after it.
    var k = buf.count - 1
    while k > 0
      && (buf[k].kind == .quote
        || (buf[k].kind == .punct
          && (buf[k].hash == closeParen
            || buf[k].hash == 0x2019 || buf[k].hash == 39)))
    {
      k -= 1
    }
    guard isTerminal(buf[k]) else { return false }
    if nextLower { return false }
    if n.kind == .quote && !n.has(TokenFlags.spaceBefore) { return false }  // the closing quote comes first
    if n.kind == .punct && !(n.hash == 40 || n.hash == 0x2018 || n.hash == 39 || n.hash == 91) { return false }
    if buf[k].hash == period && k > 0 {
      let w = buf[k - 1]
      if w.kind == .word && !buf[k].has(TokenFlags.spaceBefore) {
        if w.isa(WordClass.abbreviation) && w.has(TokenFlags.capitalized) { return false }
        if w.end - w.start == 1 && w.has(TokenFlags.capitalized) { return false }  // initials, U.S.
      }
    }
    return true
  }
}

/// Convenience: the sentences of a text as UTF-8 byte ranges.
public enum SentenceSplitter {
  /// The byte ranges of the sentences of `text`.
  public static func ranges(in text: String) -> [Range<Int>] {
    var reader = SentenceReader(bytes: Array(text.utf8))
    var buf: [Token] = []
    var out: [Range<Int>] = []
    while reader.next(into: &buf) {
      if let f = buf.first, let l = buf.last { out.append(Int(f.start)..<Int(l.end)) }
    }
    return out
  }

  /// The sentences of `text` as strings.
  public static func sentences(in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
  }
}
