/// A small deterministic random number generator (SplitMix64), so training is repeatable for a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64

  /// A generator from a seed.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return FeatureHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
  }

  /// A double in [0, 1).
  public mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
