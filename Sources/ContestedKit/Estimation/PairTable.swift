/// Slots for unordered pairs of voices: a dense matrix for up to 2,048 voices, a hash of packed integers beyond.
struct PairTable: Sendable {
  let sources: Int
  private var dense: [Int32]
  private var sparse: [UInt64: Int32] = [:]
  private var pairs: [(Int32, Int32)] = []

  init(sources: Int) {
    self.sources = sources
    dense = sources <= 2048 ? [Int32](repeating: -1, count: sources * sources) : []
  }

  /// How many pairs have a slot.
  var count: Int { pairs.count }

  /// The pair (lower, higher voice) of a slot.
  func pair(_ slot: Int) -> (Int32, Int32) { pairs[slot] }

  private func key(_ a: Int32, _ b: Int32) -> (Int32, Int32) { a < b ? (a, b) : (b, a) }

  /// The slot of a pair, if it has one.
  func slot(_ a: Int32, _ b: Int32) -> Int? {
    let (x, y) = key(a, b)
    if !dense.isEmpty {
      let s = dense[Int(x) * sources + Int(y)]
      return s < 0 ? nil : Int(s)
    }
    return sparse[UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))].map(Int.init)
  }

  /// The slot of a pair, made when new.
  mutating func insert(_ a: Int32, _ b: Int32) -> (slot: Int, isNew: Bool) {
    if let s = slot(a, b) { return (s, false) }
    let (x, y) = key(a, b)
    let s = Int32(pairs.count)
    pairs.append((x, y))
    if !dense.isEmpty {
      dense[Int(x) * sources + Int(y)] = s
    } else {
      sparse[UInt64(UInt32(x)) << 32 | UInt64(UInt32(y))] = s
    }
    return (Int(s), true)
  }
}
