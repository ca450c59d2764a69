/// Pure renderers of a `ConflictReport`: table, JSON, JSON Lines, CSV (RFC 4180) and Markdown.
public enum ConflictReportRenderer {
  // MARK: - Table

  /// A table for terminals, fitted into `width` (nil: every cell whole); the SIDES column wraps, the place is cut.
  /// `color` adds ANSI colours (callers pass true only on a TTY without `NO_COLOR`).
  public static func table(_ report: ConflictReport, width: Int? = 100, color: Bool = false) -> String {
    if report.conflicts.isEmpty { return "No conflicts.\n" }
    // The STATUS column appears once reviews have moved a conflict out of "open"; when the table cannot fit the
    // width, the KIND column makes room (the kind stays in every other format and in 'review show').
    let showStatus = report.conflicts.contains { $0.status != .open }
    func build(kind: Bool) -> TextTable {
      var columns: [TextTable.Column] = [.init("ID", fit: .fixed)]
      if showStatus { columns.append(.init("STATUS", fit: .fixed)) }
      columns.append(.init("PRIORITY", fit: .fixed))
      if kind { columns.append(.init("KIND", fit: .fixed)) }
      columns += [
        .init("PLACE", fit: .cut, minWidth: 8, rank: 1), .init("WINDOW", fit: .wrap, minWidth: 12, rank: 1),
        .init("SIDES", fit: .wrap, minWidth: 16),
      ]
      var t = TextTable(columns: columns)
      for c in report.conflicts {
        var row = [c.id.rawValue]
        if showStatus { row.append(c.status.rawValue) }
        row.append("\(c.priority.level) \(c.priority.score)")
        if kind { row.append(c.kind.rawValue) }
        row += [
          c.placeName, windowText(c.window),
          sidesText(c, ids: width == nil),
        ]
        t.rows.append(row)
      }
      return t
    }
    var t = build(kind: true)
    if let width, t.minimumWidth > width { t = build(kind: false) }
    let priorityColumn = showStatus ? 2 : 1
    var out = t.render(
      width: width, bold: { color ? "\u{1B}[1m" + $0 + "\u{1B}[0m" : $0 },
      style: { row, column, text in
        guard color, column == priorityColumn else { return text }
        let level = report.conflicts[row].priority.level
        let code = level == "high" ? "31" : (level == "medium" ? "33" : "2")
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
      })
    let open = report.openCount
    var counts = "\(open) open"
    for status in ConflictStatus.allCases where status != .open {
      let n = report.conflicts.filter { $0.status == status }.count
      if n > 0 { counts += ", \(n) \(status.rawValue)" }
    }
    out += "\n\(Plural.count(report.conflicts.count, "conflict")), \(counts)\n"
    if width != nil { out += "The claims of each side: 'contested review show ID' (or --wide for their ids).\n" }
    return out
  }

  /// "government holds (2) vs opposition holds (8)"; with `ids`, each side's claim ids follow its label.
  static func sidesText(_ c: Conflict, ids: Bool) -> String {
    c.sides.map { s in
      ids ? "\(s.label): \(s.claims.map(\.rawValue).joined(separator: ", "))" : "\(s.label) (\(s.claims.count))"
    }.joined(separator: " vs ")
  }

  static func windowText(_ w: TimeSpan) -> String { w.from == w.to ? w.from.iso : "\(w.from.iso)..\(w.to.iso)" }

  /// One line, safe for a terminal (``TerminalText/oneLine(_:)``).
  static func oneLine(_ s: String) -> String { TerminalText.oneLine(s) }

  // MARK: - JSON

  /// One JSON document: `{"conflicts":[…],"count":N,"open":M}`, keys sorted, two-space indentation.
  public static func json(_ report: ConflictReport) -> String {
    let doc = JSONValue.object([
      "conflicts": .array(report.conflicts.map { value(of: $0, claims: report.claims) }),
      "count": .int(report.conflicts.count),
      "open": .int(report.openCount),
    ])
    return doc.render(pretty: true) + "\n"
  }

  /// One compact JSON object per conflict per line, keys sorted.
  public static func jsonl(_ report: ConflictReport) -> String {
    report.conflicts.map { value(of: $0, claims: report.claims).render(pretty: false) + "\n" }.joined()
  }

  static func value(of c: Conflict, claims: [ClaimID: Claim]) -> JSONValue {
    var o: [String: JSONValue] = [
      "id": .string(c.id.rawValue),
      "kind": .string(c.kind.rawValue),
      "status": .string(c.status.rawValue),
      "place": .string(c.place.rawValue),
      "placeName": .string(c.placeName),
      "window": .object(["from": .string(c.window.from.iso), "to": .string(c.window.to.iso)]),
      "priority": .object([
        "score": .int(c.priority.score), "level": .string(c.priority.level), "voices": .int(c.priority.voices),
        "reasons": .array(c.priority.reasons.map { .string($0) }),
      ]),
      "sides": .array(
        c.sides.map { s in
          .object([
            "side": .string(s.side.rawValue), "stance": .string(s.stance.rawValue), "label": .string(s.label),
            "claims": .array(s.claims.map { claimValue($0, claims[$0]) }),
          ])
        }),
      "pairs": .array(c.pairs.map { .array([.string($0.a.rawValue), .string($0.b.rawValue)]) }),
    ]
    // The pairs are listed up to `Conflict.listedPairLimit`; the count says how many there are when that cut them.
    if c.pairCount > c.pairs.count { o["pairCount"] = .int(c.pairCount) }
    return .object(o)
  }

  static func claimValue(_ id: ClaimID, _ claim: Claim?) -> JSONValue {
    var o: [String: JSONValue] = ["id": .string(id.rawValue)]
    if let claim {
      o["claimant"] = .string(claim.claimant.name)
      o["voice"] = .string(claim.claimant.independenceKey)
      o["event"] = .string(claim.event.rawValue)
      o["place"] = .string(claim.place.text)
      if let when = claim.when { o["when"] = .string(when.description) }
      if let outlet = claim.reportedBy.outlet { o["outlet"] = .string(outlet) }
      if let url = claim.reportedBy.url { o["url"] = .string(url) }
      if let quote = claim.evidence?.quote { o["quote"] = .string(quote) }
    }
    return .object(o)
  }

  // MARK: - CSV

  /// RFC 4180: a header row, CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF.
  public static func csv(_ report: ConflictReport) -> String {
    var out = csvRow(["id", "kind", "status", "priority", "level", "place", "from", "to", "sides", "claims", "reasons"])
    for c in report.conflicts {
      out += csvRow([
        c.id.rawValue, c.kind.rawValue, c.status.rawValue, String(c.priority.score), c.priority.level, c.placeName,
        c.window.from.iso, c.window.to.iso,
        c.sides.map { "\($0.label): \($0.claims.map(\.rawValue).joined(separator: " "))" }.joined(separator: "; "),
        c.claims.map(\.rawValue).joined(separator: " "), c.priority.reasons.joined(separator: "; "),
      ])
    }
    return out
  }

  /// One record with CRLF, each field written by the one CSV writer (``CSV/escape(_:)``: quoting and
  /// spreadsheet safety).
  static func csvRow(_ fields: [String]) -> String {
    fields.map(CSV.escape).joined(separator: ",") + "\r\n"
  }

  // MARK: - Markdown

  /// A GitHub-flavoured Markdown table plus, per conflict, each side's claims with escaped quotes (escaping and
  /// links: ``MarkdownWriter``; the outlet links to the article when its address is http or https).
  public static func markdown(_ report: ConflictReport) -> String {
    var out = "# Conflicts\n\n"
    out += "\(Plural.count(report.conflicts.count, "conflict")), \(report.openCount) open.\n"
    if report.conflicts.isEmpty { return out }
    out += "\n| id | priority | kind | status | place | window | sides |\n|---|---:|---|---|---|---|---|\n"
    for c in report.conflicts {
      let sides = c.sides.map { "\($0.label): \($0.claims.map(\.rawValue).joined(separator: ", "))" }
        .joined(separator: " vs ")
      out +=
        "| "
        + [
          "`\(c.id.rawValue)`", "\(c.priority.score) (\(c.priority.level))", c.kind.rawValue, c.status.rawValue,
          MarkdownWriter.cell(c.placeName), windowText(c.window), MarkdownWriter.cell(sides),
        ].joined(separator: " | ") + " |\n"
    }
    for c in report.conflicts {
      out += "\n## \(c.id.rawValue): \(MarkdownWriter.inline(c.placeName)), \(windowText(c.window))\n\n"
      let reasons = MarkdownWriter.inline(c.priority.reasons.joined(separator: "; "))
      out += "Priority \(c.priority.score) (\(c.priority.level)): \(reasons).\n"
      for s in c.sides {
        out += "\n**\(MarkdownWriter.inline(s.label))**\n\n"
        for id in s.claims {
          let claim = report.claims[id]
          var item = "- `\(id.rawValue)`"
          if let claim {
            item += " \(MarkdownWriter.inline(claim.claimant.name))"
            if let outlet = claim.reportedBy.outlet {
              item += " (\(MarkdownWriter.link(outlet, url: claim.reportedBy.url)))"
            }
            if let when = claim.when { item += ", \(when.description)" }
            if let quote = claim.evidence?.quote { item += ": “\(MarkdownWriter.inline(quote))”" }
          }
          out += item + "\n"
        }
      }
    }
    return out
  }

}

extension String {
  /// Every occurrence of `target` replaced (no Foundation).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = self[...]
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound]
      out += replacement
      rest = rest[r.upperBound...]
    }
    out += rest
    return out
  }
}

extension Substring {
  func range(of target: String) -> Range<Index>? {
    let t = Array(target)
    guard !t.isEmpty else { return nil }
    var i = startIndex
    while i < endIndex {
      if self[i] == t[0] {
        var j = i
        var k = 0
        while k < t.count && j < endIndex && self[j] == t[k] {
          j = index(after: j)
          k += 1
        }
        if k == t.count { return i..<j }
      }
      i = index(after: i)
    }
    return nil
  }
}

/// A minimal JSON value with a deterministic writer (sorted keys).
enum JSONValue {
  case string(String)
  case int(Int)
  case array([JSONValue])
  case object([String: JSONValue])

  func render(pretty: Bool, indent: Int = 0) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: indent)
    return out
  }

  func write(into out: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .string(let s): JSONValue.quote(s, into: &out)
    case .int(let v): out += String(v)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{"
      let keys = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      for (i, key) in keys.enumerated() {
        if i > 0 { out += "," }
        if pretty { out += "\n" + String(repeating: "  ", count: indent + 1) }
        JSONValue.quote(key, into: &out)
        out += pretty ? ": " : ":"
        fields[key]!.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      if pretty { out += "\n" + String(repeating: "  ", count: indent) }
      out += "}"
    }
  }

  static func quote(_ s: String, into out: inout String) { out += JSONWriter.quoted(s) }
}
