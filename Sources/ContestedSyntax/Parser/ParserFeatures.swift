/// The parser's feature templates, after Zhang & Nivre (2011) adapted to the arc-hybrid system: words and tags
/// of the top three stack words and the first three buffer words, their outermost dependents and labels,
/// distance, valency and label sets.
enum ParserFeatures {
  /// How many features `extract` writes.
  static let count = 87

  /// One position's values: word (lower-case hash), tag (index + 1; 0 none), label (index + 1; 0 none).
  struct Slot {
    var w: UInt64 = 0
    var p: UInt64 = 0
    var l: UInt64 = 0
  }

  @inline(__always)
  static func slot(_ i: Int, _ st: ArcHybridState, _ words: [WordInfo], _ tags: [UInt8]) -> Slot {
    if i < 0 { return Slot() }
    if i == 0 { return Slot(w: WordInfo.root.lower, p: 250, l: 0) }
    let l: UInt64 = st.heads[i] >= 0 ? UInt64(st.labels[i]) + 1 : 0
    return Slot(w: words[i - 1].lower, p: UInt64(tags[i - 1]) + 1, l: l)
  }

  /// The values the templates combine, read from a configuration.
  struct Context {
    var s0 = Slot(), s1 = Slot(), s2 = Slot(), b0 = Slot(), b1 = Slot(), b2 = Slot()
    var s0l = Slot(), s0l2 = Slot(), s0r = Slot(), s0r2 = Slot(), s1l = Slot(), s1r = Slot()
    var b0l = Slot(), b0l2 = Slot()
    var d: UInt64 = 0, d1: UInt64 = 0, s0vl: UInt64 = 0, s0vr: UInt64 = 0, b0vl: UInt64 = 0, s1vr: UInt64 = 0
    var s0ll: UInt64 = 0, s0rl: UInt64 = 0, b0ll: UInt64 = 0, punct: UInt64 = 0, b0shape: UInt64 = 0
    var s0suffix: UInt64 = 0
  }

  static func context(_ st: ArcHybridState, _ words: [WordInfo], _ tags: [UInt8]) -> Context {
    let i0 = st.s(0)
    let i1 = st.s(1)
    let j0 = st.b(0)
    func at(_ i: Int) -> Slot { slot(i, st, words, tags) }
    func child(_ a: [Int32], _ i: Int) -> Int { i >= 0 ? Int(a[i]) : -1 }
    var c = Context()
    c.s0 = at(i0)
    c.s1 = at(i1)
    c.s2 = at(st.s(2))
    c.b0 = at(j0)
    c.b1 = at(st.b(1))
    c.b2 = at(st.b(2))
    c.s0l = at(child(st.left1, i0))
    c.s0l2 = at(child(st.left2, i0))
    c.s0r = at(child(st.right1, i0))
    c.s0r2 = at(child(st.right2, i0))
    c.s1l = at(child(st.left1, i1))
    c.s1r = at(child(st.right1, i1))
    c.b0l = at(child(st.left1, j0))
    c.b0l2 = at(child(st.left2, j0))
    c.d = i0 >= 0 && j0 >= 0 ? UInt64(min(j0 - i0, 6)) : 0
    c.d1 = i0 >= 0 && i1 >= 0 ? UInt64(min(i0 - i1, 6)) : 0
    c.s0vl = i0 > 0 ? UInt64(st.leftCount[i0]) : 0
    c.s0vr = i0 > 0 ? UInt64(st.rightCount[i0]) : 0
    c.b0vl = j0 > 0 ? UInt64(st.leftCount[j0]) : 0
    c.s1vr = i1 > 0 ? UInt64(st.rightCount[i1]) : 0
    c.s0ll = i0 > 0 ? st.leftLabels[i0] : 0
    c.s0rl = i0 > 0 ? st.rightLabels[i0] : 0
    c.b0ll = j0 > 0 ? st.leftLabels[j0] : 0
    c.punct = 0
    if i0 > 0 && j0 > 0 {
      for m in (i0 + 1)..<min(j0, i0 + 40) where words[m - 1].flags & 17 == 16 { c.punct += 1 }
    }
    c.b0shape = j0 > 0 ? words[j0 - 1].shape : 0
    c.s0suffix = i0 > 0 ? words[i0 - 1].suffix.2 : 0
    return c
  }

  /// Writes the features of `st` (words and tags of words 1…n at 0…n-1) to `out` (capacity ≥ `count`).
  static func extract(_ st: ArcHybridState, _ words: [WordInfo], _ tags: [UInt8], into out: inout [UInt64]) {
    let c = context(st, words, tags)
    var k = 0
    writeWords(c, into: &out, at: &k)
    writeStructure(c, into: &out, at: &k)
    writeLabels(c, into: &out, at: &k)
    assert(k == count)
  }

  /// Single words, pairs and triples of tags.
  static func writeWords(_ c: Context, into out: inout [UInt64], at k: inout Int) {
    let s0 = c.s0
    let s1 = c.s1
    let s2 = c.s2
    let b0 = c.b0
    let b1 = c.b1
    let b2 = c.b2
    let s0l = c.s0l
    let s0r = c.s0r
    let s1l = c.s1l
    let s1r = c.s1r
    let b0l = c.b0l
    typealias H = FeatureHash
    @inline(__always) func put(_ v: UInt64) {
      out[k] = v
      k += 1
    }
    /// Writes the features of `st` (words and tags of words 1…n at 0…n-1) to `out` (capacity ≥ `count`).
    // Single words.
    put(H.key(101, s0.w))
    put(H.key(102, s0.p))
    put(H.key(103, s0.w, s0.p))
    put(H.key(104, s1.w))
    put(H.key(105, s1.p))
    put(H.key(106, s1.w, s1.p))
    put(H.key(107, b0.w))
    put(H.key(108, b0.p))
    put(H.key(109, b0.w, b0.p))
    put(H.key(110, b1.w))
    put(H.key(111, b1.p))
    put(H.key(112, b1.w, b1.p))
    put(H.key(113, b2.w))
    put(H.key(114, b2.p))
    put(H.key(115, s2.p))
    put(H.key(116, s2.w))
    // Pairs.
    put(H.key(120, s0.w &+ s0.p, b0.w, b0.p))
    put(H.key(121, s0.w, s0.p, b0.w))
    put(H.key(122, s0.w, b0.w, b0.p))
    put(H.key(123, s0.w, s0.p, b0.p))
    put(H.key(124, s0.p, b0.w, b0.p))
    put(H.key(125, s0.w, b0.w))
    put(H.key(126, s0.p, b0.p))
    put(H.key(127, b0.p, b1.p))
    put(H.key(128, s1.w &+ s1.p, s0.w, s0.p))
    put(H.key(129, s1.w, s0.w))
    put(H.key(130, s1.p, s0.p))
    put(H.key(131, s1.w, s1.p, s0.p))
    put(H.key(132, s1.p, s0.w, s0.p))
    put(H.key(133, s1.w, b0.w))
    put(H.key(134, s1.p, b0.p))
    // Triples of tags.
    put(H.key(140, b0.p, b1.p, b2.p))
    put(H.key(141, s0.p, b0.p, b1.p))
    put(H.key(142, s1.p, s0.p, b0.p))
    put(H.key(143, s0.p, s0l.p, b0.p))
    put(H.key(144, s0.p, s0r.p, b0.p))
    put(H.key(145, s0.p, b0.p, b0l.p))
    put(H.key(146, s1.p, s0.p, s0l.p))
    put(H.key(147, s1.p, s1r.p, s0.p))
    put(H.key(148, s2.p, s1.p, s0.p))
    put(H.key(149, s1.p, s0.p, s0r.p))
    put(H.key(150, s0.w, b0.p, b1.p))
    put(H.key(151, s1.p, s1l.p, s0.p))
  }

  /// Distance, valency, dependents.
  static func writeStructure(_ c: Context, into out: inout [UInt64], at k: inout Int) {
    let s0 = c.s0
    let s1 = c.s1
    let b0 = c.b0
    let s0l = c.s0l
    let s0l2 = c.s0l2
    let s0r = c.s0r
    let s0r2 = c.s0r2
    let s1l = c.s1l
    let s1r = c.s1r
    let b0l = c.b0l
    let b0l2 = c.b0l2
    let d = c.d
    let d1 = c.d1
    let s0vl = c.s0vl
    let s0vr = c.s0vr
    let b0vl = c.b0vl
    let s1vr = c.s1vr
    typealias H = FeatureHash
    @inline(__always) func put(_ v: UInt64) {
      out[k] = v
      k += 1
    }
    // Distance.
    put(H.key(160, s0.w, d))
    put(H.key(161, s0.p, d))
    put(H.key(162, b0.w, d))
    put(H.key(163, b0.p, d))
    put(H.key(164, s0.w &+ b0.w, d))
    put(H.key(165, s0.p, b0.p, d))
    put(H.key(166, s1.p, s0.p, d1))
    put(H.key(167, s1.w, s0.w, d1))
    // Valency.
    put(H.key(170, s0.w, s0vr))
    put(H.key(171, s0.p, s0vr))
    put(H.key(172, s0.w, s0vl))
    put(H.key(173, s0.p, s0vl))
    put(H.key(174, b0.w, b0vl))
    put(H.key(175, b0.p, b0vl))
    put(H.key(176, s1.p, s1vr))
    // Dependents.
    put(H.key(180, s0l.w))
    put(H.key(181, s0l.p, s0l.l))
    put(H.key(182, s0r.w))
    put(H.key(183, s0r.p, s0r.l))
    put(H.key(184, b0l.w))
    put(H.key(185, b0l.p, b0l.l))
    put(H.key(186, s1r.p, s1r.l))
    put(H.key(187, s1l.p, s1l.l))
    put(H.key(188, s0l2.p, s0l2.l))
    put(H.key(189, s0r2.p, s0r2.l))
    put(H.key(190, b0l2.p, b0l2.l))
    put(H.key(191, s0.p, s0l.p, s0l2.p))
    put(H.key(192, s0.p, s0r.p, s0r2.p))
    put(H.key(193, b0.p, b0l.p, b0l2.p))
  }

  /// Label sets, punctuation between, shapes, labels of the closest dependents.
  static func writeLabels(_ c: Context, into out: inout [UInt64], at k: inout Int) {
    let s0 = c.s0
    let s1 = c.s1
    let s2 = c.s2
    let b0 = c.b0
    let b1 = c.b1
    let s0r = c.s0r
    let s1r = c.s1r
    let b0l = c.b0l
    let s0ll = c.s0ll
    let s0rl = c.s0rl
    let b0ll = c.b0ll
    let punct = c.punct
    let b0shape = c.b0shape
    let s0suffix = c.s0suffix
    typealias H = FeatureHash
    @inline(__always) func put(_ v: UInt64) {
      out[k] = v
      k += 1
    }
    // Label sets.
    put(H.key(200, s0.w, s0ll))
    put(H.key(201, s0.p, s0ll))
    put(H.key(202, s0.w, s0rl))
    put(H.key(203, s0.p, s0rl))
    put(H.key(204, b0.w, b0ll))
    put(H.key(205, b0.p, b0ll))
    put(H.key(206, s0.p, s0rl, b0.p))
    // Punctuation between, shapes, labels of the closest dependents with the pair.
    put(H.key(210, s0.p, b0.p, min(punct, 4)))
    put(H.key(211, b0shape, b0.p))
    put(H.key(212, s0suffix, s0.p))
    put(H.key(213, b0.p, b1.w))
    put(H.key(214, s0r.l, s0.p, b0.p))
    put(H.key(215, b0l.l, b0.p, s0.p))
    put(H.key(216, s1r.l, s1.p, s0.p))
    put(H.key(217, s0.p &+ s1.p << 8, s2.p, b0.p))
  }
}
