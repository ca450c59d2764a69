/// What a token is.
public enum TokenKind: UInt8, Sendable {
  case word
  case number
  case punct
  /// A double quotation mark, straight or curly.
  case quote
}

/// One normalised token: its UTF-8 byte range, a hash of its lower-cased form and its word classes.
public struct Token: Sendable {
  /// UTF-8 offset of the first byte.
  public var start: Int32
  /// UTF-8 offset one past the last byte.
  public var end: Int32
  /// FNV-1a 64 of the ASCII-lower-cased bytes (words, numbers); the scalar value for punctuation.
  public var hash: UInt64
  /// The token kind.
  public var kind: TokenKind
  /// `TokenFlags` bits.
  public var flags: UInt8
  /// `WordClass` bits from the vocabulary (0 for unknown words).
  public var classes: UInt32
  /// Numeric value of a number or number word, else -1.
  public var value: Int32

  /// True when the flag bit is set.
  @inline(__always) public func has(_ f: UInt8) -> Bool { flags & f != 0 }
  /// True when the token is in the word class.
  @inline(__always) public func isa(_ c: UInt32) -> Bool { classes & c != 0 }
  /// True when the token's lower-cased text hashes to `h`.
  @inline(__always) public func `is`(_ h: UInt64) -> Bool { hash == h }
}

/// Bits in `Token.flags`.
public enum TokenFlags {
  /// First letter upper case.
  public static let capitalized: UInt8 = 1
  /// Two or more letters, all upper case ("IS", "SDF").
  public static let allCaps: UInt8 = 2
  /// Joined to the previous token by a hyphen ("Russia-backed").
  public static let hyphenBefore: UInt8 = 4
  /// A line break precedes the token.
  public static let newlineBefore: UInt8 = 8
  /// A blank line precedes the token.
  public static let blankLineBefore: UInt8 = 16
  /// Whitespace precedes the token.
  public static let spaceBefore: UInt8 = 32
}

/// Hashing shared by the tokenizer and every phrase table.
public enum WordHash {
  /// FNV-1a 64 offset basis.
  public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// Hash of a word as the tokenizer would hash it (ASCII lower-cased).
  public static func of(_ word: String) -> UInt64 {
    var h = seed
    for var b in word.utf8 {
      if b >= 65 && b <= 90 { b += 32 }
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return h
  }
  /// The normalised words of a phrase, split like the tokenizer splits them, as hashes.
  public static func phrase(_ text: String) -> [UInt64] {
    var out: [UInt64] = []
    var scanner = TokenScanner(bytes: Array(text.utf8))
    while let t = scanner.next() { if t.kind == .word || t.kind == .number { out.append(t.hash) } }
    return out
  }
}

/// Streams tokens from UTF-8 bytes. Total: any byte sequence gives tokens or nothing, never a trap.
public struct TokenScanner {
  /// The bytes scanned.
  public let bytes: [UInt8]
  /// Current offset.
  public var pos: Int
  let vocab: Vocabulary

  /// Starts a scanner at `start`, classifying words with `vocabulary`.
  public init(bytes: [UInt8], start: Int = 0, vocabulary: Vocabulary = .standard) {
    self.bytes = bytes
    self.pos = start
    self.vocab = vocabulary
  }

  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  /// The next token, or nil at the end.
  public mutating func next() -> Token? {
    bytes.withUnsafeBufferPointer { scan($0) }
  }

  mutating func scan(_ p: UnsafeBufferPointer<UInt8>) -> Token? {
    let n = p.count
    var flags: UInt8 = 0
    var newlines = 0
    var i = pos
    // Skip whitespace, counting line breaks.
    while i < n {
      let b = p[i]
      if b > 32 && b < 0x80 { break }  // printable ASCII: the usual token start
      if b == 32 || b == 9 || b == 13 || b == 12 || b == 11 || b == 0 {
        flags |= TokenFlags.spaceBefore
        i += 1
      } else if b == 10 {
        newlines += 1
        flags |= TokenFlags.spaceBefore
        i += 1
      } else if b == 0xC2 && i + 1 < n && p[i + 1] == 0xA0 {
        flags |= TokenFlags.spaceBefore
        i += 2
      } else if b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] <= 0x8B || p[i + 2] == 0xAF) {
        flags |= TokenFlags.spaceBefore
        i += 3
      } else if b == 0xEF && i + 2 < n && p[i + 1] == 0xBB && p[i + 2] == 0xBF {
        i += 3  // byte-order mark
      } else {
        break
      }
    }
    if newlines > 0 { flags |= TokenFlags.newlineBefore }
    if newlines > 1 { flags |= TokenFlags.blankLineBefore }
    guard i < n else {
      pos = n
      return nil
    }
    let start = i
    let b0 = p[i]
    // Hyphen directly joining two words: skip it and flag the next token.
    if b0 == 45, i > 0, i + 1 < n, flags & TokenFlags.spaceBefore == 0,
      Self.isWordByte(p, i - 1), Self.isWordStart(p, i + 1)
    {
      pos = i + 1
      guard var t = scan(p) else { return nil }
      t.flags |= TokenFlags.hyphenBefore
      t.flags &= ~TokenFlags.spaceBefore
      return t
    }
    if Self.isDigit(b0) {
      var v: Int64 = 0
      var j = i
      var overflow = false
      while j < n {
        let c = p[j]
        if Self.isDigit(c) {
          if v < 100_000_000 { v = v * 10 + Int64(c - 48) } else { overflow = true }
          j += 1
        } else if (c == 44 || c == 46) && j + 1 < n && Self.isDigit(p[j + 1]) {
          if c == 46 { overflow = true }  // decimals: keep the integer part only
          j += 1
        } else {
          break
        }
      }
      if overflow && v >= 100_000_000 { v = -1 }
      // Ordinal or unit suffix ("27th", "1km").
      var h = WordHash.seed
      for k in start..<j { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
      while j < n && Self.isASCIILetter(p[j]) && j - start < 40 { j += 1 }
      pos = j
      return Token(
        start: Int32(start), end: Int32(j), hash: h, kind: .number, flags: flags, classes: 0,
        value: Int32(clamping: v))
    }
    if Self.letterLength(p, i) != nil {
      var h = WordHash.seed
      var j = i
      var upper = 0
      var other = false  // a lower-case ASCII or a non-ASCII letter: not all caps
      while j < n {
        let c = p[j]
        if c < 0x80 {
          let lower = c | 0x20
          if lower >= 97 && lower <= 122 {
            if c <= 90 {
              upper += 1
              if j == i { flags |= TokenFlags.capitalized }
            } else {
              other = true
            }
            h = (h ^ UInt64(lower)) &* 0x100_0000_01b3
            j += 1
          } else if Self.isDigit(c) {
            h = (h ^ UInt64(c)) &* 0x100_0000_01b3
            j += 1
          } else {
            break
          }
        } else {
          guard let l = Self.letterLength(p, j) else { break }
          if j == i && Self.isUpperNonASCII(p, j) { flags |= TokenFlags.capitalized }
          other = true
          for k in j..<(j + l) { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
          j += l
        }
      }
      if upper >= 2 && !other { flags |= TokenFlags.allCaps }
      pos = j
      let slot = vocab.mayContain(h) ? vocab.slot(h) : nil
      return Token(
        start: Int32(start), end: Int32(j), hash: h, kind: .word, flags: flags,
        classes: slot.map { vocab.classBits[$0] } ?? 0, value: slot.map { vocab.numbers[$0] } ?? -1)
    }
    // Apostrophe-s ("regime's", "regime’s") becomes the token "'s".
    var plen = 1
    var scalar = UInt64(b0)
    if b0 >= 0x80 {
      plen = Self.sequenceLength(b0)
      if i + plen > n { plen = n - i }
      scalar = Self.decode(p, i, plen)
    }
    if scalar == 39 || scalar == 0x2019 {
      let j = i + plen
      if i > 0, Self.isWordByte(p, i - 1), j < n, p[j] | 0x20 == 115, j + 1 >= n || !Self.isWordByte(p, j + 1) {
        pos = j + 1
        return Token(
          start: Int32(start), end: Int32(j + 1), hash: Vocabulary.apostropheS, kind: .word, flags: flags,
          classes: 0, value: -1)
      }
    }
    pos = i + max(plen, 1)
    let kind: TokenKind =
      (scalar == 34 || scalar == 0x201C || scalar == 0x201D || scalar == 0xAB || scalar == 0xBB)
      ? .quote : .punct
    return Token(
      start: Int32(start), end: Int32(pos), hash: scalar, kind: kind, flags: flags, classes: 0, value: -1)
  }

  @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
    b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
  }

  static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int) -> UInt64 {
    if len <= 1 { return UInt64(p[i]) }
    var v = UInt64(p[i] & (0xFF >> (len + 1)))
    for k in 1..<len { v = (v << 6) | UInt64(p[i + k] & 0x3F) }
    return v
  }

  /// Byte length of a letter starting at `i`, or nil when it is not a letter.
  @inline(__always) static func letterLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    let b = p[i]
    if b < 0x80 { return isASCIILetter(b) ? 1 : nil }
    let len = sequenceLength(b)
    guard b >= 0xC0, i + len <= p.count else { return nil }
    if b == 0xC2 { return nil }  // Latin-1 punctuation and symbols
    if b == 0xC3 && (p[i + 1] == 0x97 || p[i + 1] == 0xB7) { return nil }  // × ÷
    if b == 0xE2 || b == 0xE3 || (b == 0xEF && p[i + 1] >= 0xBC) || b == 0xF0 { return nil }  // punctuation, emoji
    return len
  }

  @inline(__always) static func isWordByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    let b = p[i]
    return isASCIILetter(b) || isDigit(b) || (b >= 0x80 && b != 0x99 && b != 0x9D)
  }

  @inline(__always) static func isWordStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    isDigit(p[i]) || letterLength(p, i) != nil
  }

  static func isUpperNonASCII(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i + 1 < p.count else { return false }
    let b = p[i]
    let c = p[i + 1]
    if b == 0xC3 { return c >= 0x80 && c <= 0x9E }
    if b == 0xC4 || b == 0xC5 { return c % 2 == 0 }
    return false
  }
}
