/// A forward-only reader over one JSON text in UTF-8, without building a tree.
///
/// Callers walk the structure they expect (`readObject`, `readString`, …) and skip the rest with
/// `skipValue`. Strict RFC 8259: every escape, every number form, no trailing commas, no comments,
/// no control characters in strings, no lone surrogates, nesting limited to ``maxDepth``.
/// The buffer must stay alive while the cursor is used.
public struct JSONCursor {
  /// Nesting deeper than this is rejected rather than risking the stack.
  public static let maxDepth = 256

  @usableFromInline let base: UnsafePointer<UInt8>
  @usableFromInline let end: Int
  /// The current byte offset.
  public private(set) var position: Int
  @usableFromInline var depth = 0

  /// A cursor at the start of `buffer`.
  public init(_ buffer: UnsafeRawBufferPointer) {
    if let b = buffer.baseAddress {
      base = b.assumingMemoryBound(to: UInt8.self)
    } else {
      base = UnsafePointer(bitPattern: 1)!  // never dereferenced: end == 0
    }
    end = buffer.count
    position = 0
  }

  /// The kinds of JSON values.
  public enum Kind: Sendable { case object, array, string, number, bool, null }

  @inline(__always) mutating func skipWhitespace() {
    while position < end {
      let c = base[position]
      if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { position += 1 } else { return }
    }
  }

  @inline(__always) func byte(_ i: Int) -> UInt8 { base[i] }

  /// The kind of the next value, after whitespace; an error at the end of input or on a stray byte.
  public mutating func peekKind() throws(JSONError) -> Kind {
    skipWhitespace()
    guard position < end else { throw JSONError("unexpected end of input", offset: position) }
    switch base[position] {
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    default: throw JSONError("unexpected character '\(Self.show(base[position]))'", offset: position)
    }
  }

  /// Whether the next value is `null` (then it is consumed).
  public mutating func readNullIfPresent() throws(JSONError) -> Bool {
    skipWhitespace()
    if position < end, base[position] == UInt8(ascii: "n") {
      try expectLiteral("null")
      return true
    }
    return false
  }

  /// Fails unless only whitespace remains.
  public mutating func expectEnd() throws(JSONError) {
    skipWhitespace()
    if position < end {
      throw JSONError("unexpected '\(Self.show(base[position]))' after the JSON value", offset: position)
    }
  }

  // MARK: Objects and arrays

  /// Reads an object, calling `body` with each key; `body` must read or skip the value.
  public mutating func readObject(_ body: (inout JSONCursor, JSONKey) throws(JSONError) -> Void) throws(JSONError) {
    skipWhitespace()
    guard position < end, base[position] == UInt8(ascii: "{") else { throw mismatch("an object") }
    depth += 1
    if depth > Self.maxDepth { throw JSONError("nested too deeply", offset: position) }
    position += 1
    skipWhitespace()
    if position < end, base[position] == UInt8(ascii: "}") {
      position += 1
      depth -= 1
      return
    }
    // Keys seen in this object, as 64-bit hashes (the first 16 without allocating): a key may appear once.
    var seen = InlineArray<16, UInt64>(repeating: 0)
    var more: [UInt64] = []
    var keys = 0
    while true {
      skipWhitespace()
      guard position < end, base[position] == UInt8(ascii: "\"") else { throw mismatch("a key string") }
      let keyOffset = position
      let key = try readKey()
      let h = hash(of: key)
      for k in 0..<min(keys, 16) where seen[k] == h { throw duplicate(key, at: keyOffset) }
      if keys < 16 {
        seen[keys] = h
      } else {
        if more.contains(h) { throw duplicate(key, at: keyOffset) }
        more.append(h)
      }
      keys += 1
      skipWhitespace()
      guard position < end, base[position] == UInt8(ascii: ":") else { throw mismatch("':'") }
      position += 1
      let before = position
      try body(&self, key)
      if position == before { try skipValue() }  // the body ignored the value
      skipWhitespace()
      guard position < end else { throw JSONError("unterminated object", offset: position) }
      let c = base[position]
      position += 1
      if c == UInt8(ascii: ",") { continue }
      if c == UInt8(ascii: "}") { break }
      throw JSONError("expected ',' or '}' in object, found '\(Self.show(c))'", offset: position - 1)
    }
    depth -= 1
  }

  /// FNV-1a of a key's decoded bytes.
  private func hash(of key: JSONKey) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    if let d = key.decoded {
      for b in d.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
    } else {
      for i in key.start..<(key.start + key.count) { h = (h ^ UInt64(base[i])) &* 0x100_0000_01B3 }
    }
    return h
  }

  private func duplicate(_ key: JSONKey, at offset: Int) -> JSONError {
    JSONError("duplicate key \"\(name(of: key))\" (each key may appear once in an object)", offset: offset)
  }

  /// Reads an array, calling `body` for each element; `body` must read or skip the element.
  public mutating func readArray(_ body: (inout JSONCursor) throws(JSONError) -> Void) throws(JSONError) {
    skipWhitespace()
    guard position < end, base[position] == UInt8(ascii: "[") else { throw mismatch("an array") }
    depth += 1
    if depth > Self.maxDepth { throw JSONError("nested too deeply", offset: position) }
    position += 1
    skipWhitespace()
    if position < end, base[position] == UInt8(ascii: "]") {
      position += 1
      depth -= 1
      return
    }
    while true {
      skipWhitespace()
      let before = position
      try body(&self)
      if position == before { try skipValue() }
      skipWhitespace()
      guard position < end else { throw JSONError("unterminated array", offset: position) }
      let c = base[position]
      position += 1
      if c == UInt8(ascii: ",") { continue }
      if c == UInt8(ascii: "]") { break }
      throw JSONError("expected ',' or ']' in array, found '\(Self.show(c))'", offset: position - 1)
    }
    depth -= 1
  }

  /// Skips one value of any kind, checking its syntax.
  public mutating func skipValue() throws(JSONError) {
    switch try peekKind() {
    case .object: try readObject { (c: inout JSONCursor, _: JSONKey) throws(JSONError) in try c.skipValue() }
    case .array: try readArray { (c: inout JSONCursor) throws(JSONError) in try c.skipValue() }
    case .string: _ = try readStringSpan()
    case .number: _ = try readNumberSpan()
    case .bool: _ = try readBool()
    case .null: try expectLiteral("null")
    }
  }

  // MARK: Scalars

  /// Reads `true` or `false`.
  public mutating func readBool() throws(JSONError) -> Bool {
    skipWhitespace()
    if position < end, base[position] == UInt8(ascii: "t") {
      try expectLiteral("true")
      return true
    }
    if position < end, base[position] == UInt8(ascii: "f") {
      try expectLiteral("false")
      return false
    }
    throw mismatch("true or false")
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONError) {
    let n = literal.utf8CodeUnitCount
    guard position + n <= end, memcmp(base + position, literal.utf8Start, n) == 0 else {
      throw JSONError("invalid literal (expected \(literal))", offset: position)
    }
    position += n
  }

  /// Reads a string value.
  public mutating func readString() throws(JSONError) -> String {
    let span = try readStringSpan()
    return span.hasEscapes ? try decodeEscaped(span) : span.string(base)
  }

  /// Reads a string and returns its raw span (for byte comparisons without allocating).
  mutating func readStringSpan() throws(JSONError) -> JSONKey {
    skipWhitespace()
    guard position < end, base[position] == UInt8(ascii: "\"") else { throw mismatch("a string") }
    position += 1
    let start = position
    var escapes = false
    while true {
      // Eight bytes at a time while none is a quote, a backslash or a control character.
      while position + 8 <= end {
        let w = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        let quote = w ^ 0x2222_2222_2222_2222
        let slash = w ^ 0x5C5C_5C5C_5C5C_5C5C
        let hasZero = { (x: UInt64) -> UInt64 in (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        let control = (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
        if hasZero(quote) | hasZero(slash) | control != 0 { break }
        position += 8
      }
      guard position < end else { throw JSONError("unterminated string", offset: start - 1) }
      let c = base[position]
      if c == UInt8(ascii: "\"") { break }
      if c == UInt8(ascii: "\\") {
        escapes = true
        position += 2
        continue
      }
      if c < 0x20 { throw JSONError("control character in string (escape it)", offset: position) }
      position += 1
    }
    if position > end { throw JSONError("unterminated string", offset: start - 1) }
    let span = JSONKey(start: start, count: position - start, hasEscapes: escapes)
    position += 1
    if escapes { _ = try decodeEscaped(span) }  // validate now, so a skipped string is checked too
    return span
  }

  mutating func readKey() throws(JSONError) -> JSONKey {
    var key = try readStringSpan()
    if key.hasEscapes { key.decoded = try decodeEscaped(key) }
    return key
  }

  func decodeEscaped(_ span: JSONKey) throws(JSONError) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(span.count)
    var i = span.start
    let stop = span.start + span.count
    func hex4(_ at: Int) throws(JSONError) -> UInt32 {
      guard at + 4 <= stop else { throw JSONError("truncated \\u escape", offset: at) }
      var v: UInt32 = 0
      for k in 0..<4 {
        let c = base[at + k]
        let d: UInt32
        switch c {
        case 48...57: d = UInt32(c - 48)
        case 65...70: d = UInt32(c - 55)
        case 97...102: d = UInt32(c - 87)
        default: throw JSONError("invalid hex digit in \\u escape", offset: at + k)
        }
        v = v << 4 | d
      }
      return v
    }
    while i < stop {
      let c = base[i]
      if c != UInt8(ascii: "\\") {
        out.append(c)
        i += 1
        continue
      }
      guard i + 1 < stop else { throw JSONError("truncated escape", offset: i) }
      let e = base[i + 1]
      i += 2
      switch e {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4(i)
        i += 4
        if (0xD800...0xDBFF).contains(scalar) {
          guard i + 6 <= stop, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") else {
            throw JSONError("lone high surrogate in \\u escape", offset: i - 6)
          }
          let low = try hex4(i + 2)
          guard (0xDC00...0xDFFF).contains(low) else { throw JSONError("invalid surrogate pair", offset: i) }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          i += 6
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw JSONError("lone low surrogate in \\u escape", offset: i - 6)
        }
        guard let u = Unicode.Scalar(scalar) else { throw JSONError("invalid \\u escape", offset: i - 6) }
        out.append(contentsOf: UTF8.encode(u)!)
      default:
        throw JSONError("invalid escape '\\\(Self.show(e))'", offset: i - 2)
      }
    }
    return out.withUnsafeBufferPointer { String.fromValidatedUTF8($0) }
  }

  /// Reads a number's raw span, checking the RFC 8259 grammar.
  mutating func readNumberSpan() throws(JSONError) -> (start: Int, count: Int, isInteger: Bool) {
    skipWhitespace()
    let start = position
    var isInteger = true
    if position < end, base[position] == UInt8(ascii: "-") { position += 1 }
    guard position < end, base[position] >= 48, base[position] <= 57 else {
      throw JSONError("invalid number", offset: start)
    }
    if base[position] == 48 {
      position += 1
    } else {
      while position < end, base[position] >= 48, base[position] <= 57 { position += 1 }
    }
    if position < end, base[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      guard position < end, base[position] >= 48, base[position] <= 57 else {
        throw JSONError("invalid number: digits expected after '.'", offset: position)
      }
      while position < end, base[position] >= 48, base[position] <= 57 { position += 1 }
    }
    if position < end, base[position] == UInt8(ascii: "e") || base[position] == UInt8(ascii: "E") {
      isInteger = false
      position += 1
      if position < end, base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-") { position += 1 }
      guard position < end, base[position] >= 48, base[position] <= 57 else {
        throw JSONError("invalid number: exponent digits expected", offset: position)
      }
      while position < end, base[position] >= 48, base[position] <= 57 { position += 1 }
    }
    return (start, position - start, isInteger)
  }

  /// Reads any number as a Double.
  public mutating func readDouble() throws(JSONError) -> Double {
    let span = try readNumberSpan()
    let text = String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.count), as: UTF8.self)
    guard let v = Double(text) else { throw JSONError("invalid number", offset: span.start) }
    return v
  }

  /// Reads an integer that fits in `Int` (forms like `8`, `-3`, `1e3` and `8.0` are accepted when exact).
  public mutating func readInt() throws(JSONError) -> Int {
    let span = try readNumberSpan()
    if span.isInteger, span.count <= 18 {
      var v = 0
      var i = span.start
      let negative = base[i] == UInt8(ascii: "-")
      if negative { i += 1 }
      while i < span.start + span.count {
        v = v * 10 + Int(base[i] - 48)
        i += 1
      }
      return negative ? -v : v
    }
    let text = String(decoding: UnsafeBufferPointer(start: base + span.start, count: span.count), as: UTF8.self)
    guard let d = Double(text), d.rounded() == d, abs(d) < 9.0e15 else {
      throw JSONError("expected a whole number", offset: span.start)
    }
    return Int(d)
  }

  func mismatch(_ expected: String) -> JSONError {
    guard position < end else { return JSONError("expected \(expected), found the end of input", offset: position) }
    return JSONError("expected \(expected), found '\(Self.show(base[position]))'", offset: position)
  }

  static func show(_ c: UInt8) -> String {
    c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : "\\x" + String(c, radix: 16)
  }
}

/// An object key (or string) as a span of the input, compared without allocating.
public struct JSONKey: Sendable {
  let start: Int
  let count: Int
  let hasEscapes: Bool
  var decoded: String?

  init(start: Int, count: Int, hasEscapes: Bool) {
    self.start = start
    self.count = count
    self.hasEscapes = hasEscapes
  }

  func string(_ base: UnsafePointer<UInt8>) -> String {
    String.fromValidatedUTF8(UnsafeBufferPointer(start: base + start, count: count))
  }
}

extension JSONCursor {
  /// Whether `key` spells `name`.
  @inline(__always) public func key(_ key: JSONKey, is name: StaticString) -> Bool {
    if let d = key.decoded { return d == name.description }
    return key.count == name.utf8CodeUnitCount && memcmp(base + key.start, name.utf8Start, key.count) == 0
  }

  /// The key as a String (for error messages and unknown keys).
  public func name(of key: JSONKey) -> String { key.decoded ?? key.string(base) }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// A String from bytes already known to be valid UTF-8 (a plain copy, no validation or repair pass).
  /// Invalid input is still memory-safe: it is repaired by the standard library's slow path.
  @inline(__always)
  static func fromValidatedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if bytes.count <= 15 || !bytes.contains(where: { $0 >= 0x80 }) {
      return String(unsafeUninitializedCapacity: bytes.count) { dest in
        _ = dest.initialize(fromContentsOf: bytes)
        return bytes.count
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
