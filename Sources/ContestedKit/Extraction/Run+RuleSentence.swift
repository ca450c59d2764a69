/// A sentence read by the claim rules alone (`ExtractionMode.rules`).
extension Run {
  /// Words that can make a sentence without a control word worth parsing ("That is false.").
  static let falsityWords = WordSet(RuleWords.falsity.map(WordHash.of))

  /// Reads one sentence with the parse rules only, keeping the run's speaker and quote state as the patterns do.
  mutating func ruleSentence(_ s: [Token], startQuote: Bool) {
    let mask = quoteMask(s, startQuote)
    let atts = AttributionFinder.find(in: s, bytes: bytes)
    currentAttributions = atts
    let quote = Int(s[0].start)..<Int(s[s.count - 1].end)
    var made: [Int] = []
    _ = applyParseRules(s, mask: mask, atts: atts, quote: quote, made: &made)
    rememberSpeakers(atts, s, mask)
    if startQuote && !inQuote && !pendingQuote.isEmpty {
      if let a = atts.last(where: { !mask[$0.verb] }) {
        let v = voice(of: a, s)
        for i in pendingQuote {
          drafts[i].voice = v
          drafts[i].pendingVoice = false
        }
      }
      pendingQuote.removeAll()
    }
    if !made.isEmpty { previousClaims = made }
  }
}
