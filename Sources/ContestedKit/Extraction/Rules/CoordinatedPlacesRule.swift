extension ClaimRules {
  /// "seized A, B and C": every conjunct of a place is a place.
  static let coordinatedPlaces = ClaimRule(
    id: "coordinated-places",
    summary: "Places joined by coordination (conj) are each a place of the claim.",
    triggering: [
      RuleExample(
        "Government troops captured the villages of Kinsabba, Salma and Rabia.", "Salma|government|asserts|captured"),
      RuleExample(
        "Rebels seized Kafr Nabl and Maarrat al-Numan on Sunday.", "Maarrat al-Numan|opposition|asserts|captured"),
    ],
    nonTriggering: [
      "Government troops captured the village of Kinsabba.",
      "Rebels seized Kafr Nabl and shelled the highway.",
    ],
    action: .refine { f, g in
      var added = false
      var k = 0
      while k < f.places.count && f.places.count < 64 {
        let p = f.places[k]
        let heads = [p] + g.children(p, base: "nmod").filter { g.preposition($0) == "of" }
        for c in heads.flatMap({ g.children($0, base: "conj") })
        where !f.places.contains(c) && g.words[c].upos != "VERB" {
          f.places.append(c)
          added = true
        }
        k += 1
      }
      return added
    })
}
