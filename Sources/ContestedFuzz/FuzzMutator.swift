/// A small deterministic mutator for the seeded mutation test (libFuzzer has its own): byte flips, inserts,
/// deletions, duplications, splices and tokens that matter to the parsers (quotes, commas, newlines, escapes,
/// control and bidi characters, formula signs, duplicate keys).
public struct FuzzMutator {
  private var state: UInt64

  /// A mutator whose sequence is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// SplitMix64.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }

  static let tokens: [[UInt8]] = [
    "\"", ",", "\n", "\r\n", "{", "}", "[", "]", ":", "\\", "\\u0000", "\\ud800", "\\u202e", "\u{1B}]0;x\u{07}",
    "\u{202E}", "\u{200B}", "=", "+", "-", "@", "\u{0}", "\"id\":\"c1\",", "\"claimant\":", "1e999", "-0", "null",
    "\"\"", "2016-02-30", "\u{FEFF}", "\t", "\u{85}",
  ].map { Array($0.utf8) }

  /// A mutation of `input` (1 to 4 edits); `others` are spliced from.
  public mutating func mutate(_ input: [UInt8], others: [[UInt8]]) -> [UInt8] {
    var b = input
    for _ in 0...below(4) {
      let at = below(b.count + 1)
      switch below(7) {
      case 0 where !b.isEmpty: b[min(at, b.count - 1)] ^= UInt8(1 << below(8))
      case 1: b.insert(UInt8(truncatingIfNeeded: next()), at: at)
      case 2 where !b.isEmpty:
        let n = min(b.count - min(at, b.count - 1), 1 + below(16))
        b.removeSubrange(min(at, b.count - 1)..<(min(at, b.count - 1) + n))
      case 3 where !b.isEmpty:
        let start = below(b.count)
        let piece = b[start..<min(b.count, start + 1 + below(32))]
        b.insert(contentsOf: piece, at: at)
      case 4 where !others.isEmpty:
        let o = others[below(others.count)]
        let start = below(o.count + 1)
        b.insert(contentsOf: o[start..<min(o.count, start + below(64))], at: at)
      default: b.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: at)
      }
    }
    return b
  }
}
