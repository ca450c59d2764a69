extension ClaimRules {
  /// The speech verb a predicate is reported by: an ancestor through ccomp/parataxis, or a parataxis child
  /// ("…, the army said").
  static func speechVerb(_ g: SentenceGraph, _ i: Int) -> Int? {
    var k = i
    for _ in 0..<5 {
      if let p = g.children[k].first(where: { g.base($0) == "parataxis" && RuleWords.speech.contains(g.forms[$0]) }) {
        return p
      }
      guard let h = g.head(k) else { return nil }
      let rel = g.base(k)
      guard ["ccomp", "parataxis", "xcomp", "conj", "acl:relcl"].contains(String(rel)) || rel == "acl" else {
        return nil
      }
      if RuleWords.speech.contains(g.forms[h]) && rel != "conj" { return h }
      k = h
    }
    return nil
  }

  /// "The army said (that) it had taken X", "X fell, the ministry said": the speech verb's subject is the claimant.
  static let speechAttribution = ClaimRule(
    id: "speech-attribution",
    summary: "A control predicate under a speech verb (ccomp, parataxis) is claimed by that verb's subject.",
    triggering: [
      RuleExample(
        "The Syrian army said it had recaptured the town of Khanasser.",
        "Khanasser|government|asserts|recaptured|Syrian army"),
      RuleExample(
        "Kurdish fighters took the village of Tal Abyad, a YPG spokesman said.",
        "Tal Abyad|kurdish|asserts|captured|YPG spokesman"),
    ],
    nonTriggering: [
      "Kurdish fighters took the village of Tal Abyad on Sunday.",
      "The Syrian army recaptured the town of Khanasser.",
    ],
    action: .refine { f, g in
      guard f.speaker == nil, let v = speechVerb(g, f.predicate),
        let s = g.child(v, "nsubj") ?? g.child(v, "obl:agent")
      else { return false }
      f.speaker = s
      f.speechVerb = v
      return true
    })
}
