/// Something that tags and parses one sentence of extraction tokens: the syntax model (ContestedSyntax) conforms,
/// and the I/O layer loads it, so the extractor stays pure and receives the loaded value.
public protocol SentenceParser: Sendable {
  /// The sentence's words (regrouped the way the treebank writes them) with UPOS, heads and relations.
  /// Total: any tokens give a tree (possibly empty), never a trap.
  func parse(_ tokens: [Token], bytes: [UInt8]) -> [ParsedWord]
}
