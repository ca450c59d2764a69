/// The estimator's reading of one place during one window: who probably held it and why.
public struct CellEstimate: Hashable, Sendable {
  /// One candidate holder and its probability.
  public struct Alternative: Hashable, Sendable {
    /// The side (or `contested`).
    public var side: Side
    /// Its posterior probability.
    public var probability: Double
    /// Independent voices asserting it: each statement counts by how independently it was made, so two voices
    /// that copy each other count about once.
    public var voices: Double
  }

  /// The place key (gazetteer id, or `unresolved:…`).
  public var place: PlaceID
  /// The window: from the first claim's day to the last day the window's claims cover (at most
  /// ``TruthEstimator/Options/maxWindowDays`` long).
  public var window: TimeSpan
  /// The estimated holder: a side, `contested`, or `undetermined` when the best reading is below the confidence.
  public var holder: Side
  /// The most probable side, even when it is below the confidence (equal to `holder` otherwise).
  public var best: Side
  /// The posterior probability of `best`.
  public var probability: Double
  /// Every named candidate, most probable first.
  public var alternatives: [Alternative]
  /// The probability left to sides nobody named in this window (the model allows for every side it has seen).
  public var unnamed: Double
  /// The claims weighed, in id order.
  public var claims: [ClaimID]
  /// The side a reviewer's verdict says held it, when one covers this window (it is then taken as known).
  public var verdict: Side?
  /// The reasons in words, most important first.
  public var reasons: [String]

  /// True when the estimate names a holder (a side or `contested`) at the chosen confidence.
  public var isDetermined: Bool { holder != .undetermined }
}

/// What the estimator learned about one voice (a claimant group, or a claimant without one).
public struct SourceReliability: Hashable, Sendable {
  /// The independence key (claimant group or lower-cased name).
  public var voice: String
  /// A readable name: the first claimant name seen with this voice.
  public var name: String
  /// Statements weighed (one per window and position).
  public var claims: Int
  /// Statements a final verdict ruled on (upheld or refuted).
  public var verdicts: Int
  /// Expected correct and wrong statements (soft counts from the posterior, verdicts counted as certain),
  /// weighted by how independently each statement was made.
  public var correct: Double
  /// See `correct`.
  public var wrong: Double
  /// The posterior mean of the voice's accuracy: (correct + a) / (correct + wrong + a + b) with the prior Beta(a, b).
  public var reliability: Double
  /// The 90% credible interval of the accuracy.
  public var low: Double
  /// See `low`.
  public var high: Double
}

/// A voice that appears to repeat another (or is known to: an explicit "X, citing Y").
public struct CopyRelation: Hashable, Sendable {
  /// The voice that appears to copy.
  public var copier: String
  /// The voice it appears to copy.
  public var original: String
  /// How sure: the posterior probability that the two are dependent (1 for an explicit attribution).
  public var probability: Double
  /// How sure of the direction (0.5: cannot tell who copies whom).
  public var directionProbability: Double
  /// Windows where both speak.
  public var shared: Int
  /// Of those, windows where both say the same thing and it is probably false (the telling sign of copying).
  public var sharedFalse: Double
  /// Windows where both say the same thing.
  public var agreeing: Int
  /// True when the copy is stated: claims carried by `copier` attributed to `original`.
  public var isExplicit: Bool
}

/// The estimator's output: per place and window, per voice, and the copy relations.
public struct TruthEstimate: Sendable {
  /// One estimate per place and window, by place key (byte order), then window.
  public var cells: [CellEstimate]
  /// Every voice, ranked by the lower bound of its reliability interval (then statements, then voice).
  public var sources: [SourceReliability]
  /// Copy relations at or above the reporting threshold, surest first.
  public var copies: [CopyRelation]
  /// The options used.
  public var options: TruthEstimator.Options
}

extension Side {
  /// The estimate's holder when the evidence does not support a call at the chosen confidence.
  public static let undetermined: Side = "undetermined"
}
