/// Truth discovery over claims: who probably held each place during each window, how reliable each voice is, and
/// which voices appear to copy which (docs/estimate.md).
///
/// The model is a latent-truth model in the family of TruthFinder, CRH and Dawid–Skene's "one coin" model:
/// each cell (a place during a window) has one true holder (a side, or `contested`); a voice of accuracy a names
/// the true holder with probability a, else one of the other sides at random. Accuracies carry a Beta(a, b)
/// prior and are learned by expectation–maximisation from the claims themselves; final verdicts are labelled
/// truth (the holder a verdict names is taken as known, upheld and refuted rulings as known right and wrong).
/// Voices that share many statements, above all shared false ones, are taken to be dependent in the spirit of
/// Dong, Berti-Équille and Srivastava (VLDB 2009); a dependent voice's agreeing statement is discounted, and an
/// explicit attribution ("X, citing Y") is a copy by definition. A statement against the claimant's interest
/// weighs more, a self-serving one less; older statements in a window weigh less.
///
/// Deterministic: the same claims, rulings and labels give the same estimate, bit for bit (fixed iteration
/// counts, loops in a fixed order). The estimator only reads claims: it never changes which conflicts exist.
public struct TruthEstimator: Sendable {
  /// The model's knobs, with the documented defaults.
  public struct Options: Sendable, Hashable {
    /// Below this probability the holder is `undetermined`.
    public var confidence: Double = 0.5
    /// The longest window, in days, that statements about one place are gathered into.
    public var maxWindowDays: Int = 30
    /// The Beta prior on a voice's accuracy: pseudo-counts of correct and wrong statements (mean a / (a + b)).
    public var priorCorrect: Double = 2
    /// See `priorCorrect`.
    public var priorWrong: Double = 2
    /// The largest prior probability that two voices that speak about the same windows are dependent.
    public var copyPrior: Double = 0.1
    /// The prior share of voices that copy another: a pair's prior is copierShare / (voices − 1), at most
    /// `copyPrior` (``CopyDetector/pairPrior(_:voices:)``).
    public var copierShare: Double = 0.2
    /// The share of its source's statements a copier is assumed to repeat when testing for dependence (the copy
    /// model's c); the discount then uses each pair's own rate of agreement beyond chance.
    public var copyRate: Double = 0.8
    /// Copy relations at least this probable are reported and discount statements.
    public var copyThreshold: Double = 0.5
    /// Two voices are compared for copying only when they speak about at least this many common windows.
    public var minimumShared: Int = 4
    /// At most this many statements of one window enter the pairwise copy comparison (crowded windows say
    /// little per pair and cost quadratically).
    public var copyCellLimit: Int = 32
    /// An admission against interest makes mistakes at this share of the voice's error rate.
    public var admissionErrorFactor: Double = 0.5
    /// A self-serving statement makes mistakes at this multiple of the voice's error rate.
    public var selfServingErrorFactor: Double = 1.5
    /// A statement this many days older than the window's last day weighs half.
    public var recencyHalfLifeDays: Double = 30
    /// The least an old statement weighs.
    public var minimumRecencyWeight: Double = 0.25
    /// Rounds of copy detection (each followed by `iterations` EM steps); the first round has none.
    public var rounds: Int = 3
    /// EM steps per round.
    public var iterations: Int = 10
    /// Whether to write reasons in words (off for speed measurements).
    public var explain: Bool = true
    /// How claims become assertions (horizon and tolerance, as in `contested report`).
    public var derive = Reconciler.Options()

    /// The defaults.
    public init() {}
  }

  /// A final verdict as labelled truth: the side that held `place` during the windows of `claims`.
  public struct Label: Hashable, Sendable {
    /// The conflict's place key.
    public var place: PlaceID
    /// The conflict's claims.
    public var claims: [ClaimID]
    /// The side the verdict names (`unknown` labels nothing).
    public var heldBy: Side

    /// Creates a label.
    public init(place: PlaceID, claims: [ClaimID], heldBy: Side) {
      self.place = place
      self.claims = claims
      self.heldBy = heldBy
    }
  }

  /// The knobs.
  public var options: Options

  /// An estimator with these options.
  public init(options: Options = Options()) { self.options = options }

  /// Estimates every place and window among `claims` (only accepted claims are weighed), given the rulings in
  /// force (``TrackRecord/rulings(from:)``) and verdict labels. `allied` says whether two sides fight together
  /// (besides the coalitions of the claim's theatre, which always count).
  ///
  /// `reconciler`: see the claims as this reconciler does (the one that found the conflicts): its gazetteer
  /// resolves places recorded without an id, its registry makes one voice per originator (``ClaimVoice``: a
  /// government's ministry and the government are one source), its coalitions say which sides are allies (an
  /// ally's gain is not an admission against interest), and its horizon and tolerance replace `options.derive`.
  public func estimate(
    claims: [Claim], rulings: [ClaimID: ClaimRuling] = [:], labels: [Label] = [],
    allied: @escaping @Sendable (Side, Side) -> Bool = { $0 == $1 }, reconciler: Reconciler? = nil
  ) -> TruthEstimate {
    // Only accepted claims are weighed (no copy when all are).
    let accepted = claims.allSatisfy { $0.status == .accepted } ? claims : claims.filter { $0.status == .accepted }
    let derive = reconciler?.options ?? options.derive
    let assertions = ControlAssertion.derive(
      from: accepted, options: derive, places: reconciler?.places, registry: reconciler?.registry,
      hierarchy: reconciler?.hierarchy)
    let problem = EstimationProblem(
      claims: accepted, assertions: assertions, rulings: rulings, labels: labels, options: options,
      coalitions: derive.coalitions, allied: allied)
    var model = TruthModel(problem: problem, options: options)
    model.attributed = CopyDetector.attributions(claims: accepted, problem: problem, registry: reconciler?.registry)
    model.run()
    return EstimateAssembler(model: model, claims: accepted).estimate()
  }
}
