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
  let slots: [UInt32]  // key per slot, 0 = empty
  let slotFeature: [Int32]
  let mask: Int

  /// Builds the table; `keys` must be distinct and non-zero.
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
    while cap < keys.count * 2 { cap <<= 1 }
    var slots = [UInt32](repeating: 0, count: cap)
    var slotFeature = [Int32](repeating: -1, count: cap)
    let mask = cap - 1
    for (i, k) in keys.enumerated() {
      var s = Int(k &* 0x9E37_79B1) & mask
      while slots[s] != 0 && slots[s] != k { s = (s + 1) & mask }
      slots[s] = k
      slotFeature[s] = Int32(i)
    }
    self.slots = slots
    self.slotFeature = slotFeature
    self.mask = mask
  }

  /// The number of features.
  public var featureCount: Int { keys.count }

  /// Adds the weights of `features` (64-bit keys) to `scores` (length ≥ `classCount`).
  @inline(__always) public func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Int32]) {
    slots.withUnsafeBufferPointer { sl in
      slotFeature.withUnsafeBufferPointer { sf in
        entryStart.withUnsafeBufferPointer { es in
          entryClass.withUnsafeBufferPointer { ec in
            entryWeight.withUnsafeBufferPointer { ew in
              scores.withUnsafeMutableBufferPointer { out in
                for f in features {
                  let k = FeatureHash.stored(f)
                  var s = Int(k &* 0x9E37_79B1) & mask
                  while true {
                    let v = sl[s]
                    if v == k { break }
                    if v == 0 {
                      s = -1
                      break
                    }
                    s = (s + 1) & mask
                  }
                  if s < 0 { continue }
                  let i = Int(sf[s])
                  for e in Int(es[i])..<Int(es[i + 1]) { out[Int(ec[e])] &+= Int32(ew[e]) }
                }
              }
            }
          }
        }
      }
    }
  }
}
