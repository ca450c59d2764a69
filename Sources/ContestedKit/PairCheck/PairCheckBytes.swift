// Byte helpers of PairCheck: comparisons, the intern table and its hash (days: `Day.parse`, UTF-8: `UTF8Validation`).
// MARK: - Byte helpers

/// Wraps a non-Sendable closure for `concurrentPerform`; the callers partition the memory each job writes.
struct UnsafeSendable<T>: @unchecked Sendable {
  let value: T
}

@inline(__always) func memEqual(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
  let q = s.utf8Start
  for i in 0..<s.utf8CodeUnitCount where p[i] != q[i] { return false }
  return true
}

/// Three-way byte comparison (like memcmp, then length).
@inline(__always) func compareBytes(_ a: UnsafePointer<UInt8>, _ al: Int, _ b: UnsafePointer<UInt8>, _ bl: Int) -> Int {
  let m = min(al, bl)
  var i = 0
  while i < m {
    let x = a[i]
    let y = b[i]
    if x != y { return x < y ? -1 : 1 }
    i += 1
  }
  return al < bl ? -1 : (al > bl ? 1 : 0)
}

/// The first 8 bytes as a big-endian integer, zero-padded: orders like the bytes (ties need a full compare).
@inline(__always) func bigEndianPrefix(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt64 {
  var v: UInt64 = 0
  for i in 0..<8 { v = v << 8 | (i < len ? UInt64(p[i]) : 0) }
  return v
}

func formatDay(_ ordinal: Int32) -> String { Day(ordinal: ordinal).iso }

/// An open-addressing table from byte strings to dense integers (0, 1, 2 … in first-seen order).
struct InternTable {
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lens: [Int32] = []
  private(set) var arena: [UInt8] = []

  /// How many distinct strings are interned.
  var count: Int { starts.count }

  /// The bytes of entry `k`.
  func bytes(_ k: Int) -> ArraySlice<UInt8> { arena[starts[k]..<(starts[k] + Int(lens[k]))] }

  mutating func intern(_ p: UnsafePointer<UInt8>, _ len: Int) -> Int32 {
    let h = hashBytes(p, len)
    var mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[i]
      if s < 0 { break }
      let k = Int(s)
      if hashes[k] == h && Int(lens[k]) == len {
        let equal = arena.withUnsafeBufferPointer { a in compareBytes(a.baseAddress! + starts[k], len, p, len) == 0 }
        if equal { return s }
      }
      i = (i + 1) & mask
    }
    let id = Int32(starts.count)
    hashes.append(h)
    starts.append(arena.count)
    lens.append(Int32(len))
    arena.append(contentsOf: UnsafeBufferPointer(start: p, count: len))
    if starts.count * 2 > slots.count {
      slots = Array(repeating: -1, count: slots.count * 2)
      mask = slots.count - 1
      for k in 0..<starts.count {
        var j = Int(truncatingIfNeeded: hashes[k]) & mask
        while slots[j] >= 0 { j = (j + 1) & mask }
        slots[j] = Int32(k)
      }
    } else {
      slots[i] = id
    }
    return id
  }

  /// Interns every entry of `other`; returns the map from its numbers to ours.
  mutating func remap(_ other: InternTable) -> [Int32] {
    var map = [Int32](repeating: 0, count: other.count)
    other.arena.withUnsafeBufferPointer { a in
      for k in 0..<other.count {
        map[k] = intern(a.baseAddress! + other.starts[k], Int(other.lens[k]))
      }
    }
    return map
  }
}

/// A fast 64-bit hash of a short byte string (8 bytes at a time, multiply-xorshift mixing).
@inline(__always) func hashBytes(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt64 {
  var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(len)
  var i = 0
  let raw = UnsafeRawPointer(p)
  while i + 8 <= len {
    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 29
    i += 8
  }
  var tail: UInt64 = 0
  var shift: UInt64 = 0
  while i < len {
    tail |= UInt64(p[i]) << shift
    shift += 8
    i += 1
  }
  h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
  h ^= h >> 32
  return h
}
