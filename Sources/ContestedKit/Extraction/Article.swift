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

  /// The content id: the SHA-256 hex of the UTF-8 text (the workspace stores the text under this name).
  public static func contentID(of text: String) -> ArticleID {
    ArticleID(rawValue: SHA256.hex(text))
  }
}
