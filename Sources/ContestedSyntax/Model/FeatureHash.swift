/// Hashing of feature values and templates into 64-bit feature keys (the "hashing trick").
public enum FeatureHash {
  /// FNV-1a 64 offset basis.
  public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a 64 of bytes.
  @inline(__always) public static func bytes(_ b: some Sequence<UInt8>) -> UInt64 {
    var h = seed
    for x in b { h = (h ^ UInt64(x)) &* 0x100_0000_01b3 }
    return h
  }

  /// The model file's checksum: FNV-1a 64 over little-endian 8-byte words (then any last bytes one by one),
  /// eight times faster than byte by byte.
  public static func checksum(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = seed
    let words = b.count / 8
    let raw = UnsafeRawBufferPointer(b)
    for i in 0..<words {
      h = (h ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self))) &* 0x100_0000_01b3
    }
    for i in (8 * words)..<b.count { h = (h ^ UInt64(b[i])) &* 0x100_0000_01b3 }
    return h
  }

  /// FNV-1a 64 of a string's UTF-8.
  @inline(__always) public static func string(_ s: String) -> UInt64 { bytes(s.utf8) }

  /// A well-mixed combination of a template id and up to three values.
  @inline(__always) public static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0)
    -> UInt64
  {
    var h = mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a)
    h = mix(h ^ (b &* 0xC2B2_AE3D_27D4_EB4F))
    h = mix(h ^ (c &* 0x1656_67B1_9E37_79F9))
    return h
  }

  /// SplitMix64's finaliser.
  @inline(__always) public static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// The 32-bit key a model stores for a feature (never 0, which marks an empty slot).
  @inline(__always) public static func stored(_ key: UInt64) -> UInt32 {
    let k = UInt32(truncatingIfNeeded: key >> 32)
    return k == 0 ? 1 : k
  }
}
