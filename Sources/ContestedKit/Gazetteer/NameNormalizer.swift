import Foundation

/// Transliteration-aware normal form of place names, so that "Kinsibba", "Kinnsibbā" and "Kinsibbah" are one key.
///
/// The rules, in order:
/// 1. Case and diacritics are folded (Turkish ı ş ç ğ too), apostrophes and ayn/hamza marks are dropped
///    (`Ma‘arrat` → `maarrat`), every other non-letter separates words. Arabic script is kept, with alef,
///    ta marbuta, alef maqsura and hamza seats unified and vowel marks removed.
/// 2. Inside a word: `q` → `k`, `ou`/`oo` → `u`, doubled letters collapse, a final `h` after a vowel goes.
/// 3. Articles (`al`, `el`, `as`, `ash`, `ad`, `an`, `ar`, `at`, `az`, `ez`, `es`, …, Arabic `ال`) are
///    dropped when another word remains.
/// 4. Generic words are unified: Ain/Ein/Ayn → `ain`, Tal/Tell/Tall/Hill → `tal`, Jabal/Jebel/Mount/Mountain/
///    Dağı → `jabal`, Kafr/Kfar → `kafr`, Deir/Dayr → `dayr`, Sheikh/Shaykh → `shaykh`, Beit/Bayt → `bayt`,
///    Wadi/Valley → `wadi`. A trailing "Hill", "Mountain(s)" or "Valley" moves to the front:
///    "Rashwan Hill" = "Tal Rashwan", "Turkmen Mountain" = "Jabal Turkmen".
///
/// ``normalize(_:)`` returns the words joined by single spaces; ``key(_:)`` joins them without spaces
/// (the index key: "Tallkalakh" = "Tall Kalakh").
///
/// The one folding for looking places up. `PlaceNormalizer` (Extraction/Evaluation/) is a separate, more lenient
/// folding used only to score extraction against gold; here over-merging would resolve a name to the wrong place.
public enum NameNormalizer {
  /// The normal form of `name`: folded words joined by single spaces ("Jabal al-Turkman" → "jabal turkman").
  public static func normalize(_ name: String) -> String {
    var buffer = WordBuffer()
    buffer.fill(from: name)
    return buffer.joined(separator: 0x20)
  }

  /// The spaceless index key of `name` ("Tall Kalakh" → "talkalakh").
  public static func key(_ name: String) -> String {
    var buffer = WordBuffer()
    buffer.fill(from: name)
    return buffer.joined(separator: nil)
  }

  /// The normal-form words of `name`.
  public static func words(_ name: String) -> [String] {
    var buffer = WordBuffer()
    buffer.fill(from: name)
    return buffer.words.map { String(decoding: buffer.bytes[$0], as: UTF8.self) }
  }

  /// A vowel-blind key for the second matching tier: vowel runs (and a non-initial `y`) become `*`.
  /// "Kansaba" and "Kinsiba" share `k*ns*b*`; "Salma" (`s*lm*`) and "Salamiyah" (`s*l*m*`) do not.
  public static func looseKey(_ name: String) -> String {
    var buffer = WordBuffer()
    buffer.fill(from: name)
    return NameKeys.loose(of: buffer)
  }
}

/// A flat byte buffer of normalized words, built in one pass with one allocation (word bounds live inline).
struct WordBuffer {
  /// The words' bytes, back to back (no separators).
  var bytes: [UInt8] = []
  /// Number of words.
  private(set) var wordCount = 0
  /// Start offsets of up to 16 words (a 17th and later word run on into the 16th).
  private var starts = SIMD16<Int32>()
  private var ends = SIMD16<Int32>()
  /// Per word: 1 article ("al", "ash"), 2 "the", 3 a trailing-position generic word (Hill, Mountain, Valley).
  private var flags = SIMD16<UInt8>()
  /// Start of the word being read, and the previous byte in it (for in-word folding).
  private var wordStart = 0
  private var previous: UInt8 = 0

  init() {}

  /// The word ranges in `bytes`.
  var words: [Range<Int>] { (0..<wordCount).map { Int(starts[$0])..<Int(ends[$0]) } }

  mutating func fill(from name: String) {
    bytes.reserveCapacity(name.utf8.count + 8)
    var utf8 = name.utf8.makeIterator()
    while let b0 = utf8.next() {
      if b0 < 0x80 {
        if b0 >= 0x61 && b0 <= 0x7A || b0 >= 0x30 && b0 <= 0x39 {
          push(b0)
        } else if b0 >= 0x41 && b0 <= 0x5A {
          push(b0 | 0x20)
        } else if b0 != 0x27 && b0 != 0x60 {
          endWord()
        }
        continue
      }
      // Decode a multi-byte sequence (String's UTF-8 is always valid).
      var v: UInt32
      if b0 < 0xE0 {
        v = UInt32(b0 & 0x1F) << 6 | UInt32((utf8.next() ?? 0x80) & 0x3F)
      } else if b0 < 0xF0 {
        v = UInt32(b0 & 0x0F) << 12 | UInt32((utf8.next() ?? 0x80) & 0x3F) << 6
        v |= UInt32((utf8.next() ?? 0x80) & 0x3F)
      } else {
        v = UInt32(b0 & 0x07) << 18 | UInt32((utf8.next() ?? 0x80) & 0x3F) << 12
        v |= UInt32((utf8.next() ?? 0x80) & 0x3F) << 6
        v |= UInt32((utf8.next() ?? 0x80) & 0x3F)
      }
      switch v {
      case 0x300...0x36F, 0xB4, 0x2B9...0x2BF, 0x2C8, 0x2018, 0x2019, 0x201B, 0x2032, 0x640, 0x64B...0x65F, 0x670:
        continue  // combining marks, ayn/hamza signs, curly apostrophes, Arabic vowel marks and tatweel
      case 0x600...0x6FF:
        appendArabic(v)
      default:
        if let folded = LatinFold.fold(v) {
          push(folded)
        } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
          for s in scalar.properties.lowercaseMapping.unicodeScalars {
            for b in String(s).utf8 { push(b) }
          }
        } else {
          endWord()
        }
      }
    }
    endWord()
    finish()
  }

  /// Appends a byte to the current word: q→k, ou/oo→u, doubled ASCII letters collapse.
  @inline(__always)
  private mutating func push(_ byte: UInt8) {
    var b = byte
    if b == 0x71 { b = 0x6B }  // q -> k
    if bytes.count > wordStart {
      if (b == 0x75 || b == 0x6F) && previous == 0x6F {  // ou, oo -> u
        bytes[bytes.count - 1] = 0x75
        previous = 0x75
        return
      }
      if b == previous && b < 0x80 { return }  // doubled letters
    }
    bytes.append(b)
    previous = b
  }

  private mutating func appendArabic(_ v: UInt32) {
    var u = v
    switch v {
    case 0x622, 0x623, 0x625, 0x671, 0x672, 0x673: u = 0x627  // alef forms
    case 0x629: u = 0x647  // ta marbuta -> ha
    case 0x649, 0x626, 0x6CC: u = 0x64A  // alef maqsura, yeh with hamza, Farsi yeh -> yeh
    case 0x624: u = 0x648  // waw with hamza -> waw
    case 0x6A9: u = 0x643  // keheh -> kaf
    case 0x621: return  // lone hamza
    case 0x60C, 0x61B, 0x61F, 0x66A...0x66D, 0x6D4:
      endWord()
      return
    default: break
    }
    bytes.append(UInt8(0xC0 | (u >> 6)))  // two-byte UTF-8 for U+0600...U+06FF
    bytes.append(UInt8(0x80 | (u & 0x3F)))
    previous = 0
  }

  /// Closes the current word: final h after a vowel, Arabic article, article flag, generic word.
  private mutating func endWord() {
    defer {
      wordStart = bytes.count
      previous = 0
    }
    var n = bytes.count - wordStart
    guard n > 0 else { return }
    if n > 3, bytes[bytes.count - 1] == 0x68 {
      let v = bytes[bytes.count - 2]
      if v == 0x61 || v == 0x65 || v == 0x69 {
        bytes.removeLast()
        n -= 1
      }
    }
    let s = wordStart
    if n > 6, bytes[s] == 0xD8, bytes[s + 1] == 0xA7, bytes[s + 2] == 0xD9, bytes[s + 3] == 0x84 {
      bytes.removeSubrange(s..<(s + 4))  // Arabic article ال
      n -= 4
    }
    var flag: UInt8 = 0
    if let article = WordBuffer.article(bytes[s...]) {
      flag = article
    } else if let generic = GenericWords.match(bytes[s...]) {
      bytes.removeSubrange(s...)
      bytes.append(contentsOf: GenericWords.canonical[Int(generic.id)])
      if generic.isSuffix { flag = 3 }
    }
    if wordCount < 16 {
      starts[wordCount] = Int32(s)
      ends[wordCount] = Int32(bytes.count)
      flags[wordCount] = flag
      wordCount += 1
    } else {
      ends[15] = Int32(bytes.count)  // run on into the last slot
    }
  }

  /// Drops articles (unless last or alone) and moves a trailing Hill/Mountain/Valley to the front, in place.
  private mutating func finish() {
    guard wordCount > 1 else { return }
    let last = wordCount - 1
    var write = 0
    var kept = 0
    var prefix: [UInt8]? = nil
    for w in 0..<wordCount {
      let range = Int(starts[w])..<Int(ends[w])
      let f = flags[w]
      if w != last && (f == 1 || (f == 2 && w == 0)) { continue }
      if f == 3 && w == last && kept > 0 {
        prefix = Array(bytes[range])
        continue
      }
      let newStart = write
      if range.lowerBound != write {
        for i in range {
          bytes[write] = bytes[i]
          write += 1
        }
      } else {
        write = range.upperBound
      }
      starts[kept] = Int32(newStart)
      ends[kept] = Int32(write)
      flags[kept] = 0
      kept += 1
    }
    bytes.removeSubrange(write...)
    wordCount = kept
    if let prefix {
      bytes.insert(contentsOf: prefix, at: 0)
      let shift = Int32(prefix.count)
      for w in stride(from: kept, to: 0, by: -1) {
        starts[w] = starts[w - 1] + shift
        ends[w] = ends[w - 1] + shift
      }
      starts[0] = 0
      ends[0] = shift
      wordCount = min(16, kept + 1)
    }
  }

  /// 1 for an Arabic/Turkish-transliteration article, 2 for "the", nil otherwise.
  private static func article(_ w: ArraySlice<UInt8>) -> UInt8? {
    let i = w.startIndex
    switch w.count {
    case 2:
      let a = w[i]
      let b = w[i + 1]
      if a == 0x61 || a == 0x65 || a == 0x75 {  // a e u + l s d n r t z
        if b == 0x6C || b == 0x73 || b == 0x64 || b == 0x6E || b == 0x72 || b == 0x74 || b == 0x7A { return 1 }
      }
      return nil
    case 3:
      let a = w[i]
      let b = w[i + 1]
      let c = w[i + 2]
      if a == 0x74 && b == 0x68 && c == 0x65 { return 2 }  // the
      if (a == 0x61 || a == 0x65 || a == 0x75) && b == 0x73 && c == 0x68 { return 1 }  // ash esh ush
      if a == 0x61 && c == 0x68 && (b == 0x74 || b == 0x64) { return 1 }  // ath adh
      return nil
    case 4:
      // ال written apart (4 UTF-8 bytes).
      return w[i] == 0xD8 && w[i + 1] == 0xA7 && w[i + 2] == 0xD9 && w[i + 3] == 0x84 ? 1 : nil
    default:
      return nil
    }
  }

  /// The in-word folding applied to a standalone word (for building the generic-word table).
  static func foldWord(_ word: ArraySlice<UInt8>, into out: inout [UInt8]) {
    var b = WordBuffer()
    for c in word { b.push(c) }
    let n = b.bytes.count
    if n > 3, b.bytes[n - 1] == 0x68, [0x61, 0x65, 0x69].contains(b.bytes[n - 2]) { b.bytes.removeLast() }
    out.append(contentsOf: b.bytes)
  }

  func joined(separator: UInt8?) -> String {
    guard let separator, wordCount > 1 else { return String(decoding: bytes, as: UTF8.self) }
    let count = bytes.count + wordCount - 1
    return String(unsafeUninitializedCapacity: count) { buf in
      var j = 0
      for w in 0..<wordCount {
        if w > 0 {
          buf[j] = separator
          j += 1
        }
        for i in Int(starts[w])..<Int(ends[w]) {
          buf[j] = bytes[i]
          j += 1
        }
      }
      return j
    }
  }
}

/// Generic geographic words that vary between transliterations.
enum GenericWords {
  /// Canonical spellings, indexed by id (0 is unused).
  static let canonical: [[UInt8]] = ["", "ain", "tal", "jabal", "kafr", "dayr", "shaykh", "bayt", "wadi", "burj"]
    .map { Array($0.utf8) }

  /// Spellings after in-word folding (q→k, doubles collapsed, final vowel+h dropped) → (id, is a suffix word).
  static let table: [String: (id: UInt8, isSuffix: Bool)] = {
    var t: [String: (id: UInt8, isSuffix: Bool)] = [:]
    for w in ["ain", "ein", "ayn", "ayin", "eyn", "ayen", "ayoun"] { t[w] = (1, false) }
    for w in ["tal", "tel", "til", "tul"] { t[w] = (2, false) }
    for w in ["hil", "hils", "tepe", "tepesi"] { t[w] = (2, true) }
    for w in ["jabal", "jebel", "jebal", "jabel", "jbel", "djebel", "jabl", "jibal", "mount", "mt", "jebl"] {
      t[w] = (3, false)
    }
    for w in ["mountain", "mountains", "dag", "dagi", "dagh", "daglari"] { t[w] = (3, true) }
    for w in ["kafr", "kfar", "kefr", "kafar", "kafer", "kfr", "kefer"] { t[w] = (4, false) }
    for w in ["deir", "dayr", "dair", "deyr"] { t[w] = (5, false) }
    for w in ["shaykh", "sheikh", "shaikh", "cheikh", "sheik", "shekh", "shiekh", "shaik", "sheyh", "seyh"] {
      t[w] = (6, false)
    }
    for w in ["bayt", "beit", "bait", "beyt"] { t[w] = (7, false) }
    for w in ["wadi", "wady", "uadi"] { t[w] = (8, false) }
    for w in ["valey", "valeys"] { t[w] = (8, true) }
    for w in ["burj", "borj"] { t[w] = (9, false) }
    return t
  }()

  /// `table` with its keys folded the way words are ("mountain" is found as "muntain"), packed into integers.
  static let folded: [UInt64: (id: UInt8, isSuffix: Bool)] = {
    var t: [UInt64: (id: UInt8, isSuffix: Bool)] = [:]
    for (k, v) in table {
      var out: [UInt8] = []
      WordBuffer.foldWord(ArraySlice(Array(k.utf8)), into: &out)
      if let packed = pack(out[...]) { t[packed] = v }
    }
    return t
  }()

  /// Up to 8 bytes packed into an integer (nil for longer words).
  static func pack(_ word: ArraySlice<UInt8>) -> UInt64? {
    guard word.count <= 8 else { return nil }
    var v: UInt64 = 0
    for b in word { v = v << 8 | UInt64(b) }
    return v
  }

  static func match(_ word: ArraySlice<UInt8>) -> (id: UInt8, isSuffix: Bool)? {
    guard word.count >= 2, let packed = pack(word) else { return nil }
    return folded[packed]
  }
}

/// Folding table for Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional): one ASCII
/// letter per code point, `.` where there is none. Generated from Unicode canonical decompositions.
enum LatinFold {
  static let latin: [UInt8] = Array(
    "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll..llnnnnnn...oooooooorrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz................e................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................"
      .utf8)
  static let additional: [UInt8] = Array(
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"
      .utf8)

  /// The ASCII base letter of a Latin letter with diacritics.
  @inline(__always)
  static func fold(_ v: UInt32) -> UInt8? {
    let b: UInt8
    if v >= 0xC0 && v <= 0x24F {
      b = latin[Int(v - 0xC0)]
    } else if v >= 0x1E00 && v <= 0x1EFF {
      b = additional[Int(v - 0x1E00)]
    } else {
      return nil
    }
    return b == 0x2E ? nil : b
  }
}
