/// The members of one group of a bucket (one class of assertions, say), put in as the engine reaches them, and
/// asked for those whose days overlap a window: a max segment tree over the members ordered by first day, holding
/// each member's last day once it is in. A query costs O(log n) plus O(log n) per member found, so an assertion
/// costs only as much as the assertions it overlaps, not as much as every earlier one (issue #14, finding 5).
struct OverlapIndex {
  /// The members' bucket positions, ordered by first day (then position).
  private let members: [Int32]
  /// The first days in that order, for the binary search of a window's end.
  private let firstDays: [Int32]
  /// Leaves from `size`: a member's last day once put in, else `Int32.min`; inner nodes the max of their children.
  private var tree: [Int32]
  private let size: Int

  /// `positions` are bucket positions; `from` is indexed by bucket position. Each member's leaf goes into
  /// `leaves[position]`, for ``insert(leaf:to:)``.
  init(positions: [Int], from: [Int32], leaves: inout [Int32]) {
    let ordered = positions.sorted { (from[$0], $0) < (from[$1], $1) }
    members = ordered.map { Int32($0) }
    firstDays = ordered.map { from[$0] }
    var s = 1
    while s < max(1, ordered.count) { s <<= 1 }
    size = s
    tree = [Int32](repeating: Int32.min, count: 2 * s)
    for (leaf, p) in ordered.enumerated() { leaves[p] = Int32(leaf) }
  }

  /// Puts in the member at `leaf` (as the initialiser gave it), whose last day is `to`.
  mutating func insert(leaf: Int32, to: Int32) {
    var node = size + Int(leaf)
    tree[node] = to
    node >>= 1
    while node >= 1 {
      let m = max(tree[2 * node], tree[2 * node + 1])
      if tree[node] == m { break }
      tree[node] = m
      node >>= 1
    }
  }

  /// Appends to `out` the bucket positions of the members put in so far whose days overlap `from…to`
  /// (first day ≤ `to`, last day ≥ `from`), in no particular order.
  func overlapping(from: Int32, to: Int32, into out: inout [Int]) {
    // Members with a first day ≤ `to` are the leaves before `end`.
    var lo = 0
    var hi = firstDays.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if firstDays[mid] <= to { lo = mid + 1 } else { hi = mid }
    }
    let end = lo
    if end == 0 || tree[1] < from { return }
    collect(node: 1, lo: 0, hi: size, end: end, from: from, into: &out)
  }

  private func collect(node: Int, lo: Int, hi: Int, end: Int, from: Int32, into out: inout [Int]) {
    if lo >= end || tree[node] < from { return }
    if node >= size {
      out.append(Int(members[node - size]))
      return
    }
    let mid = (lo + hi) / 2
    collect(node: 2 * node, lo: lo, hi: mid, end: end, from: from, into: &out)
    collect(node: 2 * node + 1, lo: mid, hi: hi, end: end, from: from, into: &out)
  }
}
