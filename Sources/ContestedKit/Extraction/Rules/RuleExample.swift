/// A sentence a claim rule must fire on and the claim it must give, written as
/// "place|side|stance|event" (`Claim` fields; side and event as their raw values), optionally followed by
/// "|claimant" when the rule sets it; "" for a rule that blocks: the sentence must give no claim.
struct RuleExample: Sendable {
  /// The sentence, in the rule writer's own words (never corpus text).
  var sentence: String
  /// The claim it must give.
  var claim: String
  /// Earlier sentences of the same article, when the rule reads across sentences.
  var context: String

  init(_ sentence: String, _ claim: String, context: String = "") {
    self.sentence = sentence
    self.claim = claim
    self.context = context
  }
}
