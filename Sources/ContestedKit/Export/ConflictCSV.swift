/// Conflicts as RFC 4180 CSV for spreadsheets: one row per (conflict, position, claim), read back by `CSV.parse`.
public enum ConflictCSV {
  /// The columns.
  public static let columns = [
    "conflict", "kind", "status", "priority", "level", "place", "place_name", "from", "to",
    "position", "side",
    "stance", "claim", "claimant", "outlet", "published", "claim_when", "quote",
  ]

  /// The CSV text (header first), conflicts in the given order.
  public static func render(
    _ conflicts: [Conflict], claims: [ClaimID: Claim], placeNames: [PlaceID: String] = [:]
  )
    -> String
  {
    var out = CSV.row(columns)
    for c in conflicts {
      for side in c.sides {
        for id in side.claims {
          let claim = claims[id]
          out += CSV.row([
            c.id.rawValue, c.kind.rawValue, c.status.rawValue, String(c.priority.score),
            c.priority.level,
            c.place.rawValue, placeNames[c.place] ?? c.placeName, c.window.from.iso,
            c.window.to.iso, side.label,
            side.side.rawValue, side.stance.rawValue, id.rawValue, claim?.claimant.name ?? "",
            claim?.reportedBy.outlet ?? "", claim?.reportedBy.published?.iso ?? "",
            claim?.when?.description ?? "",
            claim?.evidence?.quote ?? "",
          ])
        }
      }
    }
    return out
  }
}
