/// Renders a ``Digest`` as GitHub-flavoured Markdown that also reads as plain text (docs/formats.md).
///
/// Sections (``DigestContent``): the period and what is listed; summary counts (each the count of a section);
/// open conflicts by priority (each position with its claims, one item per sentence: quote, statements, claimant,
/// linked article, date; the assessed control); verdicts reached; conflicts that could not be decided; a
/// timeline per contested place; the source track record. Every text from an article or a user goes through
/// ``MarkdownWriter``; links are made only from http(s) addresses.
public enum DigestRenderer {
  /// The digest as Markdown.
  public static func render(_ d: Digest) -> String { render(DigestContent(d)) }

  /// The worked-out digest as Markdown.
  public static func render(_ content: DigestContent) -> String {
    let d = content.digest
    var refs = MarkdownWriter.References()
    var md = "# Contested digest: \(d.periodText)\n\n"
    md += "Generated \(MarkdownWriter.inline(d.generatedAt)) by contested \(MarkdownWriter.inline(d.toolVersion)). "
    md += "Period: \(d.periodText); conflicts are included when the days they cover overlap it, and are new when "
    md += "they start in it. \(content.limitText)\n\n"
    md += "## Summary\n\n"
    md += MarkdownWriter.table(
      headers: ["", "Count"], rightAligned: [1], rows: content.summary.map { [$0.label, "\($0.count)"] })
    md += "\n## Open conflicts\n\n"
    if content.open.isEmpty { md += "None in this period.\n\n" }
    for (n, l) in content.open.enumerated() { md += openConflict(l, number: n + 1, refs: &refs) }
    md += "## Verdicts reached\n\n"
    if content.verdicts.isEmpty { md += "None in this period.\n\n" }
    for l in content.verdicts { md += decided(l) }
    md += "## Could not be decided\n\n"
    if content.unresolvable.isEmpty { md += "None in this period.\n\n" }
    for l in content.unresolvable { md += decided(l) }
    md += "## Timeline per contested place\n\n"
    if content.places.isEmpty { md += "No contested places in this period.\n\n" }
    for p in content.places { md += timeline(p, refs: &refs) }
    md += "## Source track record\n\n" + trackRecord(d.trackRecord)
    if !refs.addresses.isEmpty { md += "\n" + refs.definitions }
    return md
  }

  static func openConflict(_ l: DigestContent.Listed, number: Int, refs: inout MarkdownWriter.References) -> String {
    let c = l.conflict
    var md = "### \(number). \(MarkdownWriter.inline(l.placeName)): \(c.kind.rawValue) conflict, "
    md += "\(c.priority.level) priority\n\n"
    md += "- Conflict: \(c.id.rawValue), \(c.status.rawValue)" + (l.isNew ? ", new in this period" : "")
    if !c.formerIDs.isEmpty {
      md += " (formerly \(c.formerIDs.map(\.rawValue).joined(separator: ", ")): claims joined or conflicts merged)"
    }
    md += "\n- Window: \(windowText(c.window))\n"
    md += "- Priority: \(c.priority.score) (\(c.priority.reasons.map(MarkdownWriter.inline).joined(separator: "; ")))\n"
    if let a = l.assessed { md += "- " + assessedLine(a) + "\n" }
    md += "\n"
    var quoted: Set<String> = []
    for p in l.positions {
      md += "**\(MarkdownWriter.inline(p.label))**\n\n"
      for g in p.groups { md += claimItem(g, quoted: &quoted, refs: &refs) }
      for id in p.missing { md += "- claim \(MarkdownWriter.inline(id.rawValue)) (not in the ledger)\n" }
      md += "\n"
    }
    return md
  }

  /// "Assessed control (estimated from the claims, not a verdict): **opposition 74%**: reason; reason".
  static func assessedLine(_ a: CellEstimate) -> String {
    let text = MarkdownWriter.inline(DigestContent.assessedText(a))
    let s = "Assessed control (estimated from the claims, not a verdict): " + (a.isDetermined ? "**\(text)**" : text)
    let reasons = DigestContent.assessedReasons(a).map(MarkdownWriter.inline)
    return s + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
  }

  static func decided(_ l: DigestContent.Listed) -> String {
    let c = l.conflict
    let dec = l.decision
    var md = "### \(MarkdownWriter.inline(l.placeName)): \(c.status.rawValue)\n\n"
    md += "- Conflict: \(c.id.rawValue) (\(c.kind.rawValue)), \(windowText(c.window))\n"
    if let who = dec?.reviewer {
      md +=
        "- Reviewer: \(MarkdownWriter.inline(who))" + (dec?.at.map { ", \(MarkdownWriter.inline($0))" } ?? "") + "\n"
    }
    if let v = dec?.verdict {
      md += "- Held by: **\(MarkdownWriter.inline(v.heldBy.rawValue))**, confidence \(v.confidence.rawValue)\n"
      var claimants: [ClaimID: String] = [:]
      for p in l.positions { for g in p.groups { for c in g.claims { claimants[c.id] = c.claimant.name } } }
      for r in ClaimRuling.allCases {
        let ids = v.claims(r)
        if ids.isEmpty { continue }
        let names = ids.map { id in
          claimants[id].map { "\(MarkdownWriter.inline($0)) (\(MarkdownWriter.inline(id.rawValue)))" }
            ?? MarkdownWriter.inline(id.rawValue)
        }
        md += "- \(r.rawValue.capitalized): \(names.joined(separator: "; "))\n"
      }
      md += "- Rationale: \(MarkdownWriter.inline(v.rationale))\n"
      if !v.evidence.isEmpty { md += "- Evidence: \(v.evidence.map(MarkdownWriter.address).joined(separator: "; "))\n" }
    } else if let note = dec?.note {
      md += "- Why it cannot be decided: \(MarkdownWriter.inline(note))\n"
    }
    if let a = l.assessed { md += "- " + assessedLine(a) + "\n" }
    return md + "\n"
  }

  static func timeline(_ p: DigestContent.PlaceTimeline, refs: inout MarkdownWriter.References) -> String {
    var md = "### \(MarkdownWriter.inline(p.name))\n\n"
    if let a = p.assessed { md += assessedLine(a) + ".\n\n" }
    if p.rows.isEmpty { return md + "No claims dated in this period.\n\n" }
    let rows = p.rows.map { g -> [String] in
      [
        g.first.when.map { MarkdownWriter.inline($0.description) } ?? "undated",
        MarkdownWriter.cell(g.first.claimant.name),
        MarkdownWriter.cell(g.statements.joined(separator: "; ")),
        source(g, refs: &refs),
      ]
    }
    return md + MarkdownWriter.table(headers: ["When", "Who", "Claimed", "Reported by"], rows: rows) + "\n"
  }

  /// One item per sentence: quote (or "same sentence as above" when `quoted` has it), statements, claimant
  /// (side), linked source, claim ids.
  static func claimItem(
    _ g: DigestClaimGroup, quoted: inout Set<String>, refs: inout MarkdownWriter.References
  ) -> String {
    let c = g.first
    var s = "- "
    if let q = g.quote {
      s += quoted.insert(q).inserted ? "\u{201C}\(MarkdownWriter.inline(q))\u{201D} " : "Same sentence as above "
    }
    s += "(\(g.statements.map(MarkdownWriter.inline).joined(separator: "; "))). "
    s += "Claimant: \(MarkdownWriter.inline(c.claimant.name))"
    if let side = c.claimant.side { s += " (\(MarkdownWriter.inline(side.rawValue)))" }
    s += "; source: \(source(g, refs: &refs))"
    s += "; \(Plural.word(g.claims.count, "claim")) "
    return s + g.claims.map { MarkdownWriter.inline($0.id.rawValue) }.joined(separator: ", ") + "\n"
  }

  /// The article's title linked to its address (or the outlet and date linked when there is no title); an
  /// address that is not http(s) is shown as text after it.
  static func source(_ g: DigestClaimGroup, refs: inout MarkdownWriter.References) -> String {
    let linkable = g.url.map(WebURL.isSafe) ?? false
    var s: String
    if let title = g.title {
      s = linkable ? refs.link(title, url: g.url) : "\u{201C}\(MarkdownWriter.inline(title))\u{201D}"
      s += ", " + MarkdownWriter.inline(g.sourceText)
    } else {
      s = linkable ? refs.link(g.sourceText, url: g.url) : MarkdownWriter.inline(g.sourceText)
    }
    if let u = g.url, !linkable, !u.isEmpty { s += " (address: \(MarkdownWriter.inline(u)))" }
    return s
  }

  static func trackRecord(_ records: [TrackRecord]) -> String {
    if records.isEmpty { return "No claimants yet.\n" }
    var md = "Upheld and refuted count final verdicts only. Reliability is shown for sources with at least one: "
    md += "the mean of a Beta(2, 2) prior updated with them, with its 90% interval; sources are ranked by the "
    md += "interval's lower bound.\n\n"
    let rows = records.map { r -> [String] in
      let i = r.interval
      return [
        MarkdownWriter.cell(r.claimant), MarkdownWriter.cell(r.group ?? ""), "\(r.claims)", "\(r.upheld)",
        "\(r.refuted)", "\(r.unverifiable)",
        DigestContent.hasVerdicts(r) ? "\(pct(r.reliability)) (\(pct(i.low))–\(pct(i.high)))" : "no verdicts yet",
      ]
    }
    return md
      + MarkdownWriter.table(
        headers: ["Claimant", "Group", "Claims", "Upheld", "Refuted", "Unverifiable", "Reliability (90% interval)"],
        rightAligned: [2, 3, 4, 5], rows: rows)
  }

  static func windowText(_ w: TimeSpan) -> String {
    w.from == w.to ? "on \(w.from.iso)" : "\(w.from.iso) to \(w.to.iso)"
  }

  /// "government captured all Turkmen villages on 2016-06-17" / "denies: opposition holds …".
  public static func statement(_ c: Claim) -> String {
    DigestClaimGroup(claims: [c], article: nil).statements[0]
  }

  /// "Daily Sabah, 2016-06-18" (the outlet and publication date), or "unknown source".
  public static func source(_ c: Claim) -> String { DigestClaimGroup(claims: [c], article: nil).sourceText }

  static func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
