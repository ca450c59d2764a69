/// The tagger's feature templates (after Collins 2002 and Honnibal 2013): the word, its lower case, prefixes,
/// suffixes and shape, the neighbouring words, and the two previous tags.
enum TaggerFeatures {
  /// How many features `extract` writes.
  static let count = 34

  /// The ambiguity class of each word (0 for words not in `table`).
  static func classes(_ words: [WordInfo], _ table: [UInt64: UInt32]) -> [UInt64] {
    words.map { UInt64(table[$0.lower] ?? 0) }
  }

  /// Writes the features of word `i` to `out` (capacity ≥ `count`); `p1`, `p2` are the previous two tags
  /// (the tag count stands for "before the sentence").
  @inline(__always)
  static func extract(
    _ words: [WordInfo], _ amb: [UInt64], _ i: Int, p1: Int, p2: Int, into out: inout [UInt64]
  ) {
    let n = words.count
    let w = words[i]
    let m1 = i > 0 ? words[i - 1] : .start
    let m2 = i > 1 ? words[i - 2] : .start
    let n1 = i + 1 < n ? words[i + 1] : .end
    let n2 = i + 2 < n ? words[i + 2] : .end
    let t1 = UInt64(p1)
    let t2 = UInt64(p2)
    typealias H = FeatureHash
    out[0] = H.key(1, 0)
    out[1] = H.key(2, w.form)
    out[2] = H.key(3, w.lower)
    out[3] = H.key(4, w.suffix.2)
    out[4] = H.key(5, w.suffix.1)
    out[5] = H.key(6, w.suffix.0)
    out[6] = H.key(7, w.suffix.3)
    out[7] = H.key(8, w.prefix.0)
    out[8] = H.key(9, w.prefix.1)
    out[9] = H.key(10, w.prefix.2)
    out[10] = H.key(11, w.shape)
    out[11] = H.key(12, w.flags)
    out[12] = H.key(13, t1)
    out[13] = H.key(14, t2)
    out[14] = H.key(15, t1, t2)
    out[15] = H.key(16, t1, w.lower)
    out[16] = H.key(17, m1.lower)
    out[17] = H.key(18, m1.suffix.2)
    out[18] = H.key(19, m2.lower)
    out[19] = H.key(20, n1.lower)
    out[20] = H.key(21, n1.suffix.2)
    out[21] = H.key(22, n2.lower)
    out[22] = H.key(23, m1.lower, w.lower)
    out[23] = H.key(24, w.lower, n1.lower)
    out[24] = H.key(25, t1, n1.lower)
    out[25] = H.key(26, n1.shape, w.shape)
    out[26] = H.key(27, m1.shape, w.suffix.2)
    let a0 = amb[i]
    let a1 = i + 1 < n ? amb[i + 1] : 1 << 40
    let a2 = i + 2 < n ? amb[i + 2] : 1 << 40
    let am1 = i > 0 ? amb[i - 1] : 1 << 40
    out[27] = H.key(28, a0)
    out[28] = H.key(29, a1)
    out[29] = H.key(30, a2)
    out[30] = H.key(31, a0, a1)
    out[31] = H.key(32, t1, a0)
    out[32] = H.key(33, w.lower, a1)
    out[33] = H.key(34, am1, a0, t1)
  }
}
