/// One claim in full for `contested claims show`: its sentence with the claim's words marked, the article it
/// comes from, its fields, and the conflicts it takes part in (or would, once accepted).
public struct ClaimDetail: Sendable {
  /// The claim.
  public var claim: Claim
  /// The stored article it comes from, when known.
  public var article: ArticleRecord?
  /// Whether the claim's place is in the gazetteer (else "(?)").
  public var placeResolved: Bool
  /// The conflicts among the accepted claims plus this one that cite it.
  public var conflicts: [Conflict]
  /// Claims the conflicts cite, for their claimants.
  public var claims: [ClaimID: Claim]

  /// A detail view.
  public init(
    claim: Claim, article: ArticleRecord?, placeResolved: Bool, conflicts: [Conflict], claims: [ClaimID: Claim]
  ) {
    self.claim = claim
    self.article = article
    self.placeResolved = placeResolved
    self.conflicts = conflicts
    self.claims = claims
  }

  /// The text; `mark` wraps each marked word group (brackets by default; bold on a colour terminal).
  public func render(width: Int? = 100, mark: (String) -> String = { "[" + $0 + "]" }) -> String {
    let c = claim
    var out = "\(c.id)  \(c.status.rawValue), \(c.origin.rawValue)\n\n"
    let w = max(40, width ?? 10_000)
    if let q = c.evidence?.quote, !q.isEmpty {
      let marked = Self.mark(TextTable.flatten(q), words: markedWords, with: mark)
      out += "Sentence:\n" + TextTable.wrap(marked, w - 2).map { "  " + $0 + "\n" }.joined() + "\n"
    } else {
      out += "Sentence: none recorded\n\n"
    }
    out += "Article: " + articleLines.joined(separator: "\n         ") + "\n\n"
    var t = TextTable(columns: [.init("FIELD", fit: .fixed), .init("VALUE", fit: .wrap, minWidth: 20)])
    t.rows = fields
    out += t.render(width: w)
    if !placeResolved { out += "\n" + TextTable.wrap(ClaimList.unresolvedFootnote, w).joined(separator: "\n") + "\n" }
    out += "\n" + conflictLines(width: w)
    return out
  }

  /// The claimant, place, controller name and quantity unit as they appear in the sentence.
  var markedWords: [String] {
    var words = [claim.claimant.name, claim.place.text]
    if let n = claim.controller.name { words.append(n) }
    return words.filter { !$0.isEmpty }
  }

  /// The title; outlet, date and article id; the address; the attribution chain (each present one on a line).
  var articleLines: [String] {
    let r = claim.reportedBy
    var lines: [String] = []
    if let title = article?.title, !title.isEmpty { lines.append("\u{201C}\(TextTable.flatten(title))\u{201D}") }
    var parts: [String] = []
    if let o = r.outlet ?? article?.outlet { parts.append(o) }
    if let p = r.published ?? article?.published { parts.append(p.iso) }
    if let a = claim.evidence?.article ?? r.article { parts.append("article \(a.rawValue.prefix(12))") }
    if !parts.isEmpty { lines.append(parts.joined(separator: ", ")) }
    if let u = r.url ?? article?.url { lines.append(TextTable.flatten(u)) }
    if !r.chain.isEmpty { lines.append("via " + r.chain.joined(separator: " > ")) }
    return lines.isEmpty ? ["not recorded"] : lines
  }

  var fields: [[String]] {
    let c = claim
    var rows: [[String]] = []
    var who = c.claimant.name
    if let s = c.claimant.side { who += " (side \(s))" }
    if let g = c.claimant.group { who += ", group \(g)" }
    rows.append(["claimant", who])
    var place = (placeResolved ? "" : "(?) ") + c.place.text
    if let id = c.place.id { place += "  [\(id)]" }
    if let r = c.place.region { place += ", in \(r)" }
    rows.append(["place", place])
    rows.append(["controller", c.controller.side.rawValue + (c.controller.name.map { " (\($0))" } ?? "")])
    rows.append(["stance", c.stance.rawValue])
    rows.append(["event", ClaimList.claimText(c)])
    if let w = c.when {
      rows.append(["when", w.description + " (precision \(w.precision.rawValue))"])
    } else {
      rows.append(["when", "undated"])
    }
    if let n = c.note { rows.append(["note", n]) }
    return rows
  }

  func conflictLines(width: Int) -> String {
    let verb = claim.status == .accepted ? "Conflicts" : "If accepted, it would conflict with"
    guard !conflicts.isEmpty else {
      return claim.status == .accepted ? "Conflicts: none.\n" : "If accepted: no conflict with the accepted claims.\n"
    }
    var out = "\(verb):\n"
    for k in conflicts {
      out += "  \(k.id) \(k.kind.rawValue) at \(k.placeName), \(k.window.from.iso)..\(k.window.to.iso)\n"
      for s in k.sides where !s.claims.contains(claim.id) {
        let who = s.claims.map { id in
          claims[id].map { "\(TextTable.flatten($0.claimant.name)) (\(id))" } ?? id.rawValue
        }
        let line = "\(s.label): \(who.joined(separator: "; "))"
        out += TextTable.wrap(line, width - 4).map { "    " + $0 }.joined(separator: "\n") + "\n"
      }
    }
    return out
  }

  /// `text` with every occurrence of `words` (case-insensitive, longest first, never overlapping) passed through
  /// `mark`.
  static func mark(_ text: String, words: [String], with mark: (String) -> String) -> String {
    let chars = Array(text)
    let lower = chars.map { $0.lowercased() }
    var starts: [Int: Int] = [:]  // start -> length
    var taken = [Bool](repeating: false, count: chars.count)
    for word in words.sorted(by: { $0.count > $1.count }) {
      let w = Array(word).map { $0.lowercased() }
      guard !w.isEmpty, w.count <= lower.count else { continue }
      var i = 0
      while i + w.count <= lower.count {
        if !taken[i] && Array(lower[i..<(i + w.count)]) == w && !taken[i..<(i + w.count)].contains(true) {
          starts[i] = w.count
          for k in i..<(i + w.count) { taken[k] = true }
          i += w.count
        } else {
          i += 1
        }
      }
    }
    var out = ""
    var i = 0
    while i < chars.count {
      if let n = starts[i] {
        out += mark(String(chars[i..<(i + n)]))
        i += n
      } else {
        out.append(chars[i])
        i += 1
      }
    }
    return out
  }
}
