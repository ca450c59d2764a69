/// A control predicate read from the parse with its arguments by relation; the rules find and refine frames,
/// and the extractor turns each unblocked frame into claims.
struct PredicateFrame {
  /// The predicate word (verb, participle or noun).
  var predicate: Int
  /// What the predicate reports.
  var event: ControlEvent
  /// How its arguments map onto controller and place.
  var direction: ControlDirection
  /// Head word of the actor phrase (the side that acts), if any.
  var actor: Int?
  /// Head words of the place phrases.
  var places: [Int] = []
  /// Word spans of the places (set by the noun-phrase rule; else each place's subtree).
  var placeSpans: [Range<Int>] = []
  /// Word span of the actor.
  var actorSpan: Range<Int>? = nil
  /// Asserted or denied.
  var stance: Stance = .asserts
  /// Head word of the claimant phrase.
  var speaker: Int? = nil
  /// Word span of the claimant.
  var speakerSpan: Range<Int>? = nil
  /// The speech word the claimant is the subject of.
  var speechVerb: Int? = nil
  /// Word spans of the sources the claimant cites ("AFP, citing Kurdish militias"), outermost first.
  var sources: [Range<Int>] = []
  /// Head word of the predicate's own time expression.
  var time: Int? = nil
  /// Why this frame is not a claim (modality, attempt, condition), if it is not.
  var blocked: String? = nil
  /// The side is the claimant's own (a pronoun actor, an agentless "declared retaken").
  var speakerSide = false
  /// Ids of the rules that found and shaped the frame.
  var rules: [String] = []

  init(predicate: Int, event: ControlEvent, direction: ControlDirection, rule: String) {
    self.predicate = predicate
    self.event = event
    self.direction = direction
    rules = [rule]
  }
}
