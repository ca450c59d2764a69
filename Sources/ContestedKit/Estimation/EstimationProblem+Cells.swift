import Foundation

extension EstimationProblem {
  /// Groups statements into cells. Per place, in order of start day, a window opens at a statement's start and
  /// takes every later statement that starts before its end (the latest end so far, but at most
  /// `maxWindowDays` after the opening day); a statement that starts later opens the next window. A statement
  /// belongs to the window it starts in and is carried into later windows of the place it still covers. In a
  /// cell each voice counts once per position (its most recent statement).
  mutating func formCells(
    _ raws: [Raw], labelOf: [Int32: [(place: Int32, side: Int32)]], options: TruthEstimator.Options
  ) {
    // Sort by (place, start day, input order) on packed integer keys.
    let minFrom = raws.lazy.map(\.from).min() ?? 0
    var keyed = raws.indices.map { i in
      (UInt64(UInt32(raws[i].place)) << 32 | UInt64(UInt32(raws[i].from - minFrom)), Int32(i))
    }
    keyed.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    let order = keyed.map { Int($0.1) }
    keyed = []
    // How far back a statement can start and still cover a later window.
    let reach = raws.lazy.map { $0.to - $0.from }.max() ?? 0
    let span = Int32(max(1, options.maxWindowDays))
    var k = 0
    var members: [(raw: Int32, primary: Bool)] = []
    while k < order.count {
      let place = raws[order[k]].place
      var end = k
      while end < order.count && raws[order[end]].place == place { end += 1 }
      // Windows of this place: opening day, last day, first member (into order).
      var windows: [(from: Int32, to: Int32, first: Int)] = []
      var home = [Int](repeating: 0, count: end - k)
      for i in k..<end {
        let r = raws[order[i]]
        if let w = windows.last, r.from <= w.to {
          windows[windows.count - 1].to = max(w.to, min(r.to, w.from + span - 1))
        } else {
          windows.append((r.from, min(r.to, r.from + span - 1), i))
        }
        home[i - k] = windows.count - 1
      }
      for (w, window) in windows.enumerated() {
        members.removeAll(keepingCapacity: true)
        let last = w + 1 < windows.count ? windows[w + 1].first : end
        for i in window.first..<last { members.append((Int32(order[i]), true)) }
        // Carried in: statements of earlier windows still covering this one (scan back while they can reach).
        var i = window.first - 1
        while i >= k {
          let r = raws[order[i]]
          if home[i - k] < w && r.to >= window.from { members.append((Int32(order[i]), false)) }
          if window.from - r.from > reach { break }
          i -= 1
        }
        appendCell(
          place: place, from: window.from, to: window.to, members: &members, raws: raws, labelOf: labelOf,
          options: options)
      }
      k = end
    }
  }

  /// Appends one cell: its statements (one per voice and position), candidates and label.
  mutating func appendCell(
    place: Int32, from: Int32, to: Int32, members: inout [(raw: Int32, primary: Bool)], raws: [Raw],
    labelOf: [Int32: [(place: Int32, side: Int32)]], options: TruthEstimator.Options
  ) {
    // One statement per (voice, side, stance): primary before carried, then the latest start, then input order.
    members.sort { x, y in
      let a = raws[Int(x.raw)]
      let b = raws[Int(y.raw)]
      if a.source != b.source { return a.source < b.source }
      if a.value != b.value { return a.value < b.value }
      if a.denies != b.denies { return !a.denies }
      if x.primary != y.primary { return x.primary }
      if a.from != b.from { return a.from > b.from }
      return x.raw < y.raw
    }
    let firstCand = candValue.count
    var label: Int32 = -1
    var previous: Raw?
    for m in members {
      let r = raws[Int(m.raw)]
      if let p = previous, p.source == r.source, p.value == r.value, p.denies == r.denies { continue }
      previous = r
      source.append(r.source)
      value.append(r.value)
      denies.append(r.denies)
      primary.append(m.primary)
      interest.append(r.interest)
      claim.append(r.claim)
      start.append(r.from)
      ruling.append(0)
      let age = Double(max(0, to - r.from))
      recency.append(max(options.minimumRecencyWeight, Double.pow2(-age / max(1, options.recencyHalfLifeDays))))
      cand.append(candidateIndex(r.value, from: firstCand))
      if let ls = labelOf[r.claim] { for l in ls where l.place == place { label = l.side } }
    }
    if label >= 0 { _ = candidateIndex(label, from: firstCand) }
    cellPlace.append(place)
    cellFrom.append(from)
    cellTo.append(to)
    cellLabel.append(label)
    cellStart.append(Int32(source.count))
    candStart.append(Int32(candValue.count))
  }

  /// The index of `side` among the current cell's candidates (from `first`), appending it when new.
  mutating func candidateIndex(_ side: Int32, from first: Int) -> Int32 {
    var i = first
    while i < candValue.count {
      if candValue[i] == side { return Int32(i) }
      i += 1
    }
    candValue.append(side)
    return Int32(candValue.count - 1)
  }
}

extension Double {
  /// 2 to the power `x`.
  static func pow2(_ x: Double) -> Double { Foundation.exp2(x) }
}
