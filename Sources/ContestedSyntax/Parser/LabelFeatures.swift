/// Features of the relation label of a new arc from head `h` to dependent `d`, taken when the arc is made: the
/// two words and tags, direction and distance, the dependent's own dependents (all attached by then in the
/// arc-hybrid system) and the head's dependents so far.
enum LabelFeatures {
  /// How many features `extract` writes.
  static let count = 30

  static func extract(
    head h: Int, dependent d: Int, _ st: ArcHybridState, _ words: [WordInfo], _ tags: [UInt8],
    into out: inout [UInt64]
  ) {
    func at(_ i: Int) -> ParserFeatures.Slot { ParserFeatures.slot(i, st, words, tags) }
    let hs = at(h)
    let ds = at(d)
    let dir: UInt64 = h < d ? 1 : 2
    let dist = UInt64(min(abs(h - d), 8))
    let dl = at(Int(st.left1[d]))
    let dr = at(Int(st.right1[d]))
    let dl2 = at(Int(st.left2[d]))
    let hl = h > 0 ? at(Int(st.left1[h])) : ParserFeatures.Slot()
    let hr = h > 0 ? at(Int(st.right1[h])) : ParserFeatures.Slot()
    let prev = at(d - 1 >= 1 ? d - 1 : -1)
    let after = at(d + 1 <= st.count ? d + 1 : -1)
    let hAfter = at(h > 0 && h + 1 <= st.count ? h + 1 : -1)
    let dLabels = st.leftLabels[d] | st.rightLabels[d]
    let hLabels = h > 0 ? st.leftLabels[h] | st.rightLabels[h] : 0
    let dSuffix = d > 0 ? words[d - 1].suffix.2 : 0
    let dShape = d > 0 ? words[d - 1].shape : 0
    typealias H = FeatureHash
    var k = 0
    @inline(__always) func put(_ v: UInt64) {
      out[k] = v
      k += 1
    }
    put(H.key(301, 0))
    put(H.key(302, ds.w))
    put(H.key(303, ds.p))
    put(H.key(304, ds.w, ds.p))
    put(H.key(305, hs.w))
    put(H.key(306, hs.p))
    put(H.key(307, hs.w, hs.p))
    put(H.key(308, ds.p, hs.p))
    put(H.key(309, ds.p, hs.p, dir))
    put(H.key(310, ds.w, hs.p, dir))
    put(H.key(311, ds.p, hs.w, dir))
    put(H.key(312, ds.w, hs.w))
    put(H.key(313, ds.p &+ hs.p << 8, dir, dist))
    put(H.key(314, ds.p, dl.l, dr.l))
    put(H.key(315, ds.p, dLabels))
    put(H.key(316, hs.p, hLabels, dir))
    put(H.key(317, ds.p, prev.p, after.p))
    put(H.key(318, dl.w, ds.p, hs.p))
    put(H.key(319, dl.w, dir))
    put(H.key(320, dr.w, ds.p))
    put(H.key(321, dl2.w, dl.w, ds.p))
    put(H.key(322, hl.p, hl.l, dir))
    put(H.key(323, hr.p, hr.l, dir))
    put(H.key(324, dSuffix, ds.p))
    put(H.key(325, dShape, ds.p, dir))
    put(H.key(326, hs.p, hAfter.w))
    put(H.key(327, ds.w, dir, dist))
    put(H.key(328, hs.w, ds.p, dLabels))
    put(H.key(329, prev.w, ds.p))
    put(H.key(330, dl.w, hs.w))
    assert(k == count)
  }
}
