/// The weights of one trained multi-class linear model, quantised to 16 bits and sparse: for each feature
/// key, the classes it votes for. Lookups go through an open-addressing table built when loading.
public struct WeightTable: Sendable {
  /// How many classes the model scores.
  public let classCount: Int
  /// What one quantised unit is worth (for information; argmax does not need it).
  public let scale: Float
  /// Stored feature keys, in file order.
  public let keys: [UInt32]
  /// For feature `i`, its entries are `entryStart[i]..<entryStart[i + 1]`.
  public let entryStart: [UInt32]
  /// Entry classes.
  public let entryClass: [UInt8]
  /// Entry weights, in units of `scale`.
  public let entryWeight: [Int16]
  /// Open addressing: `key << 32 | offset into packed`, 0 for an empty slot.
  let slots: [UInt64]
  /// Per feature: its entry count, then each entry as `class << 16 | weight bits`.
  let packed: [UInt32]
  let mask: Int
  let shift: UInt32

  /// Builds the table; `keys` must be non-zero (a repeated key keeps its last entries).
  public init(
    classCount: Int, scale: Float, keys: [UInt32], entryStart: [UInt32], entryClass: [UInt8],
    entryWeight: [Int16]
  ) {
    self.classCount = classCount
    self.scale = scale
    self.keys = keys
    self.entryStart = entryStart
    self.entryClass = entryClass
    self.entryWeight = entryWeight
    var cap = 16
    var bits: UInt32 = 4
    while cap < keys.count * 2 {
      cap <<= 1
      bits += 1
    }
    var slots = [UInt64](repeating: 0, count: cap)
    var packed = [UInt32](repeating: 0, count: keys.count + entryClass.count)
    let mask = cap - 1
    var next = 0
    for (i, k) in keys.enumerated() {
      let lo = Int(entryStart[i])
      let hi = Int(entryStart[i + 1])
      let offset = UInt64(next)
      packed[next] = UInt32(hi - lo)
      next += 1
      for e in lo..<hi {
        packed[next] = UInt32(entryClass[e]) << 16 | UInt32(UInt16(bitPattern: entryWeight[e]))
        next += 1
      }
      // Keys are hash bits already: their top bits pick the slot, so sorted keys fill the table in order.
      var s = Int(k >> (32 - bits))
      while slots[s] != 0 && UInt32(slots[s] >> 32) != k { s = (s + 1) & mask }
      slots[s] = UInt64(k) << 32 | offset
    }
    self.slots = slots
    self.packed = packed
    self.mask = mask
    self.shift = 32 - bits
  }

  /// The number of features.
  public var featureCount: Int { keys.count }

  /// Adds the weights of `features` (64-bit keys) to `scores` (length ≥ `classCount`).
  ///
  /// In three passes, so the memory reads of different features overlap instead of waiting on each other:
  /// first slots, then probes and entry offsets, then entries.
  @inline(__always) public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Int32]) {
    let n = features.count
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { first in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { offsets in
        slots.withUnsafeBufferPointer { sl in
          for i in 0..<n { first[i] = sl[Int(FeatureHash.stored(features[i]) >> shift)] }
          for i in 0..<n {
            let k = FeatureHash.stored(features[i])
            var v = first[i]
            var s = Int(k >> shift)
            while v != 0 && UInt32(truncatingIfNeeded: v >> 32) != k {
              s = (s + 1) & mask
              v = sl[s]
            }
            offsets[i] = v == 0 ? -1 : Int(truncatingIfNeeded: v & 0xFFFF_FFFF)
          }
        }
        packed.withUnsafeBufferPointer { pk in
          scores.withUnsafeMutableBufferPointer { out in
            for i in 0..<n where offsets[i] >= 0 {
              let o = offsets[i]
              for e in (o + 1)..<(o + 1 + Int(pk[o])) {
                let x = pk[e]
                out[Int(x >> 16)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: x)))
              }
            }
          }
        }
      }
    }
  }
}
