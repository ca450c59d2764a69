extension ClaimRules {
  /// "according to X" read on the words, for when the parser hangs the phrase off the wrong word.
  static func linearAccordingTo(_ g: SentenceGraph) -> Range<Int>? {
    guard let i = (0..<max(0, g.count - 2)).first(where: { g.forms[$0] == "according" && g.forms[$0 + 1] == "to" })
    else { return nil }
    var e = i + 2
    while e < g.count && e < i + 10 && g.words[e].upos != "PUNCT" && g.words[e].upos != "SCONJ" { e += 1 }
    guard e > i + 2, g.forms[i + 2] != "plan" else { return nil }
    return (i + 2)..<e
  }

  /// "according to the ministry": the obl headed by according-to on the predicate or a clause above it.
  static let accordingTo = ClaimRule(
    id: "according-to",
    summary: "An \"according to X\" phrase on the predicate (or a clause above it) makes X the claimant.",
    triggering: [
      RuleExample(
        "According to the Syrian Observatory, rebels seized the village of Tal Hadiya.",
        "Tal Hadiya|opposition|asserts|captured|Syrian Observatory"),
      RuleExample(
        "Islamic State fighters overran the town of Sukhnah overnight, according to state media.",
        "Sukhnah|isis|asserts|captured|state media"),
    ],
    nonTriggering: [
      "Rebels seized the village of Tal Hadiya.",
      "Islamic State fighters overran the town of Sukhnah according to plan.",
    ],
    action: .refine { f, g in
      guard f.speaker == nil else { return false }
      if let span = linearAccordingTo(g) {
        f.speakerSpan = span
        return true
      }
      for k in [f.predicate] + g.ancestors(f.predicate).prefix(3) {
        for o in g.children[k] where g.base(o) == "obl" || g.base(o) == "nmod" {
          guard g.preposition(o) == "according", g.forms[o] != "plan" else { continue }
          f.speaker = o
          return true
        }
      }
      return false
    })
}
