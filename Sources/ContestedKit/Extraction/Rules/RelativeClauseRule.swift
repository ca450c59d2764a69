extension ClaimRules {
  /// The noun a relative clause hangs from, when the predicate sits in it (directly or under a speech verb).
  static func relativeAntecedent(_ g: SentenceGraph, _ i: Int) -> Int? {
    var k = i
    for _ in 0..<4 {
      if let w = g.children[k].first(where: { $0 < k && RuleWords.relativePronouns.contains(g.forms[$0]) }),
        let a = linearAntecedent(g, w)
      {
        return a
      }
      let lo = g.span(k).lowerBound
      if lo < k, RuleWords.relativePronouns.contains(g.forms[lo]), let a = linearAntecedent(g, lo) { return a }
      if g.words[k].relation.hasSuffix("relcl") { return g.head(k) }
      guard ["ccomp", "xcomp", "conj"].contains(String(g.base(k))), let h = g.head(k) else { return nil }
      k = h
    }
    return nil
  }

  /// ", which": the noun just before the comma (its head noun for "the village of X").
  static func linearAntecedent(_ g: SentenceGraph, _ w: Int) -> Int? {
    guard w >= 2, g.base(w - 1) == "punct", g.forms[w - 1] == "," else { return nil }
    var a = w - 2
    guard ["NOUN", "PROPN"].contains(g.words[a].upos) else { return nil }
    while let h = g.head(a), h < a, g.base(a) == "flat" || g.base(a) == "compound" { a = h }
    if g.base(a) == "nmod", let h = g.head(a), g.words[h].upos == "NOUN", h < a { return h }
    return a
  }

  /// "X, which the ministry said its units had stormed": the relative pronoun stands for X.
  static let relativeClause = ClaimRule(
    id: "relative-clause",
    summary:
      "A predicate inside a relative clause whose place is the relative pronoun (or missing) takes the antecedent.",
    triggering: [
      RuleExample(
        "Shelling hit the town of Jisr al-Shughur, which the army said its units had stormed.",
        "Jisr al-Shughur|contested|asserts|contested"),
      RuleExample(
        "Shelling hit the village of Deir Hafer, which rebels captured.",
        "Deir Hafer|opposition|asserts|captured"),
    ],
    nonTriggering: [
      "Rebels captured the village of Deir Hafer on Monday.",
      "The convoy, which carried food, reached the village of Deir Hafer.",
    ],
    action: .refine { f, g in
      guard let a = relativeAntecedent(g, f.predicate) else { return false }
      let pronounPlace = f.places.firstIndex { RuleWords.relativePronouns.contains(g.forms[$0]) }
      if let p = pronounPlace {
        f.places[p] = a
        return true
      }
      guard f.places.isEmpty else { return false }
      f.places = [a]
      return true
    })
}
