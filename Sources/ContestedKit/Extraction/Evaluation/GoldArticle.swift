import Foundation

/// One hand-annotated claim in the gold format of the development corpus (docs/cli.md under eval).
public struct GoldClaim: Hashable, Sendable {
  /// Who makes the claim, as written.
  public var claimant: String
  /// The claimant's side.
  public var claimantSide: Side?
  /// The place as the article spells it, with the referent in brackets when the quote uses a description.
  public var place: String
  /// The number in an aggregate ("eight villages" → 8).
  public var quantity: Int?
  /// The controlling side.
  public var controller: Side
  /// Asserts or denies.
  public var stance: Stance
  /// The event.
  public var event: ControlEvent
  /// The date or range; nil when the text gives no time.
  public var when: TimeSpan?
  /// The verbatim quote.
  public var quote: String

  /// Makes a gold claim.
  public init(
    claimant: String, claimantSide: Side? = nil, place: String, quantity: Int? = nil, controller: Side,
    stance: Stance, event: ControlEvent, when: TimeSpan? = nil, quote: String
  ) {
    self.claimant = claimant
    self.claimantSide = claimantSide
    self.place = place
    self.quantity = quantity
    self.controller = controller
    self.stance = stance
    self.event = event
    self.when = when
    self.quote = quote
  }

  /// The names a place may be matched on: the bracketed referent's parts, else the place itself.
  public var placeCandidates: [String] {
    guard let open = place.firstIndex(of: "["), let close = place.lastIndex(of: "]"), open < close else {
      return [place]
    }
    let inner = String(place[place.index(after: open)..<close])
    let outer = String(place[..<open])
    let parts = inner.split(separator: ",").map { String($0) }
    let named = outer.trimmingCharacters(in: .whitespaces)
    return parts + (named.isEmpty ? [] : [named])
  }
}

/// A gold-annotated article: metadata and claims.
public struct GoldArticle: Hashable, Sendable {
  /// "001".
  public var id: String
  /// The outlet.
  public var outlet: String
  /// The URL.
  public var url: String?
  /// The publication day, or the estimate when the page does not date itself.
  public var published: Day?
  /// The gold claims.
  public var claims: [GoldClaim]

  /// An error in a gold file, with the field that is wrong.
  public struct FormatError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String
  }

  /// Parses the gold JSON text.
  public static func parse(json: String) throws -> GoldArticle {
    guard let data = json.data(using: .utf8),
      let any = try? JSONSerialization.jsonObject(with: data),
      let obj = any as? [String: Any]
    else {
      throw FormatError(description: "not a JSON object")
    }
    func str(_ o: [String: Any], _ k: String) -> String? { o[k] as? String }
    var published = str(obj, "published").flatMap { Day(iso: $0) }
    if published == nil, let est = obj["published_estimate"] as? [String: Any], let d = est["date"] as? String {
      published = Day(iso: d)
    }
    guard let rawClaims = obj["claims"] as? [Any] else {
      throw FormatError(description: "claims: expected an array")
    }
    var claims: [GoldClaim] = []
    for (i, rc) in rawClaims.enumerated() {
      guard let c = rc as? [String: Any] else { throw FormatError(description: "claims[\(i)]: expected an object") }
      guard let place = str(c, "place"), let controller = str(c, "controller"), let stanceText = str(c, "stance"),
        let stance = Stance(rawValue: stanceText), let event = str(c, "event")
      else {
        throw FormatError(description: "claims[\(i)]: expected place, controller, stance and event")
      }
      var when: TimeSpan? = nil
      if let w = str(c, "when") {
        guard let t = TimeSpan(parsing: w) else {
          throw FormatError(description: "claims[\(i)].when: expected YYYY-MM-DD or a range, found '\(w)'")
        }
        when = t
      }
      let quantity = (c["quantity"] as? NSNumber)?.intValue
      claims.append(
        GoldClaim(
          claimant: str(c, "claimant") ?? "", claimantSide: str(c, "claimant_side").map { Side(rawValue: $0) },
          place: place, quantity: quantity, controller: Side(rawValue: controller), stance: stance,
          event: ControlEvent(rawValue: event), when: when, quote: str(c, "quote") ?? ""))
    }
    return GoldArticle(
      id: str(obj, "id") ?? "", outlet: str(obj, "outlet") ?? "", url: str(obj, "url"), published: published,
      claims: claims)
  }
}
