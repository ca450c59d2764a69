/// Every claim rule, in the order the engine runs them: finders first, then refinements (negation and denial
/// before attribution, so a denier becomes the claimant; time last).
enum ClaimRules {
  static let all: [ClaimRule] = [
    controlVerb, quoteMarkedVerb, passivePredicate, declaredParticiple, nominalPredicate, relativeClause,
    coordinatedPlaces, modalAuxiliary, attemptOrPlan, conditionalClause, negation, deniedClause, denialOfClaim,
    speechAttribution, accordingTo, citedSource, nounPhraseExtent, ownTimeExpression, backgroundClause, thatIsFalse,
  ]

  /// The frames the rules read in a sentence: found, deduplicated by predicate, refined.
  static func frames(_ g: SentenceGraph, rules: [ClaimRule] = all) -> [PredicateFrame] {
    var frames: [PredicateFrame] = []
    for r in rules {
      guard case .find(let find) = r.action else { continue }
      for f in find(g) where !frames.contains(where: { $0.predicate == f.predicate }) { frames.append(f) }
    }
    for k in frames.indices {
      for r in rules {
        guard case .refine(let refine) = r.action else { continue }
        if refine(&frames[k], g) { frames[k].rules.append(r.id) }
      }
    }
    return frames
  }

  /// The ids of the sentence-level denial rules that fire on a sentence.
  static func deniesPrevious(_ g: SentenceGraph, rules: [ClaimRule] = all) -> [String] {
    rules.compactMap { r in
      guard case .deniesPrevious(let test) = r.action, test(g) else { return nil }
      return r.id
    }
  }
}
