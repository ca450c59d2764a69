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
    var out: [UInt8] = []
    out.reserveCapacity(buffer.bytes.count)
    for word in buffer.words {
      var first = true
      for b in buffer.bytes[word] {
        let vowel = b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || (b == 0x79 && !first)
        first = false
        if vowel {
          if out.last != 0x2A { out.append(0x2A) }
        } else {
          out.append(b)
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// A flat byte buffer of normalized words (no per-word allocation).
struct WordBuffer {
  var bytes: [UInt8] = []
  var words: [Range<Int>] = []

  init() {
    bytes.reserveCapacity(32)
    words.reserveCapacity(6)
  }

  mutating func fill(from name: String) {
    var start = 0
    var utf8 = name.utf8.makeIterator()
    while let b0 = utf8.next() {
      if b0 < 0x80 {
        if b0 >= 0x61 && b0 <= 0x7A || b0 >= 0x30 && b0 <= 0x39 {
          bytes.append(b0)
        } else if b0 >= 0x41 && b0 <= 0x5A {
          bytes.append(b0 | 0x20)
        } else if b0 != 0x27 && b0 != 0x60 {
          endWord(&start)
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
        appendArabic(v, start: &start)
      default:
        if let folded = LatinFold.fold(v) {
          bytes.append(folded)
        } else if let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
          for s in scalar.properties.lowercaseMapping.unicodeScalars {
            bytes.append(contentsOf: String(s).utf8)
          }
        } else {
          endWord(&start)
        }
      }
    }
    endWord(&start)
    finish()
  }

  private mutating func appendArabic(_ v: UInt32, start: inout Int) {
    var u = v
    switch v {
    case 0x622, 0x623, 0x625, 0x671, 0x672, 0x673: u = 0x627  // alef forms
    case 0x629: u = 0x647  // ta marbuta -> ha
    case 0x649, 0x626, 0x6CC: u = 0x64A  // alef maqsura, yeh with hamza, Farsi yeh -> yeh
    case 0x624: u = 0x648  // waw with hamza -> waw
    case 0x6A9: u = 0x643  // keheh -> kaf
    case 0x621: return  // lone hamza
    case 0x60C, 0x61B, 0x61F, 0x66A...0x66D, 0x6D4:
      endWord(&start)
      return
    default: break
    }
    // Two-byte UTF-8 for U+0600...U+06FF.
    bytes.append(UInt8(0xC0 | (u >> 6)))
    bytes.append(UInt8(0x80 | (u & 0x3F)))
  }

  private mutating func endWord(_ start: inout Int) {
    if bytes.count > start { words.append(start..<bytes.count) }
    start = bytes.count
  }

  /// Applies the in-word rules, drops articles and unifies generic words; rewrites `bytes` and `words`.
  private mutating func finish() {
    guard !words.isEmpty else { return }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var outWords: [Range<Int>] = []
    outWords.reserveCapacity(words.count + 1)
    var prefixGeneric: UInt8 = 0  // a trailing Hill/Mountain/Valley moves to the front
    for (index, range) in words.enumerated() {
      let start = out.count
      Self.foldWord(bytes[range], into: &out)
      let word = out[start...]
      let isLast = index == words.count - 1
      if words.count > 1 && Self.isArticle(word, leading: index == 0) && !isLast {
        out.removeSubrange(start...)
        continue
      }
      if word.count > 6, word.first == 0xD8, word[start + 1] == 0xA7, word[start + 2] == 0xD9,
        word[start + 3] == 0x84
      {
        out.removeSubrange(start..<(start + 4))  // Arabic article ال
      }
      if let generic = GenericWords.match(out[start...]) {
        out.removeSubrange(start...)
        if generic.isSuffix && isLast && !outWords.isEmpty {
          prefixGeneric = generic.id
          continue
        }
        out.append(contentsOf: GenericWords.canonical[Int(generic.id)])
      }
      if out.count > start { outWords.append(start..<out.count) }
    }
    if prefixGeneric != 0 {
      let head = GenericWords.canonical[Int(prefixGeneric)]
      out.insert(contentsOf: head, at: 0)
      outWords = [0..<head.count] + outWords.map { ($0.lowerBound + head.count)..<($0.upperBound + head.count) }
    }
    bytes = out
    words = outWords
  }

  /// q→k, ou/oo→u, doubled letters collapse, final h after a vowel dropped (ASCII letters only).
  static func foldWord(_ word: ArraySlice<UInt8>, into out: inout [UInt8]) {
    let start = out.count
    var previous: UInt8 = 0
    for var b in word {
      if b == 0x71 { b = 0x6B }  // q -> k
      if b == 0x75 && previous == 0x6F {  // ou -> u
        out[out.count - 1] = 0x75
        previous = 0x75
        continue
      }
      if b == 0x6F && previous == 0x6F {  // oo -> u
        out[out.count - 1] = 0x75
        previous = 0x75
        continue
      }
      if b == previous && b < 0x80 { continue }  // doubled letters
      out.append(b)
      previous = b
    }
    let n = out.count - start
    if n > 3, out[out.count - 1] == 0x68 {
      let v = out[out.count - 2]
      if v == 0x61 || v == 0x65 || v == 0x69 { out.removeLast() }
    }
  }

  private static func isArticle(_ w: ArraySlice<UInt8>, leading: Bool) -> Bool {
    let i = w.startIndex
    switch w.count {
    case 2:
      let a = w[i], b = w[i + 1]
      if a == 0x61 || a == 0x65 || a == 0x75 {  // a e u + l s d n r t z
        return b == 0x6C || b == 0x73 || b == 0x64 || b == 0x6E || b == 0x72 || b == 0x74 || b == 0x7A
      }
      return false
    case 3:
      let a = w[i], b = w[i + 1], c = w[i + 2]
      if leading && a == 0x74 && b == 0x68 && c == 0x65 { return true }  // the
      // ash esh ush ath adh
      if (a == 0x61 || a == 0x65 || a == 0x75) && b == 0x73 && c == 0x68 { return true }
      return a == 0x61 && c == 0x68 && (b == 0x74 || b == 0x64)
    case 4:
      // ال written apart (4 UTF-8 bytes).
      return w[i] == 0xD8 && w[i + 1] == 0xA7 && w[i + 2] == 0xD9 && w[i + 3] == 0x84
    default:
      return false
    }
  }

  func joined(separator: UInt8?) -> String {
    if separator == nil && words.count == 1 { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + words.count)
    for (i, w) in words.enumerated() {
      if i > 0, let separator { out.append(separator) }
      out.append(contentsOf: bytes[w])
    }
    return String(decoding: out, as: UTF8.self)
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
    "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll..llnnnnnn...oooooooorrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz................e................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................".utf8)
  static let additional: [UInt8] = Array(
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......".utf8)

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
