/// Where a conflict stands after review, for the digest and the ClaimReview export.
public struct ConflictDecision: Hashable, Sendable {
  /// The conflict.
  public var conflict: ConflictID
  /// Its review status.
  public var status: ConflictStatus
  /// The verdict in force (resolved) or awaiting approval; nil otherwise.
  public var verdict: Verdict?
  /// Who recorded the verdict or marked it unresolvable.
  public var reviewer: String?
  /// When (ISO-8601 UTC timestamp, as in the ledger).
  public var at: String?
  /// The note of an `unresolvable` decision.
  public var note: String?

  /// Creates a decision.
  public init(
    conflict: ConflictID, status: ConflictStatus, verdict: Verdict? = nil, reviewer: String? = nil,
    at: String? = nil,
    note: String? = nil
  ) {
    self.conflict = conflict
    self.status = status
    self.verdict = verdict
    self.reviewer = reviewer
    self.at = at
    self.note = note
  }

  /// The day of `at`, if it starts with an ISO date.
  public var day: Day? { at.flatMap { Day(iso: $0.prefix(10)) } }
}

/// Everything a digest shows; the renderer adds nothing that varies between runs.
public struct Digest: Sendable {
  /// Every claim in the workspace (only accepted ones are shown).
  public var claims: [Claim]
  /// The conflicts among the accepted claims, with their review status.
  public var conflicts: [Conflict]
  /// Review decisions by conflict.
  public var decisions: [ConflictID: ConflictDecision]
  /// The track record per claimant (as `contested sources` ranks it).
  public var trackRecord: [TrackRecord]
  /// Display names for place keys (from the gazetteer); a missing key shows the conflict's own place name.
  public var placeNames: [PlaceID: String]
  /// First day of the period (inclusive), or nil for "from the start".
  public var since: Day?
  /// Last day of the period (inclusive), or nil for "up to now".
  public var until: Day?
  /// When the digest was made (ISO-8601 timestamp), printed in its header.
  public var generatedAt: String
  /// The tool's version, printed in the header.
  public var toolVersion: String

  /// Creates a digest.
  public init(
    claims: [Claim], conflicts: [Conflict], decisions: [ConflictID: ConflictDecision] = [:],
    trackRecord: [TrackRecord] = [], placeNames: [PlaceID: String] = [:], since: Day? = nil,
    until: Day? = nil,
    generatedAt: String, toolVersion: String
  ) {
    self.claims = claims
    self.conflicts = conflicts
    self.decisions = decisions
    self.trackRecord = trackRecord
    self.placeNames = placeNames
    self.since = since
    self.until = until
    self.generatedAt = generatedAt
    self.toolVersion = toolVersion
  }

  /// Whether a span of days overlaps the period.
  public func inPeriod(_ span: TimeSpan) -> Bool {
    if let since, span.to < since { return false }
    if let until, span.from > until { return false }
    return true
  }

  /// Whether a day lies in the period.
  public func inPeriod(_ day: Day) -> Bool { inPeriod(TimeSpan(from: day, to: day)) }
}

/// Renders a ``Digest`` as GitHub-flavoured Markdown that also reads as plain text (docs/formats.md).
///
/// Sections: headline counts; new and open conflicts by priority (each position with its claims: quote,
/// claimant, outlet, date); verdicts reached (held by, confidence, rulings, rationale); a timeline per contested
/// place; the source track record. Conflicts are in the period when their window overlaps it, and *new* when
/// their window starts in it; a verdict is shown when its conflict is in the period or it was recorded in it.
/// Every text from an article or a user goes through ``MarkdownWriter``.
public enum DigestRenderer {
  /// The digest as Markdown.
  public static func render(_ d: Digest) -> String {
    var claims: [ClaimID: Claim] = [:]
    for c in d.claims where claims[c.id] == nil { claims[c.id] = c }
    let accepted = d.claims.filter { $0.status == .accepted }
    let shown = d.conflicts.filter { d.inPeriod($0.window) }
    let active = shown.filter { $0.status == .open || $0.status == .inReview }
      .sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id }
    let decided = d.conflicts.filter { c in
      guard c.status == .resolved || c.status == .unresolvable else { return false }
      return d.inPeriod(c.window) || (d.decisions[c.id]?.day.map(d.inPeriod) ?? false)
    }.sorted { ($0.window.from, $0.id) < ($1.window.from, $1.id) }
    let periodClaims = accepted.filter { c in
      c.when.map(d.inPeriod) ?? (d.since == nil && d.until == nil)
    }
    func isNew(_ c: Conflict) -> Bool { d.since.map { c.window.from >= $0 } ?? true }
    func placeName(_ c: Conflict) -> String { d.placeNames[c.place] ?? c.placeName }

    var md = "# Contested digest: \(periodText(d))\n\n"
    md +=
      "Generated \(MarkdownWriter.inline(d.generatedAt)) by contested \(MarkdownWriter.inline(d.toolVersion)). "
    md +=
      "Conflicts are included when the days they cover overlap the period; \"new\" ones start in it.\n\n"

    // Headline counts.
    md += "## Summary\n\n"
    let count = { (s: ConflictStatus) in shown.filter { $0.status == s }.count }
    let verdictsInPeriod = decided.filter { d.decisions[$0.id]?.verdict != nil }.count
    md += MarkdownWriter.table(
      headers: ["", "Count"], rightAligned: [1],
      rows: [
        ["Accepted claims about the period", "\(periodClaims.count)"],
        ["Conflicts in the period", "\(shown.count)"],
        ["New conflicts", "\(shown.filter(isNew).count)"],
        ["Open", "\(count(.open))"],
        ["In review", "\(count(.inReview))"],
        ["Resolved", "\(count(.resolved))"],
        ["Unresolvable", "\(count(.unresolvable))"],
        ["Verdicts reached", "\(verdictsInPeriod)"],
        ["Contested places", "\(Set(shown.map(\.place)).count)"],
      ])
    md += "\n"

    // New and open conflicts.
    md += "## New and open conflicts\n\n"
    if active.isEmpty { md += "None in this period.\n\n" }
    for (n, c) in active.enumerated() {
      md += "### \(n + 1). \(MarkdownWriter.inline(placeName(c))): \(c.kind.rawValue) conflict, "
      md += "\(c.priority.level) priority\n\n"
      md += conflictFacts(c, isNew: isNew(c))
      for side in c.sides {
        md += "**\(MarkdownWriter.inline(side.label))**\n\n"
        for id in side.claims { md += claimItem(id, claims[id]) }
        md += "\n"
      }
    }

    // Verdicts.
    md += "## Verdicts reached\n\n"
    if decided.isEmpty { md += "None in this period.\n\n" }
    for c in decided {
      let dec = d.decisions[c.id]
      md += "### \(MarkdownWriter.inline(placeName(c))): \(c.status.rawValue)\n\n"
      md += "- Conflict: \(c.id.rawValue) (\(c.kind.rawValue)), \(windowText(c.window))\n"
      if let who = dec?.reviewer {
        md +=
          "- Reviewer: \(MarkdownWriter.inline(who))"
          + (dec?.at.map { ", \(MarkdownWriter.inline($0))" } ?? "") + "\n"
      }
      if let v = dec?.verdict {
        md +=
          "- Held by: **\(MarkdownWriter.inline(v.heldBy.rawValue))**, confidence \(v.confidence.rawValue)\n"
        for r in ClaimRuling.allCases {
          let ids = v.claims(r)
          if ids.isEmpty { continue }
          let names = ids.map { id in
            claims[id].map {
              "\(MarkdownWriter.inline($0.claimant.name)) (\(MarkdownWriter.inline(id.rawValue)))"
            }
              ?? MarkdownWriter.inline(id.rawValue)
          }
          md += "- \(r.rawValue.capitalized): \(names.joined(separator: "; "))\n"
        }
        md += "- Rationale: \(MarkdownWriter.inline(v.rationale))\n"
        if !v.evidence.isEmpty {
          md += "- Evidence: \(v.evidence.map(MarkdownWriter.inline).joined(separator: "; "))\n"
        }
      } else if let note = dec?.note {
        md += "- Why it cannot be decided: \(MarkdownWriter.inline(note))\n"
      }
      md += "\n"
    }

    // Timeline per contested place.
    md += "## Timeline per contested place\n\n"
    let places = Array(Set(shown.map(\.place))).sorted()
    if places.isEmpty { md += "No contested places in this period.\n\n" }
    for place in places {
      let conflictsHere = shown.filter { $0.place == place }
      let ids = Set(conflictsHere.flatMap(\.claims))
      let related = accepted.filter { c in
        ids.contains(c.id) || c.place.key == place || c.place.region == place
      }.filter { c in c.when.map(d.inPeriod) ?? true }
        .sorted { x, y in
          let dx = x.when?.from ?? Day(ordinal: Int32.max)
          let dy = y.when?.from ?? Day(ordinal: Int32.max)
          return dx != dy ? dx < dy : x.id < y.id
        }
      let name = d.placeNames[place] ?? conflictsHere.first?.placeName ?? place.rawValue
      md += "### \(MarkdownWriter.inline(name))\n\n"
      let rows = related.map { c -> [String] in
        [
          c.when.map { MarkdownWriter.inline($0.description) } ?? "undated",
          MarkdownWriter.cell(c.claimant.name),
          MarkdownWriter.cell(statement(c)),
          MarkdownWriter.cell(source(c)),
        ]
      }
      md += MarkdownWriter.table(headers: ["When", "Who", "Claimed", "Reported by"], rows: rows)
      md += "\n"
    }

    // Track record.
    md += "## Source track record\n\n"
    if d.trackRecord.isEmpty {
      md += "No claimants yet.\n"
    } else {
      md +=
        "Upheld and refuted count final verdicts only. Reliability is the mean of a Beta(2, 2) prior updated "
      md +=
        "with them, with its 90% interval; sources are ranked by the interval's lower bound.\n\n"
      let rows = d.trackRecord.map { r -> [String] in
        let i = r.interval
        return [
          MarkdownWriter.cell(r.claimant), MarkdownWriter.cell(r.group ?? ""), "\(r.claims)",
          "\(r.upheld)",
          "\(r.refuted)", "\(r.unverifiable)",
          "\(pct(r.reliability)) (\(pct(i.low))–\(pct(i.high)))",
        ]
      }
      md += MarkdownWriter.table(
        headers: [
          "Claimant", "Group", "Claims", "Upheld", "Refuted", "Unverifiable",
          "Reliability (90% interval)",
        ],
        rightAligned: [2, 3, 4, 5], rows: rows)
    }
    return md
  }

  static func periodText(_ d: Digest) -> String {
    switch (d.since, d.until) {
    case (nil, nil): "all dates"
    case (let s?, nil): "from \(s.iso)"
    case (nil, let u?): "up to \(u.iso)"
    case (let s?, let u?): "\(s.iso) to \(u.iso)"
    }
  }

  static func windowText(_ w: TimeSpan) -> String {
    w.from == w.to ? "on \(w.from.iso)" : "\(w.from.iso) to \(w.to.iso)"
  }

  static func conflictFacts(_ c: Conflict, isNew: Bool) -> String {
    var s =
      "- Conflict: \(c.id.rawValue), \(c.status.rawValue)" + (isNew ? ", new in this period" : "")
      + (c.formerIDs.isEmpty
        ? "" : " (formerly \(c.formerIDs.map(\.rawValue).joined(separator: ", ")): claims joined or conflicts merged)")
      + "\n"
    s += "- Window: \(windowText(c.window))\n"
    s +=
      "- Priority: \(c.priority.score) (\(c.priority.reasons.map(MarkdownWriter.inline).joined(separator: "; ")))\n\n"
    return s
  }

  /// One claim as a list item: quote, claimant (side), outlet, publication date, the claim's own date.
  static func claimItem(_ id: ClaimID, _ claim: Claim?) -> String {
    guard let c = claim else {
      return "- claim \(MarkdownWriter.inline(id.rawValue)) (not in the ledger)\n"
    }
    var s = "- "
    if let q = c.evidence?.quote, !q.isEmpty { s += "\u{201C}\(MarkdownWriter.inline(q))\u{201D} " }
    s += "(\(MarkdownWriter.inline(statement(c)))). "
    s += "Claimant: \(MarkdownWriter.inline(c.claimant.name))"
    if let side = c.claimant.side { s += " (\(MarkdownWriter.inline(side.rawValue)))" }
    s += "; source: \(MarkdownWriter.inline(source(c)))"
    s += "; claim \(MarkdownWriter.inline(c.id.rawValue))\n"
    return s
  }

  /// "government captured all Turkmen villages on 2016-06-17" / "… denies opposition holds …".
  public static func statement(_ c: Claim) -> String {
    let verb = c.stance == .asserts ? "" : "denies: "
    var s = "\(verb)\(c.controller.side.rawValue) \(c.event.rawValue) \(c.place.text)"
    if let w = c.when {
      s += w.from == w.to ? " on \(w.from.iso)" : " between \(w.from.iso) and \(w.to.iso)"
    }
    return s
  }

  /// "Daily Sabah, 2016-06-18" (the outlet and publication date), or "unknown source".
  public static func source(_ c: Claim) -> String {
    var parts: [String] = []
    if let o = c.reportedBy.outlet, !o.isEmpty { parts.append(o) }
    if let p = c.reportedBy.published { parts.append(p.iso) }
    return parts.isEmpty ? "unknown source" : parts.joined(separator: ", ")
  }

  static func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
}
