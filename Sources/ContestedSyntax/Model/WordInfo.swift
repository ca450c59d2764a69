/// What the tagger and parser know of a word form: hashes of its normalised form, lower case, shape and
/// affixes, computed once per token.
public struct WordInfo: Sendable {
  /// Hash of the normalised form (curly quotes and dashes mapped to ASCII, case kept).
  public var form: UInt64
  /// Hash of the lower-cased normalised form.
  public var lower: UInt64
  /// Hash of the compressed shape: runs of upper (X), lower (x), digits (d) collapsed ("Xx", "d.d").
  public var shape: UInt64
  /// Hashes of the first 1, 2, 3 characters (lower case).
  public var prefix: (UInt64, UInt64, UInt64)
  /// Hashes of the last 1, 2, 3, 4 characters (lower case).
  public var suffix: (UInt64, UInt64, UInt64, UInt64)
  /// Bit 0: has a digit; 1: has a hyphen; 2: first letter upper case; 3: all upper case; 4: no letter.
  public var flags: UInt64

  /// Padding before the sentence and after it.
  public static let start = WordInfo(marker: 1)
  /// Padding after the sentence.
  public static let end = WordInfo(marker: 2)
  /// The artificial root.
  public static let root = WordInfo(marker: 3)

  init(marker: UInt64) {
    form = marker
    lower = marker
    shape = marker
    prefix = (marker, marker, marker)
    suffix = (marker, marker, marker, marker)
    flags = 32 | marker
  }

  /// The features of `form`.
  public init(_ raw: String) {
    var raw = raw
    if let ascii = raw.withUTF8({ $0.allSatisfy { $0 < 0x80 } ? Self(ascii: $0) : nil }) {
      self = ascii
      return
    }
    self.init(unicode: raw)
  }

  /// The fast path for ASCII forms: the same values as `init(unicode:)`, computed on bytes.
  init(ascii b: UnsafeBufferPointer<UInt8>) {
    form = FeatureHash.bytes(b)
    var shapeText: [UInt8] = []
    var fl: UInt64 = 0
    var letters = 0
    var uppers = 0
    var lowerHash = FeatureHash.seed
    for (k, x) in b.enumerated() {
      let c: UInt8
      if x >= 65 && x <= 90 {
        c = 88
        uppers += 1
        letters += 1
        if k == 0 { fl |= 4 }
      } else if x >= 97 && x <= 122 {
        c = 120
        letters += 1
      } else if x >= 48 && x <= 57 {
        c = 100
        fl |= 1
      } else {
        if x == 45 { fl |= 2 }
        c = x
      }
      if shapeText.last != c || shapeText.count < 1 { shapeText.append(c) }
      if shapeText.count > 12 { break }
    }
    for x in b { lowerHash = (lowerHash ^ UInt64(Self.lower(x))) &* 0x100_0000_01b3 }
    lower = lowerHash
    if letters > 0 && uppers == letters { fl |= 8 }
    if letters == 0 { fl |= 16 }
    flags = fl
    shape = FeatureHash.bytes(shapeText)
    let n = b.count
    func hash(_ r: Range<Int>) -> UInt64 {
      var h = FeatureHash.seed
      for i in r { h = (h ^ UInt64(Self.lower(b[i]))) &* 0x100_0000_01b3 }
      return h
    }
    prefix = (hash(0..<min(1, n)), hash(0..<min(2, n)), hash(0..<min(3, n)))
    suffix = (hash(max(0, n - 1)..<n), hash(max(0, n - 2)..<n), hash(max(0, n - 3)..<n), hash(max(0, n - 4)..<n))
  }

  @inline(__always) static func lower(_ x: UInt8) -> UInt8 { x >= 65 && x <= 90 ? x + 32 : x }

  /// Any form: normalised, then hashed by Unicode scalars.
  init(unicode raw: String) {
    let norm = Self.normalise(raw)
    let scalars = Array(norm.unicodeScalars)
    let lowerScalars = scalars.map { $0.properties.lowercaseMapping.unicodeScalars.first ?? $0 }
    form = FeatureHash.string(norm)
    lower = Self.hash(lowerScalars[...])
    var shapeText: [UInt8] = []
    var fl: UInt64 = 0
    var letters = 0
    var uppers = 0
    for (k, s) in scalars.enumerated() {
      let c: UInt8
      if s.properties.isUppercase {
        c = 88
        uppers += 1
        letters += 1
        if k == 0 { fl |= 4 }
      } else if s.properties.isAlphabetic {
        c = 120
        letters += 1
      } else if s.value >= 48 && s.value <= 57 {
        c = 100
        fl |= 1
      } else {
        if s == "-" { fl |= 2 }
        c = s.isASCII ? UInt8(s.value) : 63
      }
      if shapeText.last != c || shapeText.count < 1 { shapeText.append(c) }
      if shapeText.count > 12 { break }
    }
    if letters > 0 && uppers == letters { fl |= 8 }
    if letters == 0 { fl |= 16 }
    flags = fl
    shape = FeatureHash.bytes(shapeText)
    let n = lowerScalars.count
    func pre(_ k: Int) -> UInt64 { Self.hash(lowerScalars[0..<min(k, n)]) }
    func suf(_ k: Int) -> UInt64 { Self.hash(lowerScalars[max(0, n - k)..<n]) }
    prefix = (pre(1), pre(2), pre(3))
    suffix = (suf(1), suf(2), suf(3), suf(4))
  }

  static func hash(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var h = FeatureHash.seed
    for x in s {
      for b in String(x).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    return h
  }

  /// Typographic variants mapped to the treebank's ASCII spellings.
  public static func normalise(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 >= 0x80 }) else { return s }
    var out = ""
    for ch in s {
      switch ch {
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": out += "\""
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": out += "'"
      case "\u{2014}", "\u{2015}": out += "--"
      case "\u{2013}", "\u{2212}": out += "-"
      case "\u{2026}": out += "..."
      default: out.append(ch)
      }
    }
    return out
  }
}
