extension ClaimRules {
  /// "AFP, citing Kurdish militias, reported …": the cited source is kept as the next link of the chain.
  static let citedSource = ClaimRule(
    id: "cited-source",
    summary: "A claimant citing or quoting a source (acl/advcl citing X) keeps the chain: claimant, then source.",
    triggering: [
      RuleExample(
        "AFP, citing Kurdish militias, reported that Islamic State had lost the town of Tal Abyad.",
        "Tal Abyad|isis|asserts|lost|Kurdish militias"),
      RuleExample(
        "State television said, citing a military source, that the army had recaptured the town of Morek.",
        "Morek|government|asserts|recaptured|military source"),
    ],
    nonTriggering: [
      "AFP reported that Islamic State had lost the town of Tal Abyad.",
      "The army recaptured the town of Morek.",
    ],
    action: .refine { f, g in
      if let c = (0..<g.count).first(where: {
        RuleWords.citing.contains(g.forms[$0]) && $0 > 0 && g.forms[$0 - 1] == ","
      }) {
        var e = c + 1
        while e < g.count && g.words[e].upos != "PUNCT" && g.words[e].upos != "SCONJ" { e += 1 }
        guard e > c + 1 else { return false }
        f.sources.append((c + 1)..<e)
        if f.speaker == nil && f.speakerSpan == nil && c >= 2 { f.speakerSpan = 0..<(c - 1) }
        return true
      }
      guard let s = f.speaker else { return false }
      let holders = [s] + (f.speechVerb.map { [$0] } ?? [])
      for h in holders {
        for c in g.children[h] where RuleWords.citing.contains(g.forms[c]) {
          guard let o = g.child(c, "obj") else { continue }
          f.sources.append(g.span(o, excluding: phraseCuts))
          return true
        }
      }
      return false
    })
}
