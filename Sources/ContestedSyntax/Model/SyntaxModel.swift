/// A trained tagger and parser with the text of the model's header (training data, its licence and
/// attribution, how it was trained).
public struct SyntaxModel: Sendable {
  /// The header text stored in the model file.
  public var header: String
  /// The part-of-speech tagger.
  public var tagger: Tagger
  /// The dependency parser.
  public var parser: Parser

  /// A model from its parts.
  public init(header: String, tagger: Tagger, parser: Parser) {
    self.header = header
    self.tagger = tagger
    self.parser = parser
  }

  /// The attribution every model trained on UD English EWT carries.
  public static let ewtAttribution = """
    Trained on Universal Dependencies English Web Treebank (UD_English-EWT), \
    © The Board of Trustees of the Leland Stanford Junior University, licensed under CC BY-SA 4.0 \
    (https://creativecommons.org/licenses/by-sa/4.0/). \
    Source: https://github.com/UniversalDependencies/UD_English-EWT
    """

  /// Tags and parses one sentence of word forms, filling UPOS, HEAD and DEPREL; other columns are kept.
  public func annotate(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
    var out = sentence
    let words = sentence.words.map { WordInfo($0.form) }
    let tags = tagger.tag(words)
    let tree = parser.parse(words, tags: tags)
    for k in 0..<out.words.count {
      out.words[k].upos = tagger.tags[Int(tags[k])]
      out.words[k].head = tree.heads[k]
      out.words[k].deprel = parser.labels[Int(tree.labels[k])]
    }
    return out
  }
}
