extension ClaimRules {
  /// "rejected the claim that its troops had seized a town": the claim noun's clause is denied.
  static let denialOfClaim = ClaimRule(
    id: "denial-of-claim",
    summary: "A control predicate in the clause of a claim/report noun that a denial verb takes as object is denied.",
    triggering: [
      RuleExample(
        "The ministry rejected the claim that rebels had seized the town of Kafr Takharim.",
        "Kafr Takharim|opposition|denies|captured|ministry"),
      RuleExample(
        "Kyiv dismissed reports that Russian forces had captured the village of Robotyne.",
        "Robotyne|russian-government|denies|captured|Kyiv"),
    ],
    nonTriggering: [
      "The ministry repeated the claim that rebels had seized the town of Kafr Takharim.",
      "The ministry rejected the plan on Tuesday.",
    ],
    action: .refine { f, g in
      guard ["acl", "ccomp"].contains(String(g.base(f.predicate))), let noun = g.head(f.predicate),
        RuleWords.claimNouns.contains(g.forms[noun]), let d = g.head(noun), RuleWords.denial.contains(g.forms[d])
      else { return false }
      f.stance = f.stance == .asserts ? .denies : .asserts
      f.speaker = g.child(d, "nsubj")
      f.speechVerb = d
      return true
    })
}
