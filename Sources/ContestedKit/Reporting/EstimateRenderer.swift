/// The output formats of `contested estimate`.
public enum EstimateFormat: String, CaseIterable, Sendable {
  case table
  case json
  case jsonl
  case csv
}

/// Pure renderers of estimates (`contested estimate`): a terminal table, JSON, JSON Lines and CSV.
///
/// Every JSON object has `place` (the place key), `place_name`, `from`, `to`, `side` (the holder: a side,
/// `contested` or `undetermined`), `probability` (of the best reading), `best`, `alternatives`, `unnamed`,
/// `verdict` (when a final verdict covers the window), `claims` and `reasons`.
public enum EstimateRenderer {
  /// Probabilities are written with three decimals.
  static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  /// Renders `cells` in `format`; `placeNames` gives readable names for place keys.
  public static func render(
    _ cells: [CellEstimate], format: EstimateFormat, placeNames: [PlaceID: String] = [:], width: Int = 100,
    bold: (String) -> String = { $0 }
  ) -> String {
    switch format {
    case .table: return table(cells, placeNames: placeNames, width: width, bold: bold)
    case .json:
      var w = JSONWriter(capacity: 256 * cells.count)
      w.beginArray()
      for c in cells { write(c, placeNames: placeNames, to: &w) }
      w.endArray()
      return w.string + "\n"
    case .jsonl:
      var out: [UInt8] = []
      out.reserveCapacity(256 * cells.count)
      for c in cells {
        var w = JSONWriter()
        write(c, placeNames: placeNames, to: &w)
        out.append(contentsOf: w.bytes)
        out.append(UInt8(ascii: "\n"))
      }
      return String(decoding: out, as: UTF8.self)
    case .csv:
      var out = ConflictReportRenderer.csvRow([
        "place", "place_name", "from", "to", "side", "probability", "best", "verdict", "claims", "reasons",
      ])
      for c in cells {
        out += ConflictReportRenderer.csvRow([
          c.place.rawValue, placeNames[c.place] ?? c.place.rawValue, c.window.from.iso, c.window.to.iso,
          c.holder.rawValue, "\(rounded(c.probability))", c.best.rawValue, c.verdict?.rawValue ?? "",
          c.claims.map(\.rawValue).joined(separator: " "), c.reasons.joined(separator: "; "),
        ])
      }
      return out
    }
  }

  /// A table: place, window, holder, probability, claims and the first reason (cut to `width`).
  public static func table(
    _ cells: [CellEstimate], placeNames: [PlaceID: String], width: Int, bold: (String) -> String = { $0 }
  ) -> String {
    if cells.isEmpty { return "No accepted claims to estimate.\n" }
    var t = TextTable(headers: ["PLACE", "WINDOW", "HOLDER", "PROB", "CLAIMS", "WHY"])
    for c in cells {
      t.rows.append([
        placeNames[c.place] ?? c.place.rawValue, ConflictReportRenderer.windowText(c.window),
        c.isDetermined ? c.holder.rawValue : "undetermined (\(c.best.rawValue)?)", percent(c.probability),
        "\(c.claims.count)", c.reasons.first ?? "",
      ])
    }
    let undetermined = cells.filter { !$0.isDetermined }.count
    return t.render(width: width, bold: bold)
      + "\n\(cells.count) place window\(cells.count == 1 ? "" : "s"), \(undetermined) undetermined\n"
  }

  /// One estimate as a JSON object.
  public static func write(_ c: CellEstimate, placeNames: [PlaceID: String], to w: inout JSONWriter) {
    w.beginObject()
    w.key("place")
    w.string(c.place.rawValue)
    w.key("place_name")
    w.string(placeNames[c.place] ?? c.place.rawValue)
    w.key("from")
    w.string(c.window.from.iso)
    w.key("to")
    w.string(c.window.to.iso)
    w.key("side")
    w.string(c.holder.rawValue)
    w.key("probability")
    w.double(rounded(c.probability))
    w.key("best")
    w.string(c.best.rawValue)
    w.key("alternatives")
    w.beginArray()
    for a in c.alternatives {
      w.beginObject()
      w.key("side")
      w.string(a.side.rawValue)
      w.key("probability")
      w.double(rounded(a.probability))
      w.endObject()
    }
    w.endArray()
    w.key("unnamed")
    w.double(rounded(c.unnamed))
    if let v = c.verdict {
      w.key("verdict")
      w.string(v.rawValue)
    }
    w.key("claims")
    w.beginArray()
    for id in c.claims { w.string(id.rawValue) }
    w.endArray()
    w.key("reasons")
    w.beginArray()
    for r in c.reasons { w.string(r) }
    w.endArray()
    w.endObject()
  }
}
