extension ClaimRules {
  static let attemptNouns: Set<String> = ["attempt", "attempts", "bid", "effort", "efforts", "plan", "plans", "push"]

  /// "tried to take X", "plans to seize X", "a bid to capture X": attempts and plans are not claims.
  static let attemptOrPlan = ClaimRule(
    id: "attempt-or-plan",
    summary: "A control predicate under try/attempt/plan/aim/threaten (xcomp) or a bid/attempt noun is not a claim.",
    triggering: [
      RuleExample("Rebels tried to capture the town of Morek on Thursday.", ""),
      RuleExample("The army launched a bid to retake the town of Morek.", ""),
    ],
    nonTriggering: [
      "Rebels captured the town of Morek on Thursday.",
      "The army retook the town of Morek after a long siege.",
    ],
    action: .refine { f, g in
      guard let h = g.head(f.predicate) else { return false }
      let rel = g.base(f.predicate)
      let verbal = (rel == "xcomp" || rel == "advcl") && RuleWords.attempts.contains(g.forms[h])
      let nominal = rel == "acl" && attemptNouns.contains(g.forms[h])
      guard verbal || nominal else { return false }
      f.blocked = "attempt or plan"
      return true
    })
}
