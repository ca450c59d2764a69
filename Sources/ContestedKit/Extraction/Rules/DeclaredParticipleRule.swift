extension ClaimRules {
  static let declareVerbs: Set<String> = [
    "declared", "declares", "declare", "pronounced", "announced", "reported", "confirmed",
  ]

  /// The declare verb and the declared place of a participle: "declared retaken" (xcomp, or obj when the tagger
  /// reads the participle as a noun), "declared the town liberated" (xcomp, or acl of the object).
  static func declared(_ g: SentenceGraph, _ i: Int) -> (Int, Int)? {
    guard let h = g.head(i) else { return nil }
    let rel = g.base(i)
    if rel == "xcomp" || rel == "obj", declareVerbs.contains(g.forms[h]) {
      guard let p = g.child(h, "nsubj:pass") ?? g.children(h, base: "obj").first(where: { $0 != i }) else { return nil }
      return (h, p)
    }
    if rel == "acl", g.base(h) == "obj", let v = g.head(h), declareVerbs.contains(g.forms[v]) { return (v, h) }
    return nil
  }

  /// "the village was declared retaken", "the army declared the town liberated".
  static let declaredParticiple = ClaimRule(
    id: "declared-participle",
    summary:
      "A capture participle as xcomp of declare/pronounce: the place is the declared thing, the side the declarer's.",
    triggering: [
      RuleExample(
        "The village of Umm Batna was declared retaken by the army on Friday.",
        "Umm Batna|government|asserts|recaptured"),
      RuleExample(
        "Kurdish commanders declared the town of Tal Tamr liberated.", "Tal Tamr|kurdish|asserts|captured"),
    ],
    nonTriggering: [
      "The village of Umm Batna was declared a military zone.",
      "Kurdish commanders declared a curfew in the town of Tal Tamr.",
    ],
    action: .find { g in
      var out: [PredicateFrame] = []
      for i in 0..<g.count {
        guard let (h, place) = declared(g, i),
          let sense = PredicateLexicon.standard.sense(of: g.forms[i], first: { _ in false })
        else { continue }
        var f = PredicateFrame(
          predicate: i, event: sense.event, direction: sense.direction, rule: "declared-participle")
        f.places = [place]
        f.actor = g.child(h, "obl:agent") ?? g.children(h, base: "obl").first { g.preposition($0) == "by" }
        if f.actor == nil {
          f.speaker = g.child(h, "nsubj")
          f.speechVerb = h
          f.speakerSide = true
        }
        out.append(f)
      }
      return out
    })
}
