extension ClaimRules {
  /// "could take X", "will seize X": modal and future predicates are not claims.
  static let modalAuxiliary = ClaimRule(
    id: "modal-auxiliary",
    summary: "A control predicate with a modal or future auxiliary (could, may, will, would) is not a claim.",
    triggering: [
      RuleExample("Rebels could seize the town of Khan Shaykhun within days.", ""),
      RuleExample("Officials warned that the army will retake the town of Khan Shaykhun soon.", ""),
    ],
    nonTriggering: [
      "Rebels seized the town of Khan Shaykhun on Monday.",
      "The army has retaken the town of Khan Shaykhun.",
    ],
    action: .refine { f, g in
      guard g.hasChild(f.predicate, "aux", in: RuleWords.modals) else { return false }
      f.blocked = "modal"
      return true
    })

}
