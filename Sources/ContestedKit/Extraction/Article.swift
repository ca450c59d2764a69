/// An article as the extractor sees it: its text and where and when it was published.
public struct Article: Hashable, Sendable {
  /// The content hash (or any id the caller chose).
  public var id: ArticleID
  /// The article text; by convention line 1 is the title.
  public var text: String
  /// The publishing outlet ("Daily Sabah").
  public var outlet: String
  /// The publication day, the anchor for relative time expressions.
  public var published: Day
  /// Where the article was found, when known.
  public var url: String?

  /// Makes an article value.
  public init(id: ArticleID, text: String, outlet: String, published: Day, url: String? = nil) {
    self.id = id
    self.text = text
    self.outlet = outlet
    self.published = published
    self.url = url
  }

  /// A stable content id: `a` + 16 hex digits of FNV-1a 64 over the UTF-8 text.
  public static func contentID(of text: String) -> ArticleID {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return ArticleID(rawValue: "a" + String(repeating: "0", count: 16 - hex.count) + hex)
  }
}
