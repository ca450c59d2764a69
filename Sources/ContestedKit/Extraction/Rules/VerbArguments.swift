/// Reads a control verb's arguments by relation: the actor (`nsubj`, `obl:agent`, "by"), the place (`obj`,
/// `nsubj:pass`, `obl` with from/of/in/into), "took control of X", "fell to X", "repelled an attack on X".
enum VerbArguments {
  static let leavePrepositions: Set<String> = ["from", "of", "out"]
  static let placePrepositions: Set<String> = ["in", "into", "inside", "on", "onto", "at"]

  /// A frame for verb `i` with sense `sense`, or nil when the verb has no place argument.
  static func frame(_ g: SentenceGraph, _ i: Int, _ sense: PredicateLexicon.Sense, rule: String) -> PredicateFrame? {
    var f = PredicateFrame(predicate: i, event: sense.event, direction: sense.direction, rule: rule)
    let passive = g.child(i, "nsubj:pass")
    // A subject the parser hung on the auxiliary ("they had freed": nsubj of "had") is the verb's.
    let subject =
      g.child(i, "nsubj") ?? g.children(i, base: "aux").lazy.compactMap { g.child($0, "nsubj") }.first
    let obj = g.child(i, "obj")
    if let passive {
      f.places = [passive]
      f.actor = g.child(i, "obl:agent") ?? g.children(i, base: "obl").first { g.preposition($0) == "by" }
    } else if sense.tail.contains("control"), let o = obj, g.forms[o] == "control" {
      f.places = g.children(o, base: "nmod").filter { ["of", "over"].contains(g.preposition($0)) }
      f.actor = subject
    } else if sense.direction == .objectFalls {
      f.places = subject.map { [$0] } ?? []
      f.actor = toWhom(g, i)
    } else if sense.direction == .subjectLeaves && obj == nil {
      f.places = g.children(i, base: "obl").filter { leavePrepositions.contains(g.preposition($0)) }
      f.actor = subject
    } else if sense.direction == .subjectRepels, let o = obj, RuleWords.attackNouns.contains(g.forms[o]) {
      f.places = g.children(o, base: "nmod").filter { ["on", "against", "in"].contains(g.preposition($0)) }
      f.actor = subject
    } else if let o = obj {
      f.places = [o]
      f.actor = subject
    } else if sense.direction == .entersContested || sense.direction == .subjectLeaves {
      f.places = g.children(i, base: "obl").filter { placePrepositions.contains(g.preposition($0)) }
      f.actor = subject
    }
    guard !f.places.isEmpty || ClaimRules.relativeAntecedent(g, i) != nil else { return nil }
    return f
  }

  /// The words that can continue a predicate's phrase: its children and their prepositions ("broke … into").
  static func tailWords(_ g: SentenceGraph, _ i: Int) -> Set<String> {
    var out = Set<String>()
    for c in g.children[i] {
      out.insert(g.forms[c])
      let p = g.preposition(c)
      if !p.isEmpty { out.insert(p) }
    }
    return out
  }

  /// "fell to the rebels", "fell into the hands of the army": the side it fell to.
  static func toWhom(_ g: SentenceGraph, _ i: Int) -> Int? {
    for o in g.children(i, base: "obl") {
      let p = g.preposition(o)
      if p == "to" { return o }
      if p == "into" || p == "in" || p == "under",
        let n = g.children(o, base: "nmod").first(where: { g.preposition($0) == "of" })
      {
        return n
      }
    }
    return nil
  }
}
