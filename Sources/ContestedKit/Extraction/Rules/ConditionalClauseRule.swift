extension ClaimRules {
  /// "if the army takes X", "unless rebels seize X": conditions are not claims.
  static let conditionalClause = ClaimRule(
    id: "conditional-clause",
    summary: "A control predicate marked by if/unless/whether (mark) is a condition, not a claim.",
    triggering: [
      RuleExample("If the army takes the town of Saraqib, the road to Aleppo opens.", ""),
      RuleExample("Commanders asked whether rebels had seized the town of Saraqib.", ""),
    ],
    nonTriggering: [
      "The army took the town of Saraqib, and the road to Aleppo opened.",
      "Commanders said rebels had seized the town of Saraqib.",
    ],
    action: .refine { f, g in
      guard g.hasChild(f.predicate, "mark", in: RuleWords.conditions) else { return false }
      f.blocked = "condition"
      return true
    })
}
