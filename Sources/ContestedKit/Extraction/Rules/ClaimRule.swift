/// One claim rule over the dependency parse, as data: an id, a one-line summary, executable examples, and what
/// it does — find control-predicate frames in a sentence, or refine a frame another rule found.
///
/// Every triggering example must give its claim through the production configuration, and the rule must fire on
/// it; no non-triggering example may fire the rule (`ClaimRuleExampleTests`).
struct ClaimRule: Sendable {
  /// What a rule does.
  enum Action: Sendable {
    /// Finds frames in a sentence.
    case find(@Sendable (SentenceGraph) -> [PredicateFrame])
    /// Refines a frame; returns true when it changed something (the rule fired).
    case refine(@Sendable (inout PredicateFrame, SentenceGraph) -> Bool)
    /// Reads a sentence without a predicate that denies the previous sentence's claims ("That is false.").
    case deniesPrevious(@Sendable (SentenceGraph) -> Bool)
  }

  /// Kebab-case id ("quote-marked-verb").
  var id: String
  /// One line saying what the rule reads.
  var summary: String
  /// Sentences the rule must fire on, each with the claim it must give.
  var triggering: [RuleExample]
  /// Sentences the rule must not fire on.
  var nonTriggering: [String]
  /// What the rule does.
  var action: Action
}
