extension ClaimRules {
  /// The nearest denial verb the predicate hangs from through clausal complements, with its subject.
  static func denier(_ g: SentenceGraph, _ i: Int) -> Int? {
    var k = i
    for _ in 0..<4 {
      guard ["ccomp", "xcomp", "conj"].contains(String(g.base(k))), let h = g.head(k) else { return nil }
      if RuleWords.claimNouns.contains(g.forms[h]) { return nil }  // "denied reports that …": denial-of-claim
      if RuleWords.denial.contains(g.forms[h]) { return h }
      k = h
    }
    return nil
  }

  /// "denied that the fighters had broken into the city": a predicate in a denied clause is denied by the denier.
  static let deniedClause = ClaimRule(
    id: "denied-clause",
    summary: "A control predicate in the ccomp of a denial verb (deny, reject, dismiss) is denied by its subject.",
    triggering: [
      RuleExample(
        "The army denied that rebel fighters broke into the town of Qalaat al-Madiq.",
        "Qalaat al-Madiq|opposition|denies|captured|army"),
      RuleExample(
        "Kurdish officials denied that Islamic State had seized the town of Hasakah.",
        "Hasakah|isis|denies|captured|Kurdish officials"),
    ],
    nonTriggering: [
      "Kurdish officials said that Islamic State had seized the town of Hasakah.",
      "The army denied the report on Sunday.",
    ],
    action: .refine { f, g in
      guard let d = denier(g, f.predicate) else { return false }
      f.stance = f.stance == .asserts ? .denies : .asserts
      f.speaker = g.child(d, "nsubj")
      f.speechVerb = d
      return true
    })
}
