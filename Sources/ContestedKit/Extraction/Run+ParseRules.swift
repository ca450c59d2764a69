/// The claim rules over the dependency parse (Extraction/Rules) inside an extraction run: frames become drafts
/// with the run's faction, place, attribution and time readers.
extension Run {
  /// Parses the sentence and turns the rules' frames into drafts; returns the token indices of the predicates
  /// the rules settled (a claim made, or blocked: modality, attempts, conditions), which the token patterns then
  /// leave alone (combined mode: rules first, patterns for the rest).
  mutating func applyParseRules(
    _ s: [Token], mask: [Bool], atts: [Attribution], quote: Range<Int>, made: inout [Int]
  ) -> [Int] {
    guard let parser = syntax, !s.isEmpty else { return [] }
    let g = SentenceGraph(words: parser.parse(s, bytes: bytes), sentence: s, bytes: bytes)
    guard g.count > 0 else { return [] }
    if !ClaimRules.deniesPrevious(g).isEmpty { denyPrevious(atts, s, mask: mask, quote: quote, made: &made) }
    var handled: [Int] = []
    var times: [TimeMention]? = nil
    for f in ClaimRules.frames(g) {
      let tok = g.tokens[f.predicate].lowerBound
      if f.blocked != nil {
        handled.append(tok)
        continue
      }
      if times == nil { times = TimeExpressionResolver.find(in: s[...], published: article.published) }
      if addDrafts(f, g, mask: mask, atts: atts, quote: quote, times: times!, made: &made) { handled.append(tok) }
    }
    return handled
  }

  /// "That is false.": the previous sentence's asserted claims, denied by this sentence's speaker.
  mutating func denyPrevious(
    _ atts: [Attribution], _ s: [Token], mask: [Bool], quote: Range<Int>, made: inout [Int]
  ) {
    let speaker: Voice
    if let a = atts.first(where: { !mask[$0.verb] }) {
      speaker = voice(of: a, s)
    } else {
      speaker = mask.first == true ? (lastSpeaker ?? outletVoice) : outletVoice
    }
    for pi in previousClaims where pi < drafts.count && drafts[pi].stance == .asserts {
      var d = drafts[pi]
      d.voice = speaker
      d.pendingVoice = false
      d.stance = .denies
      d.quote = quote
      drafts.append(d)
      made.append(drafts.count - 1)
    }
  }

  /// The side of a phrase: the strongest faction named in it.
  func side(_ s: [Token], _ r: Range<Int>) -> Side? {
    var best: FactionHit? = nil
    var k = r.lowerBound
    while k < r.upperBound && k < s.count {
      if let m = x.factions.match(s, at: k, end: r.upperBound), !m.value.claimantOnly {
        if best == nil || m.value.weight > best!.weight { best = m.value }
        k += m.length
      } else {
        k += 1
      }
    }
    return best.map { adjust($0).side }
  }

  /// True when a phrase is (or starts with) a pronoun that stands for the claimant's side ("it", "its troops").
  func ownSidePronoun(_ g: SentenceGraph, _ r: Range<Int>) -> Bool {
    guard let first = r.first else { return false }
    return RuleWords.pronouns.contains(g.forms[first])
  }

  /// The claimant of a frame: its speaker phrase, else the sentence's attribution, else the outlet.
  func frameVoice(
    _ f: PredicateFrame, _ g: SentenceGraph, _ s: [Token], mask: [Bool], atts: [Attribution]
  ) -> (voice: Voice, pending: Bool) {
    let tok = g.tokens[f.predicate].lowerBound
    if let sp = f.speakerSpan ?? f.speaker.map({ g.span($0, excluding: ClaimRules.phraseCuts) }) {
      let r = AttributionFinder.trimmed(s, g.tokenRange(sp))
      if !r.isEmpty {
        return (
          voice(of: AttributionFinder.make(s, bytes, r, verb: g.tokens[f.speechVerb ?? f.predicate].lowerBound), s),
          false
        )
      }
    }
    if let a = nearestAttribution(atts, to: tok, mask: mask, wantOutside: true) { return (voice(of: a, s), false) }
    if tok < mask.count && mask[tok] { return (lastSpeaker ?? outletVoice, true) }
    return (outletVoice, false)
  }
}
