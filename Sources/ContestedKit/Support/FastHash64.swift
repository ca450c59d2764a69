/// A fast 64-bit non-cryptographic hash (xxHash64's structure), streaming.
///
/// Used only to notice that a ledger prefix already verified with SHA-256 is byte-for-byte unchanged, so
/// routine reloads need not recompute every SHA-256 (`contested verify` always does). Not part of any file format
/// a user must reproduce.
public struct FastHash64: Sendable {
  static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
  static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  static let p3: UInt64 = 0x1656_67B1_9E37_79F9
  static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
  static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

  var v1: UInt64 = 0x9E37_79B1_85EB_CA87 &+ 0xC2B2_AE3D_27D4_EB4F
  var v2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  var v3: UInt64 = 0
  var v4: UInt64 = 0 &- 0x9E37_79B1_85EB_CA87
  var buffer: [UInt8] = []
  var total: UInt64 = 0

  /// A new hasher.
  public init() {}

  @inline(__always) static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
    var a = acc &+ input &* p2
    a = (a << 31) | (a >> 33)
    return a &* p1
  }

  /// Absorbs bytes.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var p = bytes.baseAddress, bytes.count > 0 else { return }
    var n = bytes.count
    total &+= UInt64(n)
    if !buffer.isEmpty {
      let take = min(32 - buffer.count, n)
      buffer.append(contentsOf: UnsafeRawBufferPointer(start: p, count: take))
      p += take
      n -= take
      if buffer.count == 32 {
        buffer.withUnsafeBytes { stripe($0.baseAddress!) }
        buffer.removeAll(keepingCapacity: true)
      } else {
        return
      }
    }
    var a = v1
    var b = v2
    var c = v3
    var d = v4
    while n >= 32 {
      a = Self.round(a, p.loadUnaligned(as: UInt64.self))
      b = Self.round(b, p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      c = Self.round(c, p.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
      d = Self.round(d, p.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
      p += 32
      n -= 32
    }
    v1 = a
    v2 = b
    v3 = c
    v4 = d
    if n > 0 { buffer.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n)) }
  }

  private mutating func stripe(_ p: UnsafeRawPointer) {
    v1 = Self.round(v1, p.loadUnaligned(as: UInt64.self))
    v2 = Self.round(v2, p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    v3 = Self.round(v3, p.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    v4 = Self.round(v4, p.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
  }

  /// The hasher's whole state as text, so a later process can keep absorbing where this one stopped.
  public var savedState: String {
    let words = [v1, v2, v3, v4, total].map { String($0, radix: 16) }
    return (words + [buffer.isEmpty ? "-" : Hex.encode(buffer)]).joined(separator: " ")
  }

  /// A hasher restored from ``savedState``; nil if the text is not one.
  public init?(savedState text: some StringProtocol) {
    let f = text.split(separator: " ")
    guard f.count == 6 else { return nil }
    var w: [UInt64] = []
    for i in 0..<5 {
      guard let v = UInt64(f[i], radix: 16) else { return nil }
      w.append(v)
    }
    (v1, v2, v3, v4, total) = (w[0], w[1], w[2], w[3], w[4])
    if f[5] != "-" {
      let hex = Array(f[5].utf8)
      guard hex.count % 2 == 0, hex.count < 64 else { return nil }
      for i in stride(from: 0, to: hex.count, by: 2) {
        guard let b = UInt8(String(decoding: hex[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
        buffer.append(b)
      }
    }
    guard buffer.count == Int(total % 32) else { return nil }
  }

  /// The hash of everything absorbed so far (the hasher can keep absorbing).
  public func value() -> UInt64 {
    func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }
    var h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
    for v in [v1, v2, v3, v4] { h = (h ^ Self.round(0, v)) &* Self.p1 &+ Self.p4 }
    h &+= total
    for b in buffer { h = rotl(h ^ (UInt64(b) &* Self.p5), 11) &* Self.p1 }
    h ^= h >> 33
    h &*= Self.p2
    h ^= h >> 29
    h &*= Self.p3
    h ^= h >> 32
    return h
  }
}
