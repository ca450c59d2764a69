/// Appends the fields of a derived-state snapshot (docs/formats.md, "Snapshot"): unsigned LEB128 varints,
/// zigzag varints for signed numbers, strings and byte runs as a varint length and the bytes (pure).
public struct SnapshotWriter: Sendable {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []

  /// An empty writer.
  public init() {}

  /// A non-negative integer (a negative one is written as 0; callers write counts and offsets).
  public mutating func uint(_ value: Int) {
    var v = UInt64(max(0, value))
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// Any integer (zigzag).
  public mutating func int(_ value: Int) {
    let v = Int64(value)
    let zigzag = UInt64(bitPattern: (v << 1) ^ (v >> 63))
    var z = zigzag
    while z >= 0x80 {
      bytes.append(UInt8(z & 0x7F) | 0x80)
      z >>= 7
    }
    bytes.append(UInt8(z))
  }

  /// A flag.
  public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  /// A UTF-8 string.
  public mutating func string(_ value: String) {
    var s = value
    s.withUTF8 { buf in
      uint(buf.count)
      bytes.append(contentsOf: buf)
    }
  }

  /// An optional string: a flag, then the string.
  public mutating func optionalString(_ value: String?) {
    bool(value != nil)
    if let value { string(value) }
  }

  /// A run of bytes.
  public mutating func data(_ value: [UInt8]) {
    uint(value.count)
    bytes.append(contentsOf: value)
  }
}
