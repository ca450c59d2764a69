/// An immutable open-addressing hash table from byte strings to `Int64`, for the exact-name fast path: lookups
/// hash the bytes with FNV-1a and compare them directly, without building a `String` or Unicode-normalizing it.
struct ByteKeyTable: Sendable {
  private let slots: [Int32]
  private let mask: Int
  private let starts: [Int32]
  private let arena: [UInt8]
  private let hashes: [UInt32]
  private let values: [Int64]

  /// Builds the table; a repeated key keeps its last value.
  init(_ pairs: [(key: [UInt8], value: Int64)]) {
    var capacity = 16
    while capacity < pairs.count * 2 { capacity <<= 1 }
    var slots = [Int32](repeating: -1, count: capacity)
    var starts: [Int32] = [0]
    var arena: [UInt8] = []
    var hashes: [UInt32] = []
    var values: [Int64] = []
    starts.reserveCapacity(pairs.count + 1)
    hashes.reserveCapacity(pairs.count)
    values.reserveCapacity(pairs.count)
    let mask = capacity - 1
    for (key, value) in pairs {
      let h = key.withUnsafeBufferPointer { ByteKeyTable.hash($0) }
      var i = Int(h) & mask
      var replaced = false
      while slots[i] >= 0 {
        let e = Int(slots[i])
        if hashes[e] == h && arena[Int(starts[e])..<Int(starts[e + 1])].elementsEqual(key) {
          values[e] = value
          replaced = true
          break
        }
        i = (i + 1) & mask
      }
      if replaced { continue }
      slots[i] = Int32(values.count)
      arena += key
      starts.append(Int32(arena.count))
      hashes.append(h)
      values.append(value)
    }
    self.slots = slots
    self.mask = mask
    self.starts = starts
    self.arena = arena
    self.hashes = hashes
    self.values = values
  }

  /// Number of keys.
  var count: Int { values.count }

  @inline(__always)
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var h: UInt32 = 2_166_136_261
    for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
    return h
  }

  /// The value for `key`.
  func value(for key: UnsafeBufferPointer<UInt8>) -> Int64? {
    let h = ByteKeyTable.hash(key)
    var i = Int(h) & mask
    return arena.withUnsafeBufferPointer { arena in
      while true {
        let e = Int(slots[i])
        if e < 0 { return nil }
        if hashes[e] == h {
          let s = Int(starts[e])
          let n = Int(starts[e + 1]) - s
          if n == key.count {
            var equal = true
            for j in 0..<n where arena[s + j] != key[j] {
              equal = false
              break
            }
            if equal { return values[e] }
          }
        }
        i = (i + 1) & mask
      }
    }
  }

  /// The value for the UTF-8 bytes of `key`.
  func value(for key: String) -> Int64? {
    var key = key
    return key.withUTF8 { value(for: $0) }
  }

  /// The value for `key`.
  func value(for key: [UInt8]) -> Int64? {
    key.withUnsafeBufferPointer { value(for: $0) }
  }
}
