extension ClaimRules {
  /// "announced the capture of X", "confirmed X's fall": a capture noun announced is the announcer's claim.
  static let nominalPredicate = ClaimRule(
    id: "nominal-predicate",
    summary: "A capture noun (capture, fall, liberation, seizure) of a place (nmod of, or X's) announced by a side.",
    triggering: [
      RuleExample(
        "The Russian defence ministry announced the capture of the village of Pervomaiske.",
        "Pervomaiske|russian-government|asserts|captured"),
      RuleExample(
        "Rebel leaders celebrated the liberation of the town of Kafr Zita by their fighters.",
        "Kafr Zita|opposition|asserts|captured"),
    ],
    nonTriggering: [
      "The capture of the village of Pervomaiske would open the road west.",
      "Analysts discussed the fall of empires at the conference.",
    ],
    action: .find { g in
      var out: [PredicateFrame] = []
      for i in 0..<g.count where g.words[i].upos == "NOUN" {
        guard let sense = PredicateLexicon.standard.nouns[g.forms[i]], let h = g.head(i), g.base(i) == "obj",
          RuleWords.announce.contains(g.forms[h])
        else { continue }
        let places = g.children[i].filter {
          (g.base($0) == "nmod" && g.preposition($0) == "of") || g.words[$0].relation == "nmod:poss"
        }
        guard !places.isEmpty else { continue }
        var f = PredicateFrame(predicate: i, event: sense.event, direction: sense.direction, rule: "nominal-predicate")
        f.places = places
        f.actor = g.children(i, base: "nmod").first { ["by", "to"].contains(g.preposition($0)) }
        f.speaker = g.child(h, "nsubj")
        f.speechVerb = h
        if f.actor == nil { f.speakerSide = true }
        out.append(f)
      }
      return out
    })
}
