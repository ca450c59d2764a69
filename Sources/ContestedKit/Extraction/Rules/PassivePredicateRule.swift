extension ClaimRules {
  static let liberationVerbs: Set<String> = [
    "liberated", "freed", "cleared", "secured", "recaptured", "retaken", "regained", "reclaimed",
  ]

  /// An agentless passive of liberation or recapture: the claimant's own side did it.
  static let passivePredicate = ClaimRule(
    id: "agentless-passive",
    summary: "\"X was liberated/retaken\" with no agent: the place is nsubj:pass, the side the claimant's own.",
    triggering: [
      RuleExample(
        "The town of Kafr Nabudah was liberated on Tuesday, the defence ministry said.",
        "Kafr Nabudah|government|asserts|captured"),
      RuleExample(
        "The village of Tal Rifaat has been retaken, Kurdish militia officials said.",
        "Tal Rifaat|kurdish|asserts|recaptured"),
    ],
    nonTriggering: [
      "The town of Kafr Nabudah was liberated by rebel fighters on Tuesday.",
      "The government forces liberated the town of Kafr Nabudah.",
    ],
    action: .refine { f, g in
      guard f.actor == nil, g.child(f.predicate, "nsubj:pass") != nil,
        liberationVerbs.contains(g.forms[f.predicate]) || f.event == .recaptured
      else { return false }
      f.speakerSide = true
      return true
    })
}
