extension ClaimRules {
  /// True for a word that names a time: a year, a month, a weekday, "yesterday".
  static func isTimeWord(_ g: SentenceGraph, _ i: Int) -> Bool {
    let f = g.forms[i]
    if ["yesterday", "today", "ago", "overnight", "morning", "night", "week", "month", "year"].contains(f) {
      return true
    }
    for t in g.tokens[i] where t < g.sentence.count {
      let tok = g.sentence[t]
      if tok.isa(WordClass.month) || tok.isa(WordClass.weekday) { return true }
      if tok.kind == .number && tok.value >= 1900 && tok.value <= 2100 && f.utf8.count == 4 { return true }
    }
    return false
  }

  /// A time phrase of the predicate's own clause (obl, obl:tmod, nmod:tmod, advmod), if any.
  static func ownTime(_ g: SentenceGraph, _ i: Int) -> Int? {
    for c in g.children[i] where ["obl", "advmod", "nmod"].contains(String(g.base(c))) {
      if g.subtree(c, excluding: phraseCuts).contains(where: { isTimeWord(g, $0) }) { return c }
    }
    return nil
  }

  /// "retook it in 2016": a past event with its own time expression is dated by it, not by the article.
  static let ownTimeExpression = ClaimRule(
    id: "own-time-expression",
    summary: "A control predicate with its own time phrase (obl, obl:tmod) is dated by that phrase.",
    triggering: [
      RuleExample(
        "Government forces recaptured the town of Maaloula in April 2014.",
        "Maaloula|government|asserts|recaptured||2014-04-01/2014-04-30"),
      RuleExample(
        "Rebels first seized the town of Qusayr in 2012.", "Qusayr|opposition|asserts|captured||2012-01-01/2012-12-31"),
    ],
    nonTriggering: [
      "Government forces recaptured the town of Maaloula after heavy fighting.",
      "Rebels seized the town of Qusayr, which had been quiet since 2012.",
    ],
    action: .refine { f, g in
      guard f.time == nil, let t = ownTime(g, f.predicate) else { return false }
      f.time = t
      return true
    })
}
