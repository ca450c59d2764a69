/// A fast path for the compact JSON contested writes itself: no whitespace, no escapes, string values only where
/// the caller expects them.
///
/// Every method returns nil or false as soon as the input leaves that narrow form. Callers then start over with
/// ``JSONCursor``, which accepts all of RFC 8259 and explains what is wrong; so this scanner never reports
/// errors and never needs to be complete. It only has to be right about what it accepts.
struct CompactJSONScanner {
  let base: UnsafePointer<UInt8>
  let end: Int
  var position: Int

  /// A scanner over `buffer` (which must stay alive while it is used).
  init(_ buffer: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
    base = buffer.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? UnsafePointer(bitPattern: 1)!
    self.end = end ?? buffer.count
    position = start
  }

  /// The next byte, or 0 at the end.
  @inline(__always) var peek: UInt8 { position < end ? base[position] : 0 }

  /// Consumes `byte` if it is next.
  @inline(__always) mutating func consume(_ byte: UInt8) -> Bool {
    guard position < end, base[position] == byte else { return false }
    position += 1
    return true
  }

  /// Consumes `literal` if it comes next, byte for byte.
  @inline(__always) mutating func consume(_ literal: StaticString) -> Bool {
    let n = literal.utf8CodeUnitCount
    guard end - position >= n, memcmp(base + position, literal.utf8Start, n) == 0 else { return false }
    position += n
    return true
  }

  /// A string without escapes or control characters: the range of its content (quotes excluded).
  @inline(__always) mutating func plainString() -> Range<Int>? {
    guard consume(0x22) else { return nil }
    let start = position
    while position + 8 <= end {
      let w = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
      let quote = w ^ 0x2222_2222_2222_2222
      let slash = w ^ 0x5C5C_5C5C_5C5C_5C5C
      let zeroQuote = (quote &- 0x0101_0101_0101_0101) & ~quote & 0x8080_8080_8080_8080
      let zeroSlash = (slash &- 0x0101_0101_0101_0101) & ~slash & 0x8080_8080_8080_8080
      let control = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
      if zeroQuote | zeroSlash | control != 0 { break }
      position += 8
    }
    while position < end {
      let c = base[position]
      if c == 0x22 {
        position += 1
        return start..<(position - 1)
      }
      if c == 0x5C || c < 0x20 { return nil }
      position += 1
    }
    return nil
  }

  /// A key and its colon, packed by ``KeyCode``; nil for anything else (including keys longer than 15 bytes).
  @inline(__always) mutating func key() -> KeyCode? {
    guard let r = plainString(), r.count <= 15, consume(0x3A) else { return nil }
    return KeyCode(base + r.lowerBound, count: r.count)
  }

  /// A non-negative integer without sign, fraction or exponent (at most 18 digits).
  @inline(__always) mutating func plainInt() -> Int? {
    let start = position
    var v = 0
    while position < end, position - start < 18 {
      let d = base[position] &- 0x30
      guard d < 10 else { break }
      v = v * 10 + Int(d)
      position += 1
    }
    guard position > start, position - start < 18 else { return nil }
    if base[start] == 0x30, position - start > 1 { return nil }  // leading zero: let the full reader decide
    if position < end, base[position] == 0x2E || base[position] == 0x65 || base[position] == 0x45 { return nil }
    return v
  }

  /// Skips one value of the compact form: objects, arrays, plain strings, plain non-negative integers, `true`,
  /// `false`, `null`, no whitespace. False for anything else (the value may still be valid JSON).
  mutating func skipCompactValue(depth: Int = 0) -> Bool {
    guard depth < 64 else { return false }
    switch peek {
    case UInt8(ascii: "{"):
      position += 1
      if consume(UInt8(ascii: "}")) { return true }
      repeat {
        guard plainString() != nil, consume(UInt8(ascii: ":")), skipCompactValue(depth: depth + 1) else { return false }
      } while consume(UInt8(ascii: ","))
      return consume(UInt8(ascii: "}"))
    case UInt8(ascii: "["):
      position += 1
      if consume(UInt8(ascii: "]")) { return true }
      repeat {
        guard skipCompactValue(depth: depth + 1) else { return false }
      } while consume(UInt8(ascii: ","))
      return consume(UInt8(ascii: "]"))
    case UInt8(ascii: "\""): return plainString() != nil
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return plainInt() != nil
    case UInt8(ascii: "t"):
      return consume("true")
    case UInt8(ascii: "f"):
      return consume("false")
    case UInt8(ascii: "n"):
      return consume("null")
    default: return false
    }
  }

  /// ``text(_:)``, returning a string literal (no validation, no copy) for the words claims repeat on every line:
  /// stances, events, origins, statuses, precisions and common sides.
  func word(_ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    func matches(_ w: StaticString) -> Bool {
      w.utf8CodeUnitCount == r.count && memcmp(base + r.lowerBound, w.utf8Start, r.count) == 0
    }
    switch base[r.lowerBound] {
    case UInt8(ascii: "a"):
      if matches("asserts") { return "asserts" }
      if matches("accepted") { return "accepted" }
    case UInt8(ascii: "c"):
      if matches("captured") { return "captured" }
      if matches("contested") { return "contested" }
    case UInt8(ascii: "d"):
      if matches("denies") { return "denies" }
      if matches("day") { return "day" }
    case UInt8(ascii: "e"):
      if matches("extracted") { return "extracted" }
    case UInt8(ascii: "g"):
      if matches("government") { return "government" }
    case UInt8(ascii: "h"):
      if matches("holds") { return "holds" }
    case UInt8(ascii: "i"):
      if matches("imported") { return "imported" }
      if matches("isis") { return "isis" }
    case UInt8(ascii: "k"):
      if matches("kurdish") { return "kurdish" }
    case UInt8(ascii: "l"):
      if matches("lost") { return "lost" }
    case UInt8(ascii: "m"):
      if matches("manual") { return "manual" }
      if matches("month") { return "month" }
    case UInt8(ascii: "o"):
      if matches("opposition") { return "opposition" }
    case UInt8(ascii: "p"):
      if matches("proposed") { return "proposed" }
    case UInt8(ascii: "r"):
      if matches("recaptured") { return "recaptured" }
      if matches("repelled-attack") { return "repelled-attack" }
      if matches("rejected") { return "rejected" }
      if matches("range") { return "range" }
    case UInt8(ascii: "t"):
      if matches("turkish-backed") { return "turkish-backed" }
    case UInt8(ascii: "w"):
      if matches("withdrew") { return "withdrew" }
      if matches("week") { return "week" }
    default: break
    }
    return text(r)
  }

  /// The text of a range returned by ``plainString()`` (the buffer must already be valid UTF-8).
  @inline(__always) func text(_ r: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(start: base + r.lowerBound, count: r.count), as: UTF8.self)
  }
}

/// A JSON key of up to 15 bytes packed into one integer (bytes in order, length in the top byte), so a key is
/// matched by one comparison instead of a byte compare per candidate.
struct KeyCode: Hashable {
  let value: UInt128

  /// Packs `count` (<= 15) bytes at `p`.
  @inline(__always) init(_ p: UnsafePointer<UInt8>, count: Int) {
    var v = UInt128(count) << 120
    for i in 0..<count { v |= UInt128(p[i]) << (8 * i) }
    value = v
  }

  /// A packed value, e.g. a precomputed literal.
  @inline(__always) init(value: UInt128) { self.value = value }

  /// Packs a literal key (<= 15 bytes).
  init(_ literal: StaticString) {
    precondition(literal.utf8CodeUnitCount <= 15)
    self.init(literal.utf8Start, count: literal.utf8CodeUnitCount)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
