/// The HTML briefing's timeline of one contested place: a lane per side claimed, a dot per dated claim on the day
/// it is about (filled: the side holds or took it; hollow: a denial), over shaded bands for the conflict windows.
public enum SVGTimeline {
  static let width = 640.0
  static let left = 120.0
  static let right = 16.0
  static let laneHeight = 30.0
  static let top = 12.0
  static let axis = 30.0

  /// A colour per side, stable across runs (a hash of its name into a palette that prints in colour and grey).
  public static func colour(_ side: Side) -> String {
    let palette = ["#2471a3", "#c0392b", "#1e8449", "#7d3c98", "#b9770e", "#148f77", "#d4ac0d", "#a04000"]
    var h: UInt32 = 2_166_136_261
    for b in side.rawValue.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
    return palette[Int(h % UInt32(palette.count))]
  }

  /// The sides with a lane, in order of their first claim.
  public static func lanes(_ p: DigestContent.PlaceTimeline) -> [Side] {
    var out: [Side] = []
    for g in p.rows {
      for c in g.claims where c.when != nil && !out.contains(c.controller.side) { out.append(c.controller.side) }
    }
    return out
  }

  /// A dot: the claim, its group (for the source), its lane and row within the lane, and its x.
  struct Dot {
    var claim: Claim
    var source: String
    var lane: Int
    var row: Int
    var x: Double
  }

  /// The timeline as an inline SVG element (scales to its container through its viewBox).
  public static func render(_ p: DigestContent.PlaceTimeline) -> String {
    let lanes = lanes(p)
    let days =
      p.rows.flatMap { $0.claims.compactMap(\.when) }.flatMap { [$0.from, $0.to] }
      + p.conflicts.flatMap { [$0.window.from, $0.window.to] }
    var start = days.min()?.ordinal ?? 0
    var end = days.max()?.ordinal ?? 0
    let pad = max(1, (end - start) / 20)
    start -= pad
    end += pad
    let perDay = (width - left - right) / Double(max(1, end - start))
    func x(_ d: Day) -> Double { left + Double(d.ordinal - start) * perDay }
    let dots = place(p, lanes: lanes, x: x)
    // Each lane is as tall as its rows of dots; laneTop[i] is where lane i starts.
    var rowsInLane = Array(repeating: 1, count: lanes.count)
    for d in dots { rowsInLane[d.lane] = max(rowsInLane[d.lane], d.row + 1) }
    var laneTop: [Double] = [top]
    for i in lanes.indices { laneTop.append(laneTop[i] + max(laneHeight, Double(rowsInLane[i]) * rowHeight + 16)) }
    let bottom = laneTop.last! + (lanes.isEmpty ? laneHeight : 0)
    let name = HTMLWriter.text(p.name)
    var svg =
      "<svg class=\"timeline\" data-place=\"\(HTMLWriter.text(p.place.rawValue))\" xmlns=\"http://www.w3.org/2000/svg\" "
      + "viewBox=\"0 0 \(Int(width)) \(HTMLWriter.number(bottom + axis))\" role=\"img\" "
      + "aria-label=\"Who claimed which side held \(name), and when\">"
    for c in p.conflicts {
      let x0 = x(c.window.from)
      let w = max(2, x(c.window.to) - x0 + perDay)
      svg += "<rect class=\"window\" x=\"\(HTMLWriter.number(x0))\" y=\"\(HTMLWriter.number(top))\" "
      svg += "width=\"\(HTMLWriter.number(w))\" height=\"\(HTMLWriter.number(bottom - top))\" fill=\"#fdebd0\">"
      svg += "<title>Conflict \(HTMLWriter.text(c.id.rawValue)) (\(c.status.rawValue)): "
      svg += "\(c.window.from.iso) to \(c.window.to.iso)</title></rect>"
    }
    for (i, side) in lanes.enumerated() {
      let y = (laneTop[i] + laneTop[i + 1]) / 2
      if i > 0 {
        svg += "<line x1=\"0\" y1=\"\(HTMLWriter.number(laneTop[i]))\" x2=\"\(Int(width - right))\" "
        svg += "y2=\"\(HTMLWriter.number(laneTop[i]))\" stroke=\"#d5dbdb\"/>"
      }
      svg += "<text x=\"\(Int(left - 10))\" y=\"\(HTMLWriter.number(y + 4))\" text-anchor=\"end\" font-size=\"13\" "
      svg += "fill=\"#1b2631\">\(HTMLWriter.text(side.rawValue))</text>"
    }
    for d in dots {
      let rows = rowsInLane[d.lane]
      let mid = (laneTop[d.lane] + laneTop[d.lane + 1]) / 2
      let cy = mid + (Double(d.row) - Double(rows - 1) / 2) * rowHeight
      let colour = colour(d.claim.controller.side)
      let fill = d.claim.stance == .asserts ? colour : "#ffffff"
      svg += "<circle class=\"claim\" cx=\"\(HTMLWriter.number(d.x))\" cy=\"\(HTMLWriter.number(cy))\" r=\"5\" "
      svg += "fill=\"\(fill)\" stroke=\"\(colour)\" stroke-width=\"2\"><title>"
      let when = d.claim.when?.description ?? ""
      svg += HTMLWriter.text("\(when) \(d.claim.claimant.name): \(DigestRenderer.statement(d.claim)) (\(d.source))")
      svg += "</title></circle>"
    }
    svg += ticks(start: start, end: end, y: bottom, x: x)
    return svg + "</svg>"
  }

  static let rowHeight = 13.0

  /// Dots for the dated claims, each in its side's lane at its day, in the first row of the lane where it does not
  /// overlap the dot before it (so claims of one day stack instead of hiding each other).
  static func place(_ p: DigestContent.PlaceTimeline, lanes: [Side], x: (Day) -> Double) -> [Dot] {
    var dots: [Dot] = []
    var rowEnds: [[Double]] = Array(repeating: [], count: lanes.count)
    let claims = p.rows.flatMap { g in g.claims.map { ($0, g.sourceText) } }.sorted { a, b in
      (a.0.when?.from ?? Day(ordinal: 0), a.0.id) < (b.0.when?.from ?? Day(ordinal: 0), b.0.id)
    }
    for (c, source) in claims {
      guard let when = c.when, let lane = lanes.firstIndex(of: c.controller.side) else { continue }
      let cx = x(when.from)
      let row = rowEnds[lane].firstIndex { $0 + 12 <= cx } ?? rowEnds[lane].count
      if row == rowEnds[lane].count { rowEnds[lane].append(cx) } else { rowEnds[lane][row] = cx }
      dots.append(Dot(claim: c, source: source, lane: lane, row: row, x: cx))
    }
    return dots
  }

  /// Date ticks at a round step (days, weeks, months, years) under the lanes.
  static func ticks(start: Int32, end: Int32, y: Double, x: (Day) -> Double) -> String {
    let span = Int(end - start)
    let step = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].first { span / $0 <= 5 } ?? 1461
    var out = "<g class=\"axis\" font-size=\"11\" fill=\"#566573\">"
    out += "<line x1=\"\(Int(left))\" y1=\"\(HTMLWriter.number(y))\" x2=\"\(Int(width - right))\" "
    out += "y2=\"\(HTMLWriter.number(y))\" stroke=\"#7b7d7d\"/>"
    var d = start + Int32((step - Int(start) % step) % step)
    while d <= end && x(Day(ordinal: d)) <= width - right - 30 {
      let px = HTMLWriter.number(x(Day(ordinal: d)))
      out +=
        "<line x1=\"\(px)\" y1=\"\(HTMLWriter.number(y))\" x2=\"\(px)\" y2=\"\(HTMLWriter.number(y + 5))\" stroke=\"#7b7d7d\"/>"
      out += "<text x=\"\(px)\" y=\"\(HTMLWriter.number(y + 18))\" text-anchor=\"middle\">\(Day(ordinal: d).iso)</text>"
      d += Int32(step)
    }
    return out + "</g>"
  }
}
