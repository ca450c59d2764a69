/// schema.org ClaimReview JSON-LD for verdicts (docs/formats.md, "ClaimReview export").
///
/// One `ClaimReview` per claim a final verdict rules on, in a `@graph`. The rating scale is 1 to 3: refuted = 1
/// ("False"), unverifiable = 2 ("Unverified"), upheld = 3 ("True"); `alternateName` says it in words with the
/// side the reviewer found held the place. `itemReviewed` is the `Claim` (author: the claimant; appearance: the
/// article, with its outlet and URL; datePublished: the article's date, else the claim's first day). The review's
/// author is the workspace's organisation (`contested.json`), its date the day of the verdict, and its `url` the
/// organisation's address with `#<conflict>-<claim>`, or `urn:contested:<conflict>:<claim>` without one.
public enum ClaimReviewExporter {
  /// The rating value of a ruling on the 1…3 scale.
  public static func ratingValue(_ r: ClaimRuling) -> Int {
    switch r {
    case .refuted: 1
    case .unverifiable: 2
    case .upheld: 3
    }
  }

  /// The rating's name ("False", "Unverified", "True").
  public static func ratingName(_ r: ClaimRuling) -> String {
    switch r {
    case .refuted: "False"
    case .unverifiable: "Unverified"
    case .upheld: "True"
    }
  }

  /// Whether the reviews would be signed with the organisation name a new workspace starts with ("Verification
  /// desk"), which readers of a fact-check feed would take as the desk's real name.
  public static func usesDefaultOrganization(_ settings: WorkspaceSettings) -> Bool {
    settings.organizationName == WorkspaceSettings().organizationName
  }

  /// The note `export claimreview` prints (on stderr, outside the JSON-LD) while the default organisation is in use.
  public static func defaultOrganizationNote(_ settings: WorkspaceSettings) -> String {
    "Note: these ClaimReviews are signed \"\(settings.organizationName)\", the default organisation of a new "
      + "workspace, not your desk's name. Set yours in the workspace's contested.json (\"organization\", "
      + "\"organization_url\"), or give 'contested init --organization NAME' when creating a workspace.\n"
  }

  /// The JSON-LD document for every resolved decision with a verdict, in conflict-id then claim-id order.
  public static func export(
    decisions: [ConflictDecision], claims: [ClaimID: Claim], placeNames: [PlaceID: String] = [:],
    conflicts: [ConflictID: Conflict] = [:], settings: WorkspaceSettings
  ) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.key("@context")
    w.string("https://schema.org")
    w.key("@graph")
    w.beginArray()
    for d in decisions.sorted(by: { $0.conflict < $1.conflict }) where d.status == .resolved {
      guard let v = d.verdict else { continue }
      let conflict = conflicts[d.conflict]
      let placeName = conflict.map { placeNames[$0.place] ?? $0.placeName }
      for id in v.claims {
        guard let ruling = v.rulings[id] else { continue }
        let claim = claims[id]
        w.beginObject()
        w.key("@type")
        w.string("ClaimReview")
        w.key("url")
        if let base = settings.organizationURL, WebURL.isSafe(base) {
          w.string("\(base)#\(d.conflict.rawValue)-\(id.rawValue)")
        } else {
          w.string("urn:contested:\(d.conflict.rawValue):\(id.rawValue)")
        }
        w.key("claimReviewed")
        w.string(claim.map(reviewedText) ?? id.rawValue)
        if let day = d.day {
          w.key("datePublished")
          w.string(day.iso)
        }
        w.key("author")
        w.beginObject()
        w.key("@type")
        w.string("Organization")
        w.key("name")
        w.string(settings.organizationName)
        if let u = settings.organizationURL, WebURL.isSafe(u) {
          w.key("url")
          w.string(u)
        }
        w.endObject()
        w.key("reviewRating")
        w.beginObject()
        w.key("@type")
        w.string("Rating")
        w.key("ratingValue")
        w.int(ratingValue(ruling))
        w.key("bestRating")
        w.int(3)
        w.key("worstRating")
        w.int(1)
        w.key("alternateName")
        var name = "\(ratingName(ruling)) (\(ruling.rawValue))"
        if let placeName {
          switch v.heldBy {
          case .contested: name += "; the reviewer found \(placeName) contested"
          case .unknown: name += "; the reviewer could not establish who held \(placeName)"
          default: name += "; the reviewer found \(v.heldBy.rawValue) held \(placeName)"
          }
        }
        w.string(name)
        w.endObject()
        w.key("reviewBody")
        w.string(v.rationale)
        w.key("itemReviewed")
        w.beginObject()
        w.key("@type")
        w.string("Claim")
        w.key("author")
        w.beginObject()
        w.key("@type")
        w.string(claim?.claimant.side == .media ? "Organization" : "Person")
        w.key("name")
        w.string(claim?.claimant.name ?? "unknown")
        w.endObject()
        if let c = claim, let published = c.reportedBy.published ?? c.when?.from {
          w.key("datePublished")
          w.string(published.iso)
        }
        w.key("appearance")
        w.beginObject()
        w.key("@type")
        w.string("CreativeWork")
        if let u = claim?.reportedBy.url, WebURL.isSafe(u) {
          w.key("url")
          w.string(u)
        }
        if let o = claim?.reportedBy.outlet {
          w.key("publisher")
          w.beginObject()
          w.key("@type")
          w.string("Organization")
          w.key("name")
          w.string(o)
          w.endObject()
        }
        if let p = claim?.reportedBy.published {
          w.key("datePublished")
          w.string(p.iso)
        }
        w.endObject()
        w.endObject()
        w.endObject()
      }
    }
    w.endArray()
    w.endObject()
    return w.string + "\n"
  }

  /// The claim as reviewed: its quote, else a sentence built from its fields.
  public static func reviewedText(_ c: Claim) -> String {
    if let q = c.evidence?.quote, !q.isEmpty { return q }
    return "\(c.claimant.name): " + DigestRenderer.statement(c)
  }
}
