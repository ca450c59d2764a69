/// Claims a digest shows as one item: made by one claimant in one sentence of one report (an aggregate sentence
/// such as "gained control of Ein Eisa, Burj al-Hayat and al-Shahroora" yields one claim per place), with their
/// statements merged so the sentence is printed once and its places are listed.
public struct DigestClaimGroup: Sendable {
  /// The claims, in the order given.
  public var claims: [Claim]
  /// The stored article they come from, when known.
  public var article: ArticleRecord?

  /// The first claim (every claim of a group shares its claimant, source and sentence).
  public var first: Claim { claims[0] }

  /// The evidence sentence, when recorded.
  public var quote: String? { first.evidence?.quote.isEmpty == false ? first.evidence?.quote : nil }

  /// The article's title, when known.
  public var title: String? { article?.title.flatMap { $0.isEmpty ? nil : $0 } }

  /// The article's address (the claim's, else the stored article's), when known.
  public var url: String? { first.reportedBy.url ?? article?.url }

  /// The earliest day a claim of the group is about.
  public var from: Day? { claims.compactMap { $0.when?.from }.min() }

  /// What the claims say, one statement per distinct stance, controller, event and date, with their places
  /// joined: "opposition captured Ein Eisa, Burj al-Hayat and al-Shahroora on 2016-06-17".
  public var statements: [String] {
    var order: [String] = []
    var places: [String: [String]] = [:]
    var parts: [String: (String, String)] = [:]
    for c in claims {
      let head = (c.stance == .asserts ? "" : "denies: ") + "\(c.controller.side.rawValue) \(c.event.rawValue) "
      let tail = c.when.map { $0.from == $0.to ? " on \($0.from.iso)" : " between \($0.from.iso) and \($0.to.iso)" }
      let key = head + "\u{0}" + (tail ?? "")
      if places[key] == nil {
        order.append(key)
        parts[key] = (head, tail ?? "")
      }
      if places[key]?.contains(c.place.text) != true { places[key, default: []].append(c.place.text) }
    }
    return order.map { key in parts[key]!.0 + Self.list(places[key] ?? []) + parts[key]!.1 }
  }

  /// "Daily Sabah, 2016-06-18" (the outlet and publication date), or "unknown source".
  public var sourceText: String {
    let r = first.reportedBy
    var parts: [String] = []
    if let o = r.outlet ?? article?.outlet, !o.isEmpty { parts.append(o) }
    if let p = r.published ?? article?.published { parts.append(p.iso) }
    return parts.isEmpty ? "unknown source" : parts.joined(separator: ", ")
  }

  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    items.count <= 2
      ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
  }

  /// Groups `claims` (order kept, by first appearance) by claimant, report and sentence; `sameDay` also keeps
  /// claims about different days apart (for timelines).
  public static func group(
    _ claims: [Claim], articles: [ArticleID: ArticleRecord], sameDay: Bool = false
  ) -> [DigestClaimGroup] {
    var order: [String] = []
    var groups: [String: [Claim]] = [:]
    for c in claims {
      var key = c.id.rawValue
      if let q = c.evidence?.quote, !q.isEmpty {
        let r = c.reportedBy
        key = [
          q, c.claimant.name, c.claimant.side?.rawValue ?? "", r.outlet ?? "", r.published?.iso ?? "",
          (c.evidence?.article ?? r.article)?.rawValue ?? "", r.url ?? "",
          sameDay ? (c.when?.from.iso ?? "") : "",
        ].joined(separator: "\u{0}")
      }
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(c)
    }
    return order.map { key in
      let members = groups[key]!
      let articleID = members[0].evidence?.article ?? members[0].reportedBy.article
      return DigestClaimGroup(claims: members, article: articleID.flatMap { articles[$0] })
    }
  }
}
