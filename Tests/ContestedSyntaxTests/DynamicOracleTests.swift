import ContestedSyntax
import Testing

@Suite struct DynamicOracleTests {
  /// A random projective tree over `n` words (heads, index 0 unused), built by recursive splitting.
  static func projectiveTree(_ n: Int, _ rng: inout SplitMix64) -> [Int32] {
    var heads = [Int32](repeating: 0, count: n + 1)
    func build(_ l: Int, _ r: Int, _ head: Int) {
      guard l <= r else { return }
      let h = l + Int(rng.next() % UInt64(r - l + 1))
      heads[h] = Int32(head)
      build(l, h - 1, h)
      build(h + 1, r, h)
    }
    build(1, n, 0)
    return heads
  }

  /// Follows zero-cost moves (chosen at random among them) to the end; returns the heads built.
  static func replay(_ gold: [Int32], _ rng: inout SplitMix64) -> [Int32]? {
    var st = ArcHybridState(count: gold.count - 1)
    while !st.isTerminal {
      let free = ArcHybridState.Move.allCases.filter { st.isValid($0) && DynamicOracle.cost($0, st, gold: gold) == 0 }
      guard !free.isEmpty else { return nil }
      st.apply(free[Int(rng.next() % UInt64(free.count))], label: 0)
    }
    return st.heads
  }

  @Test func replaysASmallTreeExactly() throws {
    // "Rebels said they took the town": said is the root; said → Rebels, took; took → they, town; town → the.
    let gold: [Int32] = [0, 2, 0, 4, 2, 6, 4]
    var rng = SplitMix64(seed: 7)
    let heads = try #require(Self.replay(gold, &rng))
    #expect(Array(heads.dropFirst()) == Array(gold.dropFirst()))
  }

  @Test(arguments: [1, 2, 3, 5, 8, 13, 30]) func replaysRandomProjectiveTreesExactly(_ n: Int) throws {
    var rng = SplitMix64(seed: UInt64(n))
    for _ in 0..<200 {
      let gold = Self.projectiveTree(n, &rng)
      let heads = try #require(Self.replay(gold, &rng))
      #expect(Array(heads.dropFirst()) == Array(gold.dropFirst()))
    }
  }

  @Test func costsCountTheArcsAMoveLoses() {
    // Gold: 1 ← 2 (2 is the root), 3 → 2's dependent. Stack [0, 1], buffer [2, 3].
    let gold: [Int32] = [0, 2, 0, 2]
    var st = ArcHybridState(count: 3)
    st.apply(.shift, label: 0)
    #expect(DynamicOracle.cost(.left, st, gold: gold) == 0)
    // 1 could no longer get its head 2, nor 2 its head, the root, under 1.
    #expect(DynamicOracle.cost(.shift, st, gold: gold) == 2)
    st.apply(.shift, label: 0)  // the mistake: stack [0, 1, 2]
    #expect(DynamicOracle.cost(.right, st, gold: gold) == 1)  // 2 loses its dependent 3 (its head was lost already)
    #expect(DynamicOracle.cost(.left, st, gold: gold) == 1)
  }
}
