/// Bounds-checked little-endian reads over bytes; every read past the end throws instead of trapping.
struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func need(_ n: Int, _ what: String) throws {
    guard n >= 0, offset <= bytes.count - n else { throw ModelError.truncated(offset: offset, what: what) }
  }

  mutating func u8(_ what: String) throws -> UInt8 {
    try need(1, what)
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func u32(_ what: String) throws -> UInt32 {
    try need(4, what)
    var v: UInt32 = 0
    for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * UInt32(k)) }
    offset += 4
    return v
  }

  mutating func u64(_ what: String) throws -> UInt64 {
    let lo = try u32(what)
    let hi = try u32(what)
    return UInt64(lo) | UInt64(hi) << 32
  }

  mutating func string(_ what: String) throws -> String {
    let n = Int(try u32(what))
    try need(n, what)
    defer { offset += n }
    guard let s = String(validating: bytes[offset..<(offset + n)], as: UTF8.self) else {
      throw ModelError.invalid(offset: offset, what: "\(what) is not UTF-8")
    }
    return s
  }

  /// Unchecked reads, for use inside `array` after its bounds check.
  mutating func rawU8() -> UInt8 {
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func rawU32() -> UInt32 {
    var v: UInt32 = 0
    for k in 0..<4 { v |= UInt32(bytes[offset + k]) << (8 * UInt32(k)) }
    offset += 4
    return v
  }

  /// `count` little-endian u32 values.
  mutating func u32s(_ count: Int, _ what: String) throws -> [UInt32] {
    try need(count.multipliedReportingOverflow(by: 4).overflow ? -1 : count * 4, what)
    let start = offset
    offset += count * 4
    return bytes.withUnsafeBytes { raw in
      (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self)) }
    }
  }

  /// `count` little-endian i16 values.
  mutating func i16s(_ count: Int, _ what: String) throws -> [Int16] {
    try need(count.multipliedReportingOverflow(by: 2).overflow ? -1 : count * 2, what)
    let start = offset
    offset += count * 2
    return bytes.withUnsafeBytes { raw in
      (0..<count).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * $0, as: Int16.self)) }
    }
  }

  /// `count` bytes.
  mutating func u8s(_ count: Int, _ what: String) throws -> [UInt8] {
    try need(count, what)
    defer { offset += count }
    return Array(bytes[offset..<(offset + count)])
  }

  /// `count` fixed-size values read by `read`, after checking they fit in the remaining bytes.
  mutating func array<T>(_ count: Int, size: Int, _ what: String, _ read: (inout ByteReader) -> T) throws -> [T] {
    try need(count.multipliedReportingOverflow(by: size).overflow ? -1 : count * size, what)
    var out: [T] = []
    out.reserveCapacity(count)
    for _ in 0..<count { out.append(read(&self)) }
    return out
  }
}

/// Little-endian writes.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func u8(_ v: UInt8) { bytes.append(v) }
  mutating func u16(_ v: UInt16) {
    bytes.append(UInt8(v & 0xFF))
    bytes.append(UInt8(v >> 8))
  }
  mutating func u32(_ v: UInt32) { for k in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) } }
  mutating func u64(_ v: UInt64) {
    u32(UInt32(truncatingIfNeeded: v))
    u32(UInt32(truncatingIfNeeded: v >> 32))
  }
  mutating func string(_ s: String) {
    u32(UInt32(s.utf8.count))
    bytes.append(contentsOf: s.utf8)
  }
}
