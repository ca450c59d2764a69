import ContestedKit

/// The syntax model parses sentences for the claim rules (ContestedKit's `SentenceParser`).
extension SyntaxModel: SentenceParser {
  /// Regroups the extraction tokens the treebank's way, tags and parses them.
  public func parse(_ tokens: [Token], bytes: [UInt8]) -> [ParsedWord] {
    let pieces = NewsTokenizer.regroup(tokens, bytes)
    guard !pieces.isEmpty else { return [] }
    let words = pieces.map { WordInfo($0.text) }
    let tags = tagger.tag(words)
    let tree = parser.parse(words, tags: tags)
    var out: [ParsedWord] = []
    out.reserveCapacity(pieces.count)
    for k in pieces.indices {
      let tag = Int(tags[k])
      let label = Int(tree.labels[k])
      out.append(
        ParsedWord(
          range: pieces[k].range, upos: tag < tagger.tags.count ? tagger.tags[tag] : "X", head: tree.heads[k] - 1,
          relation: label < parser.labels.count ? parser.labels[label] : "dep"))
    }
    return out
  }
}
