/// How much of its place a claim is about: all of it, part of it (with the share when stated), its centre, its
/// outskirts, its surroundings, or a site within it (a base, an airport, a headquarters, a named district).
///
/// A claim without an extent is about the place as named ("captured Idlib"). The head place is the claim's
/// `PlaceRef` (id or text); a site keeps its own text ("army headquarters") next to it.
public struct Extent: Hashable, Sendable {
  /// The kinds of extent, as written in the claim JSON (`place.extent.kind`).
  public enum Kind: String, CaseIterable, Sendable {
    /// Explicitly all of the place ("all of", "the entire", "the whole of").
    case whole
    /// Part of the place ("part of", "most of", "90 percent of", "the northern districts of").
    case part
    /// Its centre ("the city centre", "the heart of").
    case centre
    /// Its outskirts ("the outskirts of", "the edges of"): next to the place, not inside it.
    case outskirts
    /// Around it ("the vicinity of", "near", "the countryside of"): outside the place.
    case surroundings
    /// A site inside the place: `site` names it.
    case site
  }

  public var kind: Kind
  /// The share in percent when the text states one ("nearly 90% of" → 90).
  public var share: Int?
  /// True for a majority without a number ("most of", "almost all of").
  public var most: Bool
  /// The site's own text ("the army's headquarters", "Northeast Military command"); for a part or whole of a
  /// site ("the main terminal of X airport") the site it is part of.
  public var site: String?

  /// Creates an extent.
  public init(kind: Kind, share: Int? = nil, most: Bool = false, site: String? = nil) {
    self.kind = kind
    self.share = share
    self.most = most
    self.site = site
  }

  /// True when the extent covers more than half of its place or site (a stated share of 50 or more, or "most").
  public var isMajority: Bool { most || (share ?? 0) >= 50 }

  /// Words dropped from a site's text for its key: articles, possessives and generic qualifiers.
  private static let siteStopWords: Set<String> = [
    "the", "a", "an", "one", "its", "their", "his", "her", "of", "in", "at", "on", "main", "international", "s",
    "army", "armys", "military", "regional", "civil",
  ]

  /// The folded words of a site's text (``NameNormalizer``), without articles and generic qualifiers: two sites
  /// are one when one's words are all among the other's ("the headquarters of the Northeast Military command"
  /// and "Northeast Military command").
  public static func siteWords(_ site: String) -> Set<String> {
    var words = Set(NameNormalizer.words(site.replacingASCIIApostrophes()).filter { !siteStopWords.contains($0) })
    if words.count > 1 { words.remove("headquarters") }
    return words
  }

  /// Whether two site texts name the same site.
  public static func sameSite(_ a: String, _ b: String) -> Bool {
    let x = siteWords(a)
    let y = siteWords(b)
    if x.isEmpty || y.isEmpty { return x == y }
    return x.isSubset(of: y) || y.isSubset(of: x)
  }
}

extension String {
  /// The text with typographic apostrophes as ASCII ones.
  func replacingASCIIApostrophes() -> String {
    String(unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
  }
}
