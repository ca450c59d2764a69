/// Renders a ``Digest`` as one self-contained HTML briefing (docs/formats.md, "HTML briefing"): the digest's
/// content (``DigestContent``, as in the Markdown digest) with an SVG map of the contested places and an SVG
/// timeline per contested place. Inline CSS only: no script, no external request (a Content-Security-Policy says
/// so to the browser), readable on a phone, printable on A4. Every text from an article or a user goes through
/// ``HTMLWriter``; links are made only from http(s) addresses.
public enum DigestHTMLRenderer {
  /// The briefing as an HTML document; `title` heads it ("Contested digest" or "Conflict report").
  public static func render(_ d: Digest, title: String = "Contested digest") -> String {
    render(DigestContent(d), title: title)
  }

  /// The worked-out digest as an HTML document.
  public static func render(_ content: DigestContent, title: String = "Contested digest") -> String {
    let d = content.digest
    let heading = HTMLWriter.text("\(title): \(d.periodText)")
    var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
    h += "<title>\(heading)</title>\n<style>\n\(BriefingStyle.css)</style>\n</head>\n<body>\n<main>\n"
    h += "<header><h1>\(heading)</h1>\n<p class=\"meta\">Generated \(HTMLWriter.text(d.generatedAt)) by contested "
    h += "\(HTMLWriter.text(d.toolVersion)). Period: \(HTMLWriter.text(d.periodText)); conflicts are included when "
    h += "the days they cover overlap it, and are new when they start in it. \(HTMLWriter.text(content.limitText))"
    h += "</p></header>\n"
    h += section("summary", "Summary", summary(content))
    h += section("map", "Map of the contested places", map(content))
    var open = content.open.isEmpty ? "<p>None in this period.</p>\n" : ""
    for (n, l) in content.open.enumerated() {
      let c = l.conflict
      open += conflict(
        l, heading: "\(n + 1). \(l.placeName): \(c.kind.rawValue) conflict, \(c.priority.level) priority")
    }
    h += section("open", "Open conflicts", open)
    var verdicts = content.verdicts.isEmpty ? "<p>None in this period.</p>\n" : ""
    for l in content.verdicts { verdicts += conflict(l, heading: "\(l.placeName): \(l.conflict.status.rawValue)") }
    h += section("verdicts", "Verdicts reached", verdicts)
    var undecided = content.unresolvable.isEmpty ? "<p>None in this period.</p>\n" : ""
    for l in content.unresolvable { undecided += conflict(l, heading: "\(l.placeName): \(l.conflict.status.rawValue)") }
    h += section("undecided", "Could not be decided", undecided)
    var timelines = content.places.isEmpty ? "<p>No contested places in this period.</p>\n" : ""
    for p in content.places { timelines += timeline(p) }
    h += section("timelines", "Timeline per contested place", timelines)
    h += section("sources", "Source track record", trackRecord(d.trackRecord))
    return h + "</main>\n</body>\n</html>\n"
  }

  static func section(_ id: String, _ title: String, _ body: String) -> String {
    "<section id=\"\(id)\">\n<h2>\(HTMLWriter.text(title))</h2>\n\(body)</section>\n"
  }

  static func summary(_ content: DigestContent) -> String {
    var t = "<table class=\"summary\"><tbody>\n"
    for row in content.summary {
      t += "<tr><th scope=\"row\">\(HTMLWriter.text(row.label))</th><td class=\"num\">\(row.count)</td></tr>\n"
    }
    return t + "</tbody></table>\n"
  }

  /// The map of the contested places with coordinates, its legend, and the places without coordinates.
  static func map(_ content: DigestContent) -> String {
    if content.places.isEmpty { return "<p>No contested places in this period.</p>\n" }
    var markers: [SVGMap.Marker] = []
    var unplaced: [DigestContent.PlaceTimeline] = []
    for p in content.places {
      if let c = content.digest.coordinates[p.place] {
        markers.append(SVGMap.Marker(place: p.place, name: p.name, coordinate: c, status: status(of: p)))
      } else {
        unplaced.append(p)
      }
    }
    var h = "<div class=\"map-block\">\n"
    h +=
      markers.isEmpty ? "<p>No contested place has coordinates in the gazetteer.</p>\n" : SVGMap.render(markers) + "\n"
    h += "<div class=\"map-side\"><ul class=\"legend\">"
    for s in [ConflictStatus.open, .inReview, .resolved, .unresolvable] {
      h += "<li><span class=\"swatch\" style=\"background:\(SVGMap.colour(s))\"></span>\(s.rawValue)</li>"
    }
    h += "</ul>\n"
    if !unplaced.isEmpty {
      h += "<p>Without coordinates in the gazetteer:</p>\n<ul class=\"unplaced\">"
      for p in unplaced {
        h += "<li><span class=\"swatch\" style=\"background:\(SVGMap.colour(status(of: p)))\"></span>"
        h += "\(HTMLWriter.text(p.name)) (\(status(of: p).rawValue))</li>"
      }
      h += "</ul>\n"
    }
    return h + "</div>\n</div>\n"
  }

  /// A place's colour: open before in review before unresolvable before resolved.
  static func status(of p: DigestContent.PlaceTimeline) -> ConflictStatus {
    let order: [ConflictStatus] = [.open, .inReview, .unresolvable, .resolved]
    return order.first { s in p.conflicts.contains { $0.status == s } } ?? .open
  }

  /// One conflict: its facts, the decision, the assessed control and each position's claims.
  static func conflict(_ l: DigestContent.Listed, heading: String) -> String {
    let c = l.conflict
    var h = "<article class=\"conflict status-\(c.status.rawValue)\" id=\"\(HTMLWriter.text(c.id.rawValue))\">\n"
    h += "<h3>\(HTMLWriter.text(heading))</h3>\n<dl class=\"facts\">\n"
    h += fact(
      "Conflict", "\(c.id.rawValue), \(c.kind.rawValue), \(c.status.rawValue)" + (l.isNew ? ", new in this period" : "")
    )
    if !c.formerIDs.isEmpty { h += fact("Formerly", c.formerIDs.map(\.rawValue).joined(separator: ", ")) }
    h += fact("Window", DigestRenderer.windowText(c.window))
    h += fact("Priority", "\(c.priority.score), \(c.priority.level) (\(c.priority.reasons.joined(separator: "; ")))")
    if let dec = l.decision {
      if let who = dec.reviewer { h += fact("Reviewer", who + (dec.at.map { ", \($0)" } ?? "")) }
      if let v = dec.verdict {
        h += "<dt>Held by</dt><dd><strong>\(HTMLWriter.text(v.heldBy.rawValue))</strong>, confidence "
        h += "\(v.confidence.rawValue)</dd>\n"
        h += fact("Rationale", v.rationale)
        if !v.evidence.isEmpty {
          h +=
            "<dt>Evidence</dt><dd>" + v.evidence.map { HTMLWriter.link($0, url: $0) }.joined(separator: "; ")
            + "</dd>\n"
        }
      } else if let note = dec.note {
        h += fact("Why it cannot be decided", note)
      }
    }
    if let a = l.assessed { h += assessed(a) }
    h += "</dl>\n"
    var quoted: Set<String> = []
    for p in l.positions {
      h += "<h4>\(HTMLWriter.text(p.label))</h4>\n<ul class=\"claims\">\n"
      for g in p.groups { h += claimItem(g, quoted: &quoted) }
      for id in p.missing { h += "<li>claim \(HTMLWriter.text(id.rawValue)) (not in the ledger)</li>\n" }
      h += "</ul>\n"
    }
    return h + "</article>\n"
  }

  static func fact(_ term: String, _ value: String) -> String {
    "<dt>\(HTMLWriter.text(term))</dt><dd>\(HTMLWriter.text(value))</dd>\n"
  }

  /// The assessed-control fact: the estimator's reading and its first reasons.
  static func assessed(_ a: CellEstimate) -> String {
    var h = "<dt>Assessed control</dt><dd class=\"assessed\"><strong>\(HTMLWriter.text(DigestContent.assessedText(a)))"
    h += "</strong> <span class=\"note\">estimated from the claims, not a verdict</span>"
    let reasons = DigestContent.assessedReasons(a)
    if !reasons.isEmpty { h += ": " + HTMLWriter.text(reasons.joined(separator: "; ")) }
    return h + "</dd>\n"
  }

  /// One item per sentence: the quote (once per conflict), statements, claimant, linked source, claim ids.
  static func claimItem(_ g: DigestClaimGroup, quoted: inout Set<String>) -> String {
    var h = "<li>"
    if let q = g.quote {
      h +=
        quoted.insert(q).inserted
        ? "<q>\(HTMLWriter.text(q))</q> " : "<span class=\"note\">Same sentence as above</span> "
    }
    h += "(\(HTMLWriter.text(g.statements.joined(separator: "; ")))). "
    var who = g.first.claimant.name
    if let side = g.first.claimant.side { who += " (\(side.rawValue))" }
    h += "<span class=\"who\">\(HTMLWriter.text(who))</span>; \(source(g)); "
    h += "<span class=\"ids\">\(Plural.word(g.claims.count, "claim")) "
    return h + HTMLWriter.text(g.claims.map(\.id.rawValue).joined(separator: ", ")) + "</span></li>\n"
  }

  /// The article title linked to its http(s) address (or the outlet and date linked), any other address as text.
  static func source(_ g: DigestClaimGroup) -> String {
    let href = HTMLWriter.href(g.url)
    var h: String
    if let title = g.title {
      h = href.map { "<a href=\"\($0)\">\(HTMLWriter.text(title))</a>" } ?? "<cite>\(HTMLWriter.text(title))</cite>"
      h += ", " + HTMLWriter.text(g.sourceText)
    } else {
      h = href.map { "<a href=\"\($0)\">\(HTMLWriter.text(g.sourceText))</a>" } ?? HTMLWriter.text(g.sourceText)
    }
    if href == nil, let u = g.url, !u.isEmpty { h += " (address: \(HTMLWriter.text(u)))" }
    return h
  }

  /// A place's timeline: assessed control, the SVG, its legend and the claims table.
  static func timeline(_ p: DigestContent.PlaceTimeline) -> String {
    var h = "<article class=\"place\" id=\"place-\(HTMLWriter.text(p.place.rawValue))\">\n"
    h += "<h3>\(HTMLWriter.text(p.name))</h3>\n"
    if let a = p.assessed { h += "<dl class=\"facts\">\(assessed(a))</dl>\n" }
    h += SVGTimeline.render(p) + "\n<p class=\"legend\">"
    for side in SVGTimeline.lanes(p) {
      h +=
        "<span class=\"swatch\" style=\"background:\(SVGTimeline.colour(side))\"></span>\(HTMLWriter.text(side.rawValue)) "
    }
    h += "· filled dot: says the side holds or took it; hollow: a denial; shaded: the conflict windows.</p>\n"
    if p.rows.isEmpty { return h + "<p>No claims dated in this period.</p>\n</article>\n" }
    h += "<div class=\"scroll\"><table><thead><tr><th>When</th><th>Who</th><th>Claimed</th><th>Reported by</th></tr>"
    h += "</thead><tbody>\n"
    for g in p.rows {
      h += "<tr><td class=\"when\">\(HTMLWriter.text(g.first.when?.description ?? "undated"))</td>"
      h += "<td>\(HTMLWriter.text(g.first.claimant.name))</td>"
      h += "<td>\(HTMLWriter.text(g.statements.joined(separator: "; ")))</td><td>\(source(g))</td></tr>\n"
    }
    return h + "</tbody></table></div>\n</article>\n"
  }

  static func trackRecord(_ records: [TrackRecord]) -> String {
    if records.isEmpty { return "<p>No claimants yet.</p>\n" }
    var h = "<p>Upheld and refuted count final verdicts only. Reliability is shown for sources with at least one: "
    h += "the mean of a Beta(2, 2) prior updated with them, with its 90% interval.</p>\n"
    h += "<div class=\"scroll\"><table><thead><tr><th>Claimant</th><th>Group</th><th class=\"num\">Claims</th>"
    h += "<th class=\"num\">Upheld</th><th class=\"num\">Refuted</th><th class=\"num\">Unverifiable</th>"
    h += "<th>Reliability (90% interval)</th></tr></thead><tbody>\n"
    for r in records {
      let i = r.interval
      let rel =
        DigestContent.hasVerdicts(r)
        ? "\(DigestRenderer.pct(r.reliability)) (\(DigestRenderer.pct(i.low))–\(DigestRenderer.pct(i.high)))"
        : "no verdicts yet"
      h += "<tr><td>\(HTMLWriter.text(r.claimant))</td><td>\(HTMLWriter.text(r.group ?? "–"))</td>"
      h += "<td class=\"num\">\(r.claims)</td><td class=\"num\">\(r.upheld)</td><td class=\"num\">\(r.refuted)</td>"
      h += "<td class=\"num\">\(r.unverifiable)</td><td>\(rel)</td></tr>\n"
    }
    return h + "</tbody></table></div>\n"
  }
}
