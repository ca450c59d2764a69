/// Reads CoNLL-U (https://universaldependencies.org/format.html) into sentences. Total: any bytes give
/// sentences or a ``CoNLLUError`` naming the line; nothing traps.
public enum CoNLLUReader {
  /// The column names, in order.
  public static let columns = ["ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS", "HEAD", "DEPREL", "DEPS", "MISC"]

  /// Parses UTF-8 bytes (invalid UTF-8 is an error naming the line). `requireHeads`: HEAD must be a number.
  public static func read(_ bytes: [UInt8], file: String, requireHeads: Bool = false) throws -> [CoNLLUSentence] {
    var out: [CoNLLUSentence] = []
    var comments: [String] = []
    var words: [CoNLLUWord] = []
    var start = 1
    var lineNo = 0
    var i = 0
    func flush() throws {
      if !words.isEmpty {
        try checkHeads(words, file: file, line: start, requireHeads: requireHeads)
        out.append(CoNLLUSentence(comments: comments, words: words, line: start))
      }
      comments = []
      words = []
    }
    while i < bytes.count {
      lineNo += 1
      var j = i
      while j < bytes.count && bytes[j] != 10 { j += 1 }
      var end = j
      if end > i && bytes[end - 1] == 13 { end -= 1 }
      let slice = bytes[i..<end]
      i = j + 1
      guard let line = String(validating: slice, as: UTF8.self) else {
        throw CoNLLUError(file: file, line: lineNo, field: "line", reason: "invalid UTF-8; save the file as UTF-8")
      }
      if line.isEmpty {
        try flush()
        continue
      }
      if words.isEmpty && comments.isEmpty { start = lineNo }
      if line.hasPrefix("#") {
        comments.append(line)
        continue
      }
      if let w = try word(line, file: file, line: lineNo, expected: words.count + 1) { words.append(w) }
    }
    try flush()
    return out
  }

  /// One word line; nil for multiword tokens and empty nodes.
  static func word(_ line: String, file: String, line n: Int, expected: Int) throws -> CoNLLUWord? {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    func fail(_ field: String, _ why: String) -> CoNLLUError {
      CoNLLUError(file: file, line: n, field: field, reason: why)
    }
    guard f.count == 10 else {
      throw fail("line", "expected 10 tab-separated columns, found \(f.count); separate columns with one tab")
    }
    let id = f[0]
    if id.contains("-") || id.contains(".") {
      let parts = id.split(separator: id.contains("-") ? "-" : ".", omittingEmptySubsequences: false)
      guard parts.count == 2, parts.allSatisfy({ Int($0) != nil }) else {
        throw fail("ID", "'\(id)' is neither a word ID, a range like 1-2 nor an empty node like 8.1")
      }
      return nil
    }
    guard let value = Int(id), value == expected else {
      throw fail("ID", "expected \(expected), found '\(id)'; IDs count 1, 2, … within each sentence")
    }
    for (k, c) in f.enumerated() where c.isEmpty {
      throw fail(columns[k], "empty column; write _ for an unknown value")
    }
    var w = CoNLLUWord(id: value, form: String(f[1]))
    w.lemma = String(f[2])
    w.upos = String(f[3])
    w.xpos = String(f[4])
    w.feats = String(f[5])
    if f[6] == "_" {
      w.head = -1
    } else {
      guard let h = Int(f[6]), h >= 0 else {
        throw fail("HEAD", "'\(f[6])' is not a word ID or 0 (the root)")
      }
      w.head = h
    }
    w.deprel = String(f[7])
    w.deps = String(f[8])
    w.misc = String(f[9])
    return w
  }

  static func checkHeads(_ words: [CoNLLUWord], file: String, line: Int, requireHeads: Bool) throws {
    for (k, w) in words.enumerated() {
      if w.head > words.count {
        throw CoNLLUError(
          file: file, line: line + k, field: "HEAD",
          reason: "\(w.head) is beyond the sentence's \(words.count) words")
      }
      if requireHeads && w.head < 0 {
        throw CoNLLUError(file: file, line: line + k, field: "HEAD", reason: "missing; a gold tree needs every head")
      }
    }
  }
}
