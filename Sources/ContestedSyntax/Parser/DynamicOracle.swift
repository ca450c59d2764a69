/// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the number of gold arcs a move makes
/// unreachable from the current configuration. Zero-cost moves are the ones a perfect parser may take from
/// here, whatever mistakes led here; on a projective gold tree, following them replays it exactly.
public enum DynamicOracle {
  /// The cost of `move` in `state` for gold heads `gold` (index 0 unused).
  public static func cost(_ move: ArcHybridState.Move, _ state: ArcHybridState, gold: [Int32]) -> Int {
    let n = state.count
    let b0 = state.next
    switch move {
    case .shift:
      // b0 loses its dependents on the stack, and heads on the stack below the top.
      var c = 0
      let g = Int(gold[b0])
      for (k, x) in state.stack.enumerated() {
        let s = Int(x)
        if s > 0 && gold[s] == Int32(b0) { c += 1 }
        if s == g && k < state.stack.count - 1 { c += 1 }
      }
      return c
    case .left, .right:
      let s0 = state.s(0)
      var c = 0
      // s0 loses its dependents still in the buffer.
      if b0 <= n { for d in b0...n where gold[d] == Int32(s0) && state.heads[d] < 0 { c += 1 } }
      let h = Int(gold[s0])
      let s1 = state.s(1)
      if move == .left {
        if h != b0 && (h == s1 || h > b0) { c += 1 }
      } else {
        if h != s1 && h >= b0 && b0 <= n { c += 1 }
      }
      return c
    }
  }
}
