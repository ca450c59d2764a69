extension ClaimRules {
  /// "since 2016, when an air campaign retook it": a clause hanging from a time word is dated by that time.
  static let backgroundClause = ClaimRule(
    id: "background-clause",
    summary:
      "A control predicate in a when-clause of a time phrase (acl:relcl/advcl of a year or month) is dated by it.",
    triggering: [
      RuleExample(
        "It was the first attack on the town of Palmyra since 2017, when government forces recaptured the town of Palmyra.",
        "Palmyra|government|asserts|recaptured||2017-01-01/2017-12-31")
    ],
    nonTriggering: [
      "Government forces recaptured the town of Palmyra when the militants fled.",
      "Government forces recaptured the town of Palmyra in March.",
    ],
    action: .refine { f, g in
      guard f.time == nil, let w = g.children[f.predicate].first(where: { g.forms[$0] == "when" }), w >= 2,
        g.forms[w - 1] == ",", isTimeWord(g, w - 2)
      else { return false }
      f.time = w - 2
      return true
    })
}
