extension ClaimRules {
  /// Relations that end a noun phrase for a place or a claimant.
  static let phraseCuts: Set<String> = [
    "acl", "acl:relcl", "appos", "punct", "parataxis", "advcl", "conj", "cc", "dep", "aux", "cop", "ccomp",
  ]

  /// Places and claimants are whole noun phrases: the subtree of the head, cut at clauses, appositions, conjuncts.
  static let nounPhraseExtent = ClaimRule(
    id: "noun-phrase-extent",
    summary: "Places and claimants are their head's noun phrase, cut at appositions, clauses and conjuncts.",
    triggering: [
      RuleExample(
        "The northern command, which leads the offensive, said its troops had taken the town of Sheikh Maqsoud.",
        "Sheikh Maqsoud|government|asserts|captured|northern command"),
      RuleExample(
        "Ahrar al-Sham, one of the largest rebel groups, said its fighters seized the village of Abu al-Duhur.",
        "Abu al-Duhur|opposition|asserts|captured|Ahrar al-Sham"),
    ],
    nonTriggering: [
      "Rebels took Idlib.",
      "The army retook Palmyra.",
    ],
    action: .refine { f, g in
      var fired = false
      func trim(_ head: Int) -> Range<Int> {
        let full = g.span(head)
        let cut = g.span(head, excluding: phraseCuts)
        if cut.count < full.count { fired = true }
        return cut
      }
      f.placeSpans = f.places.map { trim($0) }
      if let a = f.actor { f.actorSpan = trim(a) }
      if let s = f.speaker { f.speakerSpan = trim(s) }
      return fired
    })
}
