/// Frames to drafts: controller, places, claimant, date.
extension Run {
  /// The controller a frame gives, or nil when it names none the run can read.
  func frameController(_ f: PredicateFrame, _ g: SentenceGraph, _ s: [Token], voice: Voice) -> Side? {
    if f.direction == .entersContested && f.stance == .asserts { return .contested }
    let own: Side? = {
      guard let vs = voice.side, ![.media, .independentMonitor, .other, .unknown].contains(vs) else { return nil }
      return vs
    }()
    guard let a = f.actorSpan ?? f.actor.map({ g.span($0, excluding: ClaimRules.phraseCuts) }) else {
      return f.speakerSide ? own : nil
    }
    let r = g.tokenRange(a)
    if let side = side(s, r) { return side }
    return ownSidePronoun(g, a) || f.speakerSide ? own : nil
  }

  /// The place of one place phrase: a gazetteer name or pattern inside it, or the last named place for "it".
  func framePlace(_ g: SentenceGraph, _ s: [Token], _ span: Range<Int>) -> PlaceHit? {
    let r = g.tokenRange(span)
    guard !r.isEmpty else { return nil }
    if span.count == 1, ["it", "there"].contains(g.forms[span.lowerBound]) {
      guard let last = lastPlace else { return nil }
      return refHit(s, r, last)
    }
    for k in r {
      if k > r.lowerBound && !s[k].has(TokenFlags.capitalized) { continue }
      if let h = placeItem(s, k, limit: r.upperBound) { return h }
    }
    return nil
  }

  /// The frame's date: its own time phrase, else the nearest time expression as the patterns read it.
  mutating func frameDate(_ f: PredicateFrame, _ g: SentenceGraph, times: [TimeMention], event: ControlEvent)
    -> TimeSpan?
  {
    if let t = f.time {
      // A when-clause's time word ("since 2017, when …") dates the clause by itself, not by "since".
      let own = f.rules.contains("background-clause")
      let r = g.tokenRange(own ? t..<(t + 1) : g.span(t))
      if own, let k = r.first, g.sentence[k].kind == .number, (1900...2100).contains(g.sentence[k].value),
        let from = Day(iso: "\(g.sentence[k].value)-01-01"), let to = Day(iso: "\(g.sentence[k].value)-12-31")
      {
        return TimeSpan(from: from, to: to)
      }
      if let m = times.first(where: { $0.tokens.overlaps(r) }) { return m.span }
    }
    let tok = g.tokens[f.predicate]
    return date(
      for: Match(start: tok.lowerBound, end: tok.upperBound, phrase: ControlPhrase([], event, f.direction)),
      times: times, event: event, matches: [])
  }

  /// Adds the drafts of one frame; true when at least one was made.
  mutating func addDrafts(
    _ f: PredicateFrame, _ g: SentenceGraph, mask: [Bool], atts: [Attribution], quote: Range<Int>,
    times: [TimeMention], made: inout [Int]
  ) -> Bool {
    let s = g.sentence
    var (v, pending) = frameVoice(f, g, s, mask: mask, atts: atts)
    guard let controller = frameController(f, g, s, voice: v) else { return false }
    var event = f.event
    if f.direction == .entersContested && f.stance == .denies { event = .captured }
    if f.direction == .subjectRepels { event = .repelledAttack }
    var via: [String] = []
    if let src = f.sources.last {
      via = [v.name]
      let r = AttributionFinder.trimmed(s, g.tokenRange(src))
      v = Voice(name: text(s, r), side: claimantSide(s, r))
      pending = false
    }
    let spans = f.placeSpans.isEmpty ? f.places.map { g.span($0, excluding: ClaimRules.phraseCuts) } : f.placeSpans
    let hits = spans.compactMap { framePlace(g, s, $0) }
    guard !hits.isEmpty else { return false }
    let when = frameDate(f, g, times: times, event: event)
    for h in hits {
      var d = Draft(
        voice: v, pendingVoice: pending, place: h, side: controller, stance: f.stance, event: event, when: when,
        quote: quote)
      d.via = via
      drafts.append(d)
      made.append(drafts.count - 1)
      if pending { pendingQuote.append(drafts.count - 1) }
      if !h.referent && !h.indefinite && h.quantity == nil { setLastPlace(placeText(h)) }
    }
    return true
  }
}
