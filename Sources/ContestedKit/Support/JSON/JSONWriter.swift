/// Writes compact JSON into a byte buffer, keys in the order the caller writes them.
///
/// Commas are inserted automatically. Strings are escaped per RFC 8259 (`"`, `\`, control characters;
/// U+2028/U+2029 as well, so the output is safe to embed in JavaScript). Non-ASCII is written as UTF-8.
public struct JSONWriter: Sendable {
  /// The bytes written so far.
  public var bytes: [UInt8]
  /// One bit per open container (bit 0: the innermost): whether the next item needs a comma first.
  private var commaBits: UInt64 = 0
  private var depth = 0

  /// An empty writer, with room for `capacity` bytes.
  public init(capacity: Int = 256) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// The output as a String.
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  @inline(__always) private mutating func separate() {
    if commaBits & 1 != 0 { bytes.append(UInt8(ascii: ",")) } else { commaBits |= 1 }
  }

  @inline(__always) private mutating func push() {
    depth += 1
    precondition(depth < 64, "JSONWriter: nesting deeper than 63 levels")
    commaBits <<= 1
  }

  @inline(__always) private mutating func pop() {
    depth -= 1
    commaBits >>= 1
  }

  @inline(__always) private mutating func noCommaBeforeValue() { commaBits &= ~1 }

  /// `{`.
  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    push()
  }

  /// `}`.
  public mutating func endObject() {
    pop()
    bytes.append(UInt8(ascii: "}"))
  }

  /// `[`.
  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    push()
  }

  /// `]`.
  public mutating func endArray() {
    pop()
    bytes.append(UInt8(ascii: "]"))
  }

  /// A key; the next value written is its value.
  public mutating func key(_ name: StaticString) {
    separate()
    bytes.append(UInt8(ascii: "\""))
    bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    noCommaBeforeValue()
  }

  /// A key from a runtime string (escaped).
  public mutating func key(dynamic name: String) {
    separate()
    appendEscaped(name)
    bytes.append(UInt8(ascii: ":"))
    noCommaBeforeValue()
  }

  /// A string value.
  public mutating func string(_ value: String) {
    separate()
    appendEscaped(value)
  }

  /// An integer value.
  public mutating func int(_ value: Int) {
    separate()
    if value == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var v = value.magnitude
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      while v > 0 {
        buf[n] = UInt8(v % 10) + 48
        v /= 10
        n += 1
      }
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[i]) }
    }
  }

  /// A floating-point value (shortest round-trip form; non-finite values are written as null).
  public mutating func double(_ value: Double) {
    separate()
    guard value.isFinite else {
      bytes.append(contentsOf: Array("null".utf8))
      return
    }
    if value.rounded() == value, abs(value) < 1e15 {
      noCommaBeforeValue()
      int(Int(value))
      return
    }
    bytes.append(contentsOf: Array("\(value)".utf8))
  }

  /// A boolean value.
  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
  }

  /// `null`.
  public mutating func null() {
    separate()
    bytes.append(contentsOf: Array("null".utf8))
  }

  /// Pre-encoded JSON (must be one valid value).
  public mutating func raw(_ json: some Sequence<UInt8>) {
    separate()
    bytes.append(contentsOf: json)
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `s` as a JSON string literal, quotes included (the one JSON string escaping).
  public static func quoted(_ s: String) -> String {
    var w = JSONWriter()
    w.appendEscaped(s)
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// Lead bytes of the UTF-8 forms of the non-ASCII scalars TerminalText calls unsafe (U+0080–U+009F, U+061C,
  /// U+180E, U+200B–U+206F, U+FEFF, U+FFF9–U+FFFB).
  @inline(__always) static func mayLeadUnsafe(_ c: UInt8) -> Bool {
    c == 0xC2 || c == 0xD8 || c == 0xE1 || c == 0xE2 || c == 0xEF
  }

  /// The scalar starting at `i` of valid UTF-8, and its length.
  static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar?, length: Int) {
    let c = utf8[i]
    let length = c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4)
    guard i + length <= utf8.count else { return (nil, 1) }
    var v = UInt32(c) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
    for k in 1..<length { v = v << 6 | UInt32(utf8[i + k] & 0x3F) }
    return (Unicode.Scalar(v), length)
  }

  private mutating func appendEscaped(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      // Most strings need no escape at all: check first, then copy in one go.
      var clean = true
      for c in utf8 where c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F || Self.mayLeadUnsafe(c) {
        clean = false
        break
      }
      if clean {
        bytes.append(contentsOf: utf8)
        return
      }
      var runStart = 0
      var i = 0
      let n = utf8.count
      while i < n {
        let c = utf8[i]
        var escape: (UInt8, UInt8)? = nil
        var unicode = false
        var skip = 1
        switch c {
        case 0x22: escape = (0x5C, 0x22)
        case 0x5C: escape = (0x5C, 0x5C)
        case 0x0A: escape = (0x5C, UInt8(ascii: "n"))
        case 0x0D: escape = (0x5C, UInt8(ascii: "r"))
        case 0x09: escape = (0x5C, UInt8(ascii: "t"))
        case 0x08: escape = (0x5C, UInt8(ascii: "b"))
        case 0x0C: escape = (0x5C, UInt8(ascii: "f"))
        case 0..<0x20, 0x7F: unicode = true
        case _ where Self.mayLeadUnsafe(c):
          // C1 controls, bidi controls, zero-width and other invisible characters (TerminalText.isUnsafe) are
          // written as \uXXXX: the same string when read back, and never raw on a terminal.
          let (scalar, length) = Self.decodeScalar(utf8, at: i)
          if let scalar, TerminalText.isUnsafe(scalar) {
            unicode = true
            skip = length
          }
        default: break
        }
        if escape == nil && !unicode {
          i += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        if let (a, b) = escape {
          bytes.append(a)
          bytes.append(b)
        } else {
          let scalar: UInt32 = skip > 1 ? Self.decodeScalar(utf8, at: i).scalar!.value : UInt32(c)
          bytes.append(contentsOf: [0x5C, UInt8(ascii: "u")])
          for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(Self.hexDigits[Int((scalar >> UInt32(shift)) & 0xF)])
          }
        }
        i += skip
        runStart = i
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<n]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
