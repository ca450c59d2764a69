/// One word of a dependency-parsed sentence, as the claim rules read it.
public struct ParsedWord: Sendable, Hashable {
  /// UTF-8 byte range of the word in the article.
  public var range: Range<Int>
  /// Universal POS tag ("VERB", "NOUN", "PROPN" …).
  public var upos: String
  /// Index of the head word in the sentence (0-based), or -1 for the root.
  public var head: Int
  /// Dependency relation with its subtype ("nsubj:pass", "obl", "acl:relcl").
  public var relation: String

  /// A parsed word.
  public init(range: Range<Int>, upos: String, head: Int, relation: String) {
    self.range = range
    self.upos = upos
    self.head = head
    self.relation = relation
  }
}
