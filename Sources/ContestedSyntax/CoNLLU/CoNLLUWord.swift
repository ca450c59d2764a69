/// One syntactic word of a CoNLL-U sentence: the ten columns, kept as written.
public struct CoNLLUWord: Sendable, Equatable {
  /// ID: 1, 2, … within the sentence.
  public var id: Int
  /// FORM: the word as it appears.
  public var form: String
  /// LEMMA.
  public var lemma: String = "_"
  /// UPOS: universal part of speech.
  public var upos: String = "_"
  /// XPOS: language-specific part of speech.
  public var xpos: String = "_"
  /// FEATS.
  public var feats: String = "_"
  /// HEAD: the ID of the head, 0 for the root; -1 when unknown (written `_`).
  public var head: Int = -1
  /// DEPREL: the relation to the head, with any subtype (`nsubj:pass`).
  public var deprel: String = "_"
  /// DEPS: enhanced dependencies, kept as written.
  public var deps: String = "_"
  /// MISC.
  public var misc: String = "_"

  /// A word with only its ID and form.
  public init(id: Int, form: String) {
    self.id = id
    self.form = form
  }

  /// The relation without its subtype: `nsubj:pass` → `nsubj`.
  public var universalRelation: Substring {
    deprel.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
  }
}

/// One CoNLL-U sentence: its comment lines (without `# `-stripping) and its syntactic words.
///
/// Multiword-token lines (`1-2`) and empty nodes (`8.1`) are skipped by the reader and not kept.
public struct CoNLLUSentence: Sendable, Equatable {
  /// Comment lines as written, with their `#`.
  public var comments: [String]
  /// The words, ID 1 first.
  public var words: [CoNLLUWord]
  /// The line of the file the sentence starts on (1-based; 0 when not read from a file).
  public var line: Int

  /// A sentence from its words.
  public init(comments: [String] = [], words: [CoNLLUWord], line: Int = 0) {
    self.comments = comments
    self.words = words
    self.line = line
  }
}
