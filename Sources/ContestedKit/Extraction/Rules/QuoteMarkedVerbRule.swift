extension ClaimRules {
  /// A control verb in quote marks is still the claim's predicate.
  static let quoteMarkedVerb = ClaimRule(
    id: "quote-marked-verb",
    summary: "A control verb in quote marks (\"liberated\") is read like the bare verb; the quotes are the writer's.",
    triggering: [
      RuleExample(
        "The defence ministry said its forces had \"liberated\" the village of Karmaniya.",
        "Karmaniya|government|asserts|captured"),
      RuleExample(
        "Rebel commanders said they had \"freed\" the town of Kafr Safra.",
        "Kafr Safra|opposition|asserts|captured"),
    ],
    nonTriggering: [
      "The defence ministry said its forces had liberated the village of Karmaniya.",
      "Officials called the operation \"a success\" on Sunday.",
    ],
    action: .find { g in
      var out: [PredicateFrame] = []
      for i in 0..<g.count where g.quoted[i] {
        let tails = VerbArguments.tailWords(g, i)
        guard let sense = PredicateLexicon.standard.sense(of: g.forms[i], first: { tails.contains($0) }) else {
          continue
        }
        if let f = VerbArguments.frame(g, i, sense, rule: "quote-marked-verb") { out.append(f) }
      }
      return out
    })
}
