/// Writes sentences as CoNLL-U: comments, ten tab-separated columns, a blank line after each sentence.
public enum CoNLLUWriter {
  /// The CoNLL-U text of `sentences`.
  public static func write(_ sentences: [CoNLLUSentence]) -> String {
    var out = ""
    for s in sentences { append(s, to: &out) }
    return out
  }

  /// Appends one sentence to `out`.
  public static func append(_ s: CoNLLUSentence, to out: inout String) {
    for c in s.comments { out += c + "\n" }
    for w in s.words {
      let head = w.head < 0 ? "_" : String(w.head)
      out += "\(w.id)\t\(clean(w.form))\t\(clean(w.lemma))\t\(clean(w.upos))\t\(clean(w.xpos))\t\(clean(w.feats))\t"
      out += "\(head)\t\(clean(w.deprel))\t\(clean(w.deps))\t\(clean(w.misc))\n"
    }
    out += "\n"
  }

  /// A column value that cannot break the format: tabs and line breaks become spaces, empty becomes `_`.
  static func clean(_ s: String) -> String {
    if s.isEmpty { return "_" }
    guard s.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) else { return s }
    return String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }
}
