/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011): a stack with
/// the root (token 0) at its bottom, a buffer of the words not yet read, and the arcs so far.
///
/// SHIFT pushes the buffer's first word; LEFT makes the stack top a dependent of the buffer's first word and
/// pops it; RIGHT makes the stack top a dependent of the word below it and pops it. RIGHT onto the root is
/// allowed only as the last move, so each tree has one root word.
public struct ArcHybridState {
  /// The transitions.
  public enum Move: Int, CaseIterable, Sendable {
    case shift = 0
    case left = 1
    case right = 2
  }

  /// Words 1…n; 0 is the root.
  public let count: Int
  /// The stack, bottom first.
  public var stack: [Int32] = [0]
  /// The buffer's first word (count + 1 when empty).
  public var next = 1
  /// Head of each word (index 0 unused), -1 while unattached.
  public var heads: [Int32]
  /// Relation label index of each word.
  public var labels: [UInt8]
  /// Leftmost and second leftmost, rightmost and second rightmost dependents (-1: none).
  var left1, left2, right1, right2: [Int32]
  /// Numbers of left and right dependents.
  var leftCount, rightCount: [UInt8]
  /// Bit sets of the labels of the left and right dependents (label index mod 64).
  var leftLabels, rightLabels: [UInt64]

  /// The start configuration for `count` words.
  public init(count: Int) {
    self.count = count
    let m = count + 1
    heads = [Int32](repeating: -1, count: m)
    labels = [UInt8](repeating: 0, count: m)
    left1 = [Int32](repeating: -1, count: m)
    left2 = left1
    right1 = left1
    right2 = left1
    leftCount = [UInt8](repeating: 0, count: m)
    rightCount = leftCount
    leftLabels = [UInt64](repeating: 0, count: m)
    rightLabels = leftLabels
    stack.reserveCapacity(m)
  }

  /// True when every word has its head.
  public var isTerminal: Bool { next > count && stack.count == 1 }

  /// Whether `move` is allowed now.
  @inline(__always) public func isValid(_ move: Move) -> Bool {
    switch move {
    case .shift: return next <= count
    case .left: return next <= count && stack.count > 1
    case .right: return stack.count > 2 || (stack.count == 2 && next > count)
    }
  }

  /// The stack element `k` from the top (0 = top), or -1.
  @inline(__always) public func s(_ k: Int) -> Int {
    k < stack.count ? Int(stack[stack.count - 1 - k]) : -1
  }

  /// The buffer word `k` after the first (0 = first), or -1.
  @inline(__always) public func b(_ k: Int) -> Int { next + k <= count ? next + k : -1 }

  /// Applies `move`, labelling an arc with `label`. The move must be valid.
  public mutating func apply(_ move: Move, label: UInt8) {
    switch move {
    case .shift:
      stack.append(Int32(next))
      next += 1
    case .left:
      let d = Int(stack.removeLast())
      attach(d, to: next, label: label)
    case .right:
      let d = Int(stack.removeLast())
      attach(d, to: Int(stack[stack.count - 1]), label: label)
    }
  }

  mutating func attach(_ d: Int, to h: Int, label: UInt8) {
    heads[d] = Int32(h)
    labels[d] = label
    let bit = UInt64(1) << UInt64(label & 63)
    if d < h {
      leftCount[h] &+= 1
      leftLabels[h] |= bit
      if left1[h] < 0 || d < left1[h] {
        left2[h] = left1[h]
        left1[h] = Int32(d)
      } else if left2[h] < 0 || d < left2[h] {
        left2[h] = Int32(d)
      }
    } else {
      rightCount[h] &+= 1
      rightLabels[h] |= bit
      if right1[h] < 0 || d > right1[h] {
        right2[h] = right1[h]
        right1[h] = Int32(d)
      } else if right2[h] < 0 || d > right2[h] {
        right2[h] = Int32(d)
      }
    }
  }
}
