/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), with an ASCII fast path.
public enum UTF8Validation {
  /// Whether `bytes` is valid UTF-8.
  public static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
    firstInvalidOffset(bytes) == nil
  }

  /// The byte offset of the first invalid sequence, or nil when all of `bytes` is valid UTF-8.
  public static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
    let n = bytes.count
    guard n > 0, let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
    var i = 0
    while i < n {
      // ASCII fast path, 8 bytes at a time.
      while i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
      guard i < n else { return nil }
      let c = base[i]
      if c < 0x80 {
        i += 1
        continue
      }
      var need = 0
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: need = 1
      case 0xE0:
        need = 2
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: need = 2
      case 0xED:
        need = 2
        upper = 0x9F
      case 0xF0:
        need = 3
        lower = 0x90
      case 0xF1...0xF3: need = 3
      case 0xF4:
        need = 3
        upper = 0x8F
      default: return i
      }
      guard i + need < n else { return i }
      let c1 = base[i + 1]
      guard c1 >= lower, c1 <= upper else { return i }
      for k in 2...max(2, need) where k <= need {
        let ck = base[i + k]
        guard ck >= 0x80, ck <= 0xBF else { return i }
      }
      i += need + 1
    }
    return nil
  }
}
