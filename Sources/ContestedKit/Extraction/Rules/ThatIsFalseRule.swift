extension ClaimRules {
  static let anaphoricSubjects: Set<String> = ["that", "this", "it", "claims", "reports", "claim", "report"]

  /// "They claim they have taken X. That is false.": the next sentence calls the claims false.
  static let thatIsFalse = ClaimRule(
    id: "that-is-false",
    summary: "A sentence whose predicate is false/untrue/a lie with an anaphoric subject denies the previous claims.",
    triggering: [
      RuleExample(
        "That is false.", "Tal Hamid|opposition|denies|captured",
        context: "Rebels said they had captured the village of Tal Hamid."),
      RuleExample(
        "These claims are a lie, the army said.", "Tal Hamid|opposition|denies|captured|army",
        context: "Rebels said they had captured the village of Tal Hamid."),
    ],
    nonTriggering: [
      "That is true.",
      "The report was published on Monday.",
    ],
    action: .deniesPrevious { g in
      for i in 0..<g.count where RuleWords.falsity.contains(g.forms[i]) {
        let subject = g.child(i, "nsubj") ?? g.child(i, "nsubj:pass")
        guard let s = subject, anaphoricSubjects.contains(g.forms[s]) else { continue }
        if g.hasChild(i, "advmod", in: RuleWords.negation) { continue }
        return true
      }
      return false
    })
}
