/// Reads what ``SnapshotWriter`` wrote. Every read checks the bounds: a truncated or damaged snapshot throws
/// ``SnapshotReader/Damage`` and never traps (pure).
public struct SnapshotReader {
  /// Why a snapshot could not be read.
  public struct Damage: Error, Sendable, CustomStringConvertible {
    /// Where in the payload, in bytes.
    public var offset: Int
    /// What was wrong.
    public var reason: String
    public var description: String { "byte \(offset): \(reason)" }
  }

  private let bytes: UnsafeRawBufferPointer
  /// The next byte to read.
  public private(set) var position: Int

  /// A reader over `bytes` (which must outlive it), from `position`.
  public init(_ bytes: UnsafeRawBufferPointer, from position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  /// Whether every byte was read.
  public var atEnd: Bool { position == bytes.count }

  /// A ``Damage`` at the current position.
  public func fail(_ reason: String) -> Damage { Damage(offset: position, reason: reason) }

  /// A varint of at most 10 bytes.
  mutating func raw() throws(Damage) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count else { throw fail("ends inside a number") }
      let b = bytes[position]
      position += 1
      guard shift < 64 else { throw fail("a number longer than 10 bytes") }
      value |= UInt64(b & 0x7F) << shift
      if b & 0x80 == 0 { return value }
      shift += 7
    }
  }

  /// A non-negative integer.
  public mutating func uint() throws(Damage) -> Int {
    let v = try raw()
    guard v <= UInt64(Int.max) else { throw fail("a number out of range") }
    return Int(v)
  }

  /// A count of items that each take at least one byte (so a damaged count cannot ask for huge arrays).
  public mutating func count() throws(Damage) -> Int {
    let n = try uint()
    guard n <= bytes.count - position else { throw fail("a count of \(n) past the end") }
    return n
  }

  /// A signed integer (zigzag).
  public mutating func int() throws(Damage) -> Int {
    let z = try raw()
    let v = Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    return Int(v)
  }

  /// A flag.
  public mutating func bool() throws(Damage) -> Bool {
    guard position < bytes.count else { throw fail("ends inside a flag") }
    let b = bytes[position]
    position += 1
    guard b <= 1 else { throw fail("a flag of \(b)") }
    return b == 1
  }

  /// A run of bytes.
  public mutating func data() throws(Damage) -> [UInt8] {
    let n = try count()
    let out = Array(bytes[position..<position + n])
    position += n
    return out
  }

  /// A UTF-8 string (invalid UTF-8 is damage).
  public mutating func string() throws(Damage) -> String {
    let n = try count()
    let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<position + n])
    guard let s = String(validating: slice, as: UTF8.self) else { throw fail("invalid UTF-8 in a string") }
    position += n
    return s
  }

  /// An optional string.
  public mutating func optionalString() throws(Damage) -> String? {
    try bool() ? try string() : nil
  }

  /// A value of a string enum.
  public mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(Damage) -> T where T.RawValue == String {
    let s = try string()
    guard let v = T(rawValue: s) else { throw fail("unknown \(T.self) '\(s)'") }
    return v
  }
}
