extension ClaimRules {
  /// A control verb read with its arguments by relation.
  static let controlVerb = ClaimRule(
    id: "control-verb",
    summary: "A control verb with its actor (nsubj) and place (obj, or obl with from/into/in) is a claim.",
    triggering: [
      RuleExample(
        "Rebel fighters seized the village of Tall Marwan on Monday.", "Tall Marwan|opposition|asserts|captured"),
      RuleExample(
        "The army recaptured Qasr Hamdan after a week of fighting.", "Qasr Hamdan|government|asserts|recaptured"),
      RuleExample("Islamic State militants withdrew from Bir Safra overnight.", "Bir Safra|isis|asserts|withdrew"),
    ],
    nonTriggering: [
      "Rebel fighters seized on the confusion at the checkpoint.",
      "The army spokesman spoke to reporters in the capital.",
    ],
    action: .find { g in
      var out: [PredicateFrame] = []
      for i in 0..<g.count where g.words[i].upos == "VERB" && !g.quoted[i] {
        guard g.base(i) != "amod", g.base(i) != "compound" else { continue }
        let tails = VerbArguments.tailWords(g, i)
        guard let sense = PredicateLexicon.standard.sense(of: g.forms[i], first: { tails.contains($0) }) else {
          continue
        }
        if let f = VerbArguments.frame(g, i, sense, rule: "control-verb") { out.append(f) }
      }
      return out
    })
}
