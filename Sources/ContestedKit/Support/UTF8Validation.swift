/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), with an ASCII fast path.
///
/// The one validator: the ledger reader and claim import call `firstInvalidOffset`; the byte scanners that walk text
/// themselves (`CSV`, `contested check`'s reader) call `sequenceLength` at each non-ASCII byte.
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
      let length = sequenceLength(base + i, n - i)
      if length == 0 { return i }
      i += length
    }
    return nil
  }

  /// The length (2...4) of the valid UTF-8 sequence whose lead byte (>= 0x80) is at `p`, with `available` bytes
  /// readable from `p`; 0 when it is invalid (stray continuation byte, overlong form, surrogate, above U+10FFFF, or
  /// cut short).
  @inline(__always)
  public static func sequenceLength(_ p: UnsafePointer<UInt8>, _ available: Int) -> Int {
    @inline(__always) func cont(_ i: Int) -> Bool { i < available && p[i] & 0xC0 == 0x80 }
    switch p[0] {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0: return cont(1) && p[1] >= 0xA0 && cont(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xED: return cont(1) && p[1] < 0xA0 && cont(2) ? 3 : 0
    case 0xF0: return cont(1) && p[1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    case 0xF4: return cont(1) && p[1] < 0x90 && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }
}
