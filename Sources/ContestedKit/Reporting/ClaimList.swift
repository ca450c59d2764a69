/// Output formats of `contested claims`.
public enum ClaimListFormat: String, CaseIterable, Sendable {
  case table, json, jsonl, csv
}

/// Renders lists of claims for `contested claims` and `contested export csv`.
public enum ClaimList {
  /// The CSV columns, the same names `contested import` reads, so an export can be imported again.
  public static let csvColumns = [
    "id", "status", "origin", "claimant", "claimant_side", "claimant_group", "place", "place_id",
    "place_id_source", "region", "controller", "controller_name", "stance", "event", "from", "to", "precision",
    "part_of_day", "quantity", "all",
    "unit", "quote", "article", "outlet", "url", "published", "note",
  ]

  /// Renders claims in `format`; `width` applies to tables.
  public static func render(
    _ claims: [Claim], format: ClaimListFormat, width: Int? = nil, bold: (String) -> String = { $0 }
  ) -> String {
    switch format {
    case .table:
      var t = TextTable(columns: [
        .init("ID", fit: .fixed), .init("STATUS", fit: .fixed), .init("WHEN", fit: .wrap, minWidth: 10, rank: 2),
        .init("PLACE", minWidth: 8, rank: 1), .init("SIDE", minWidth: 8, rank: 1), .init("CLAIM", minWidth: 8, rank: 1),
        .init("CLAIMANT", minWidth: 8, rank: 1), .init("QUOTE", minWidth: 12),
      ])
      var unresolved = false
      for c in claims {
        if c.place.id == nil { unresolved = true }
        t.rows.append([
          c.id.rawValue, c.status.rawValue, c.when?.description ?? "-",
          (c.place.id == nil ? "(?) " : "") + c.place.text, c.controller.side.rawValue, claimText(c), c.claimant.name,
          c.evidence?.quote ?? "",
        ])
      }
      var out = t.render(width: width, bold: bold) + Plural.count(claims.count, "claim") + "\n"
      if unresolved { out += TextTable.wrap(unresolvedFootnote, width ?? 10_000).joined(separator: "\n") + "\n" }
      return out
    case .jsonl:
      var out: [UInt8] = []
      for c in claims {
        var w = JSONWriter()
        c.writeJSON(to: &w)
        out += w.bytes
        out.append(0x0A)
      }
      return String(decoding: out, as: UTF8.self)
    case .json:
      var w = JSONWriter()
      w.beginArray()
      for c in claims { c.writeJSON(to: &w) }
      w.endArray()
      return w.string + "\n"
    case .csv:
      var out = CSV.row(csvColumns)
      for c in claims { out += CSV.row(csvFields(c)) }
      return out
    }
  }

  /// What "(?)" before a place name means, printed under tables that show one.
  public static let unresolvedFootnote =
    "(?) the place name is not in the gazetteer: it is kept as written and matched by name. "
    + "'contested places search NAME' shows candidates; 'contested claims edit ID --place-id ID' links the claim "
    + "to one, 'contested places add NAME' adds it."

  /// "captured", "denies captured", "captured (8 villages)": the claim's event in a few words.
  public static func claimText(_ c: Claim) -> String {
    (c.stance == .denies ? "denies " : "") + c.event.rawValue
      + (c.quantity.map { q in
        " (" + (q.isAll ? "all" : q.count.map(String.init) ?? "some") + (q.unit.map { " " + $0 } ?? "") + ")"
      } ?? "")
  }

  /// One claim as CSV fields in ``csvColumns`` order.
  public static func csvFields(_ c: Claim) -> [String] {
    [
      c.id.rawValue, c.status.rawValue, c.origin.rawValue, c.claimant.name, c.claimant.side?.rawValue ?? "",
      c.claimant.group ?? "", c.place.text, c.place.id?.rawValue ?? "",
      c.place.idFromGazetteer ? "gazetteer" : "", c.place.region?.rawValue ?? "",
      c.controller.side.rawValue, c.controller.name ?? "", c.stance.rawValue, c.event.rawValue,
      c.when?.from.iso ?? "", c.when?.to.iso ?? "", c.when?.precision.rawValue ?? "", c.when?.partOfDay ?? "",
      c.quantity?.count.map(String.init) ?? "", c.quantity?.isAll == true ? "true" : "", c.quantity?.unit ?? "",
      c.evidence?.quote ?? "", c.evidence?.article?.rawValue ?? c.reportedBy.article?.rawValue ?? "",
      c.reportedBy.outlet ?? "", c.reportedBy.url ?? "", c.reportedBy.published?.iso ?? "", c.note ?? "",
    ]
  }
}
