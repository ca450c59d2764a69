// SHA-256 (FIPS 180-4), tuned for hashing many short ledger lines.
//
// Blocks are compressed by the CPU's SHA extensions when it has them (the C target CContestedSHA, checked once at
// run time) and otherwise by the portable Swift compression below, which is also the path on non-x86 machines.
//
// Whole 64-byte blocks are compressed straight from the caller's buffer; a partial block is kept in an inline
// 64-byte tuple, so neither hashing nor streaming allocates on the heap (only the 32-byte result array does).

#if arch(x86_64)
  internal import CContestedSHA
#endif

/// A streaming SHA-256 hasher (FIPS 180-4): `update` any number of times, then `finalize` once.
public struct SHA256: Sendable {
  /// Whether this CPU has the SHA extensions the hardware path uses (asked once per process).
  public static let hardwareAvailable: Bool = {
    #if arch(x86_64)
      return contested_sha256_hardware_available() != 0
    #else
      return false
    #endif
  }()

  /// The eight working hash words H0...H7.
  private var h0: UInt32 = 0x6a09_e667
  private var h1: UInt32 = 0xbb67_ae85
  private var h2: UInt32 = 0x3c6e_f372
  private var h3: UInt32 = 0xa54f_f53a
  private var h4: UInt32 = 0x510e_527f
  private var h5: UInt32 = 0x9b05_688c
  private var h6: UInt32 = 0x1f83_d9ab
  private var h7: UInt32 = 0x5be0_cd19
  /// Bytes of a not yet complete block (inline storage, no heap).
  private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
  /// How many bytes of `pending` are in use (0..<64).
  private var pendingCount: Int = 0
  /// Total message length in bytes so far.
  private var totalLength: UInt64 = 0
  /// Whether blocks go to the SHA extensions (false: the portable Swift compression).
  public let usesHardware: Bool

  /// Creates a hasher in the FIPS 180-4 initial state, on the SHA extensions when the CPU has them.
  public init() { usesHardware = Self.hardwareAvailable }

  /// Creates a hasher that never uses the SHA extensions when `portable` is true (tests compare both paths).
  public init(portable: Bool) { usesHardware = !portable && Self.hardwareAvailable }

  /// Feeds raw bytes into the hash.
  public mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard var base = bytes.baseAddress, bytes.count > 0 else { return }
    var count = bytes.count
    totalLength &+= UInt64(truncatingIfNeeded: count)
    if pendingCount > 0 {
      let take = min(64 - pendingCount, count)
      let filled = pendingCount
      withUnsafeMutableBytes(of: &pending) { buf in
        (buf.baseAddress! + filled).copyMemory(from: base, byteCount: take)
      }
      pendingCount += take
      base += take
      count -= take
      if pendingCount < 64 { return }
      var block = pending
      withUnsafeBytes(of: &block) { compress($0.baseAddress!, blocks: 1) }
      pendingCount = 0
    }
    let whole = count >> 6
    if whole > 0 {
      compress(base, blocks: whole)
      base += whole << 6
      count -= whole << 6
    }
    if count > 0 {
      withUnsafeMutableBytes(of: &pending) { buf in buf.baseAddress!.copyMemory(from: base, byteCount: count) }
      pendingCount = count
    }
  }

  /// Feeds a sequence of bytes (contiguous collections take the fast path; others are copied in chunks).
  public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
    let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
    if done != nil { return }
    var chunk: [UInt8] = []
    chunk.reserveCapacity(4096)
    for byte in bytes {
      chunk.append(byte)
      if chunk.count == 4096 {
        chunk.withUnsafeBytes { update($0) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk.withUnsafeBytes { update($0) }
  }

  /// Pads the message, returns the 32-byte digest and leaves the hasher ready for a new message.
  public mutating func finalize() -> [UInt8] {
    var block = pending
    let used = pendingCount
    let digest = withUnsafeBytes(of: &block) { finish(tail: $0.baseAddress!, count: used) }
    self = SHA256(portable: !usesHardware)
    return digest
  }

  /// Pads the message and writes the digest as 64 lowercase hex digits at `out`, without allocating; leaves the
  /// hasher ready for a new message.
  public mutating func finalize(hexInto out: UnsafeMutableRawPointer) {
    var block = pending
    let used = pendingCount
    withUnsafeBytes(of: &block) { pad(tail: $0.baseAddress!, count: used) }
    let digits: StaticString = "0123456789abcdef"
    let table = digits.utf8Start
    var words = (h0, h1, h2, h3, h4, h5, h6, h7)
    withUnsafeBytes(of: &words) { w in
      for j in 0..<8 {
        let word = w.load(fromByteOffset: j * 4, as: UInt32.self)
        for d in 0..<8 {
          out.storeBytes(of: table[Int((word >> UInt32(28 - 4 * d)) & 0xF)], toByteOffset: j * 8 + d, as: UInt8.self)
        }
      }
    }
    self = SHA256(portable: !usesHardware)
  }

  /// Pads the last `count` (< 64) message bytes at `tail`, compresses them and returns the digest.
  private mutating func finish(tail: UnsafeRawPointer, count used: Int) -> [UInt8] {
    pad(tail: tail, count: used)
    return [UInt8](unsafeUninitializedCapacity: 32) { out, initialized in
      let raw = UnsafeMutableRawPointer(out.baseAddress!)
      raw.storeBytes(of: h0.bigEndian, toByteOffset: 0, as: UInt32.self)
      raw.storeBytes(of: h1.bigEndian, toByteOffset: 4, as: UInt32.self)
      raw.storeBytes(of: h2.bigEndian, toByteOffset: 8, as: UInt32.self)
      raw.storeBytes(of: h3.bigEndian, toByteOffset: 12, as: UInt32.self)
      raw.storeBytes(of: h4.bigEndian, toByteOffset: 16, as: UInt32.self)
      raw.storeBytes(of: h5.bigEndian, toByteOffset: 20, as: UInt32.self)
      raw.storeBytes(of: h6.bigEndian, toByteOffset: 24, as: UInt32.self)
      raw.storeBytes(of: h7.bigEndian, toByteOffset: 28, as: UInt32.self)
      initialized = 32
    }
  }

  /// Pads the last `count` (< 64) message bytes at `tail` and compresses them into the state.
  private mutating func pad(tail: UnsafeRawPointer, count used: Int) {
    let bitLength = totalLength &<< 3
    var padded:
      (
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
        UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    let blocks = used < 56 ? 1 : 2
    withUnsafeMutableBytes(of: &padded) { buf in
      let p = buf.baseAddress!
      if used > 0 { p.copyMemory(from: tail, byteCount: used) }
      p.storeBytes(of: 0x80, toByteOffset: used, as: UInt8.self)
      p.storeBytes(of: bitLength.bigEndian, toByteOffset: blocks * 64 - 8, as: UInt64.self)
      compress(UnsafeRawPointer(p), blocks: blocks)
    }
  }

  /// The SHA-256 digest (32 bytes) of a raw buffer: whole blocks straight from the buffer, no copies but the tail.
  public static func hash(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
    var hasher = SHA256()
    guard let base = bytes.baseAddress, bytes.count > 0 else {
      var empty: UInt64 = 0
      return withUnsafeBytes(of: &empty) { hasher.finish(tail: $0.baseAddress!, count: 0) }
    }
    let count = bytes.count
    let whole = count >> 6
    if whole > 0 { hasher.compress(base, blocks: whole) }
    hasher.totalLength = UInt64(truncatingIfNeeded: count)
    return hasher.finish(tail: base + (whole << 6), count: count & 63)
  }

  /// The SHA-256 digest (32 bytes) of a byte array.
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBytes { hash($0) }
  }

  /// The SHA-256 digest (32 bytes) of a string's UTF-8 encoding.
  public static func hash(_ string: String) -> [UInt8] {
    var text = string
    return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
  }

  /// The SHA-256 digest of a raw buffer as 64 lowercase hex digits.
  public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    Hex.encode(hash(bytes))
  }

  /// The SHA-256 digest of a byte array as 64 lowercase hex digits.
  public static func hex(_ bytes: [UInt8]) -> String {
    Hex.encode(hash(bytes))
  }

  /// The SHA-256 digest of a string's UTF-8 encoding as 64 lowercase hex digits.
  public static func hex(_ string: String) -> String {
    Hex.encode(hash(string))
  }

  // MARK: - Compression

  /// Compresses `blocks` consecutive 64-byte blocks starting at `data` (any alignment) into the state.
  private mutating func compress(_ data: UnsafeRawPointer, blocks: Int) {
    #if arch(x86_64)
      if usesHardware {
        var words = (h0, h1, h2, h3, h4, h5, h6, h7)
        withUnsafeMutableBytes(of: &words) { state in
          contested_sha256_compress_hardware(
            state.baseAddress!.assumingMemoryBound(to: UInt32.self), data.assumingMemoryBound(to: UInt8.self),
            blocks)
        }
        (h0, h1, h2, h3, h4, h5, h6, h7) = words
        return
      }
    #endif
    compressPortable(data, blocks: blocks)
  }

  /// The portable compression of `blocks` 64-byte blocks at `data` (any alignment), in Swift.
  ///
  /// Fully unrolled: the 64 round constants (FIPS 180-4 §4.2.2) are literals, the message schedule lives in
  /// sixteen local words (a rolling window), and the working variables change roles instead of being moved.
  private mutating func compressPortable(_ data: UnsafeRawPointer, blocks: Int) {
    var s0 = h0
    var s1 = h1
    var s2 = h2
    var s3 = h3
    var s4 = h4
    var s5 = h5
    var s6 = h6
    var s7 = h7
    var p = data
    for _ in 0..<blocks {
      var w0 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
      var w1 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
      var w2 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
      var w3 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
      var w4 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
      var w5 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
      var w6 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 24, as: UInt32.self))
      var w7 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 28, as: UInt32.self))
      var w8 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 32, as: UInt32.self))
      var w9 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 36, as: UInt32.self))
      var w10 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 40, as: UInt32.self))
      var w11 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 44, as: UInt32.self))
      var w12 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 48, as: UInt32.self))
      var w13 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 52, as: UInt32.self))
      var w14 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 56, as: UInt32.self))
      var w15 = UInt32(bigEndian: p.loadUnaligned(fromByteOffset: 60, as: UInt32.self))
      var a = s0
      var b = s1
      var c = s2
      var d = s3
      var e = s4
      var f = s5
      var g = s6
      var h = s7
      round(a, b, c, &d, e, f, g, &h, 0x428a_2f98 &+ w0)
      round(h, a, b, &c, d, e, f, &g, 0x7137_4491 &+ w1)
      round(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf &+ w2)
      round(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5 &+ w3)
      round(e, f, g, &h, a, b, c, &d, 0x3956_c25b &+ w4)
      round(d, e, f, &g, h, a, b, &c, 0x59f1_11f1 &+ w5)
      round(c, d, e, &f, g, h, a, &b, 0x923f_82a4 &+ w6)
      round(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5 &+ w7)
      round(a, b, c, &d, e, f, g, &h, 0xd807_aa98 &+ w8)
      round(h, a, b, &c, d, e, f, &g, 0x1283_5b01 &+ w9)
      round(g, h, a, &b, c, d, e, &f, 0x2431_85be &+ w10)
      round(f, g, h, &a, b, c, d, &e, 0x550c_7dc3 &+ w11)
      round(e, f, g, &h, a, b, c, &d, 0x72be_5d74 &+ w12)
      round(d, e, f, &g, h, a, b, &c, 0x80de_b1fe &+ w13)
      round(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7 &+ w14)
      round(b, c, d, &e, f, g, h, &a, 0xc19b_f174 &+ w15)
      w0 = schedule(w0, w1, w9, w14)
      round(a, b, c, &d, e, f, g, &h, 0xe49b_69c1 &+ w0)
      w1 = schedule(w1, w2, w10, w15)
      round(h, a, b, &c, d, e, f, &g, 0xefbe_4786 &+ w1)
      w2 = schedule(w2, w3, w11, w0)
      round(g, h, a, &b, c, d, e, &f, 0x0fc1_9dc6 &+ w2)
      w3 = schedule(w3, w4, w12, w1)
      round(f, g, h, &a, b, c, d, &e, 0x240c_a1cc &+ w3)
      w4 = schedule(w4, w5, w13, w2)
      round(e, f, g, &h, a, b, c, &d, 0x2de9_2c6f &+ w4)
      w5 = schedule(w5, w6, w14, w3)
      round(d, e, f, &g, h, a, b, &c, 0x4a74_84aa &+ w5)
      w6 = schedule(w6, w7, w15, w4)
      round(c, d, e, &f, g, h, a, &b, 0x5cb0_a9dc &+ w6)
      w7 = schedule(w7, w8, w0, w5)
      round(b, c, d, &e, f, g, h, &a, 0x76f9_88da &+ w7)
      w8 = schedule(w8, w9, w1, w6)
      round(a, b, c, &d, e, f, g, &h, 0x983e_5152 &+ w8)
      w9 = schedule(w9, w10, w2, w7)
      round(h, a, b, &c, d, e, f, &g, 0xa831_c66d &+ w9)
      w10 = schedule(w10, w11, w3, w8)
      round(g, h, a, &b, c, d, e, &f, 0xb003_27c8 &+ w10)
      w11 = schedule(w11, w12, w4, w9)
      round(f, g, h, &a, b, c, d, &e, 0xbf59_7fc7 &+ w11)
      w12 = schedule(w12, w13, w5, w10)
      round(e, f, g, &h, a, b, c, &d, 0xc6e0_0bf3 &+ w12)
      w13 = schedule(w13, w14, w6, w11)
      round(d, e, f, &g, h, a, b, &c, 0xd5a7_9147 &+ w13)
      w14 = schedule(w14, w15, w7, w12)
      round(c, d, e, &f, g, h, a, &b, 0x06ca_6351 &+ w14)
      w15 = schedule(w15, w0, w8, w13)
      round(b, c, d, &e, f, g, h, &a, 0x1429_2967 &+ w15)
      w0 = schedule(w0, w1, w9, w14)
      round(a, b, c, &d, e, f, g, &h, 0x27b7_0a85 &+ w0)
      w1 = schedule(w1, w2, w10, w15)
      round(h, a, b, &c, d, e, f, &g, 0x2e1b_2138 &+ w1)
      w2 = schedule(w2, w3, w11, w0)
      round(g, h, a, &b, c, d, e, &f, 0x4d2c_6dfc &+ w2)
      w3 = schedule(w3, w4, w12, w1)
      round(f, g, h, &a, b, c, d, &e, 0x5338_0d13 &+ w3)
      w4 = schedule(w4, w5, w13, w2)
      round(e, f, g, &h, a, b, c, &d, 0x650a_7354 &+ w4)
      w5 = schedule(w5, w6, w14, w3)
      round(d, e, f, &g, h, a, b, &c, 0x766a_0abb &+ w5)
      w6 = schedule(w6, w7, w15, w4)
      round(c, d, e, &f, g, h, a, &b, 0x81c2_c92e &+ w6)
      w7 = schedule(w7, w8, w0, w5)
      round(b, c, d, &e, f, g, h, &a, 0x9272_2c85 &+ w7)
      w8 = schedule(w8, w9, w1, w6)
      round(a, b, c, &d, e, f, g, &h, 0xa2bf_e8a1 &+ w8)
      w9 = schedule(w9, w10, w2, w7)
      round(h, a, b, &c, d, e, f, &g, 0xa81a_664b &+ w9)
      w10 = schedule(w10, w11, w3, w8)
      round(g, h, a, &b, c, d, e, &f, 0xc24b_8b70 &+ w10)
      w11 = schedule(w11, w12, w4, w9)
      round(f, g, h, &a, b, c, d, &e, 0xc76c_51a3 &+ w11)
      w12 = schedule(w12, w13, w5, w10)
      round(e, f, g, &h, a, b, c, &d, 0xd192_e819 &+ w12)
      w13 = schedule(w13, w14, w6, w11)
      round(d, e, f, &g, h, a, b, &c, 0xd699_0624 &+ w13)
      w14 = schedule(w14, w15, w7, w12)
      round(c, d, e, &f, g, h, a, &b, 0xf40e_3585 &+ w14)
      w15 = schedule(w15, w0, w8, w13)
      round(b, c, d, &e, f, g, h, &a, 0x106a_a070 &+ w15)
      w0 = schedule(w0, w1, w9, w14)
      round(a, b, c, &d, e, f, g, &h, 0x19a4_c116 &+ w0)
      w1 = schedule(w1, w2, w10, w15)
      round(h, a, b, &c, d, e, f, &g, 0x1e37_6c08 &+ w1)
      w2 = schedule(w2, w3, w11, w0)
      round(g, h, a, &b, c, d, e, &f, 0x2748_774c &+ w2)
      w3 = schedule(w3, w4, w12, w1)
      round(f, g, h, &a, b, c, d, &e, 0x34b0_bcb5 &+ w3)
      w4 = schedule(w4, w5, w13, w2)
      round(e, f, g, &h, a, b, c, &d, 0x391c_0cb3 &+ w4)
      w5 = schedule(w5, w6, w14, w3)
      round(d, e, f, &g, h, a, b, &c, 0x4ed8_aa4a &+ w5)
      w6 = schedule(w6, w7, w15, w4)
      round(c, d, e, &f, g, h, a, &b, 0x5b9c_ca4f &+ w6)
      w7 = schedule(w7, w8, w0, w5)
      round(b, c, d, &e, f, g, h, &a, 0x682e_6ff3 &+ w7)
      w8 = schedule(w8, w9, w1, w6)
      round(a, b, c, &d, e, f, g, &h, 0x748f_82ee &+ w8)
      w9 = schedule(w9, w10, w2, w7)
      round(h, a, b, &c, d, e, f, &g, 0x78a5_636f &+ w9)
      w10 = schedule(w10, w11, w3, w8)
      round(g, h, a, &b, c, d, e, &f, 0x84c8_7814 &+ w10)
      w11 = schedule(w11, w12, w4, w9)
      round(f, g, h, &a, b, c, d, &e, 0x8cc7_0208 &+ w11)
      w12 = schedule(w12, w13, w5, w10)
      round(e, f, g, &h, a, b, c, &d, 0x90be_fffa &+ w12)
      w13 = schedule(w13, w14, w6, w11)
      round(d, e, f, &g, h, a, b, &c, 0xa450_6ceb &+ w13)
      w14 = schedule(w14, w15, w7, w12)
      round(c, d, e, &f, g, h, a, &b, 0xbef9_a3f7 &+ w14)
      w15 = schedule(w15, w0, w8, w13)
      round(b, c, d, &e, f, g, h, &a, 0xc671_78f2 &+ w15)
      s0 &+= a
      s1 &+= b
      s2 &+= c
      s3 &+= d
      s4 &+= e
      s5 &+= f
      s6 &+= g
      s7 &+= h
      p += 64
    }
    h0 = s0
    h1 = s1
    h2 = s2
    h3 = s3
    h4 = s4
    h5 = s5
    h6 = s6
    h7 = s7
  }
}

/// Next message-schedule word: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] (FIPS 180-4 §6.2.2).
@inline(__always)
private func schedule(_ w16: UInt32, _ w15: UInt32, _ w7: UInt32, _ w2: UInt32) -> UInt32 {
  let sigma0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
  let sigma1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
  return sigma1 &+ w7 &+ sigma0 &+ w16
}

/// Rotates a 32-bit word right by `n` (0 < n < 32).
@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
  (x &>> n) | (x &<< (32 &- n))
}

/// One SHA-256 round; the caller rotates the roles of the eight working variables instead of moving them.
@inline(__always)
private func round(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
  _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
) {
  // Σ1(e) = ROTR6 ^ ROTR11 ^ ROTR25 and Σ0(a) = ROTR2 ^ ROTR13 ^ ROTR22, as nested rotations (fewer registers).
  let bigSigma1 = rotr(rotr(rotr(e, 14) ^ e, 5) ^ e, 6)
  let choose = ((f ^ g) & e) ^ g
  let t1 = (h &+ kw) &+ choose &+ bigSigma1
  let bigSigma0 = rotr(rotr(rotr(a, 9) ^ a, 11) ^ a, 2)
  // (a ^ b) here is (b ^ c) of the next round, so the optimizer shares it.
  let majority = ((a ^ b) & (b ^ c)) ^ b
  d &+= t1
  h = t1 &+ bigSigma0 &+ majority
}

/// Lowercase hexadecimal encoding of bytes.
public enum Hex {
  /// Encodes bytes as lowercase hex, two digits per byte.
  public static func encode(_ bytes: some Sequence<UInt8>) -> String {
    let table: StaticString = "0123456789abcdef"
    if let contiguous = bytes.withContiguousStorageIfAvailable({ encode(buffer: $0, table: table) }) {
      return contiguous
    }
    let array = Array(bytes)
    return array.withUnsafeBufferPointer { encode(buffer: $0, table: table) }
  }

  /// Encodes a contiguous buffer, writing the digits straight into the string's storage.
  private static func encode(buffer: UnsafeBufferPointer<UInt8>, table: StaticString) -> String {
    guard buffer.count > 0 else { return "" }
    return table.withUTF8Buffer { digits in
      String(unsafeUninitializedCapacity: buffer.count * 2) { out in
        var i = 0
        for byte in buffer {
          out[i] = digits[Int(byte &>> 4)]
          out[i &+ 1] = digits[Int(byte & 0x0f)]
          i &+= 2
        }
        return i
      }
    }
  }
}
