extension ClaimRules {
  /// "had not captured X", "never took X": a negated predicate is denied.
  static let negation = ClaimRule(
    id: "negation",
    summary: "A control predicate with a negation (advmod not/never/n't) is a denial.",
    triggering: [
      RuleExample("Rebel fighters have not captured the town of Kafranbel.", "Kafranbel|opposition|denies|captured"),
      RuleExample("Government troops never entered the village of Tal Aran.", "Tal Aran|government|denies|captured"),
    ],
    nonTriggering: [
      "Rebel fighters have captured the town of Kafranbel.",
      "Not long after dawn, government troops entered the village of Tal Aran.",
    ],
    action: .refine { f, g in
      guard g.hasChild(f.predicate, "advmod", in: RuleWords.negation) else { return false }
      f.stance = f.stance == .asserts ? .denies : .asserts
      return true
    })
}
