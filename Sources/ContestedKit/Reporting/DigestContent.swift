/// What a digest shows, worked out once from a ``Digest`` so that the Markdown and HTML renderers show the same
/// things and the summary counts are the counts of the sections.
///
/// Conflicts are in the period when their window overlaps it, and *new* when their window starts in it. Open (and
/// in-review) conflicts are listed by priority, at most ``Digest/limit`` of them; verdicts and unresolvable
/// conflicts are listed when their conflict is in the period or the decision was recorded in it; a contested place
/// is a place of a listed conflict.
public struct DigestContent: Sendable {
  /// One conflict as listed: its place, its positions with their claims, the estimator's reading.
  public struct Listed: Sendable {
    /// The conflict.
    public var conflict: Conflict
    /// The place's display name.
    public var placeName: String
    /// True when its window starts in the period.
    public var isNew: Bool
    /// Each position ("government holds") with its claims, grouped by sentence.
    public var positions: [Position]
    /// The review decision (verdict or unresolvable note), when there is one.
    public var decision: ConflictDecision?
    /// The estimator's reading of the conflict's window.
    public var assessed: CellEstimate?
  }

  /// A position of a conflict and its claims.
  public struct Position: Sendable {
    /// "government holds".
    public var label: String
    /// The claims, grouped by sentence.
    public var groups: [DigestClaimGroup]
    /// Cited claim ids missing from the ledger.
    public var missing: [ClaimID]
  }

  /// The claims about one contested place, in date order.
  public struct PlaceTimeline: Sendable {
    /// The place key.
    public var place: PlaceID
    /// Its display name.
    public var name: String
    /// The listed conflicts about it.
    public var conflicts: [Conflict]
    /// Its claims in the period, grouped by sentence and day, earliest first (undated last).
    public var rows: [DigestClaimGroup]
    /// The estimator's reading of its latest listed conflict's window.
    public var assessed: CellEstimate?
  }

  /// The digest's inputs.
  public var digest: Digest
  /// The open and in-review conflicts listed, highest priority first.
  public var open: [Listed]
  /// Open and in-review conflicts in the period (listed or not).
  public var openTotal: Int
  /// Of those, in review.
  public var inReviewTotal: Int
  /// Of those, new in the period.
  public var newTotal: Int
  /// Resolved conflicts with their verdicts, by window.
  public var verdicts: [Listed]
  /// Conflicts marked unresolvable, by window.
  public var unresolvable: [Listed]
  /// A timeline per contested place, by place key.
  public var places: [PlaceTimeline]
  /// Accepted claims about days in the period.
  public var periodClaims: Int

  /// Works out what `digest` shows.
  public init(_ digest: Digest) {
    let d = digest
    self.digest = d
    var byID: [ClaimID: Claim] = [:]
    for c in d.claims where byID[c.id] == nil { byID[c.id] = c }
    let accepted = d.claims.filter { $0.status == .accepted }
    let active = d.conflicts.filter { d.inPeriod($0.window) && ($0.status == .open || $0.status == .inReview) }
      .sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id }
    let decided = d.conflicts.filter { c in
      guard c.status == .resolved || c.status == .unresolvable else { return false }
      return d.inPeriod(c.window) || (d.decisions[c.id]?.day.map(d.inPeriod) ?? false)
    }.sorted { ($0.window.from, $0.id) < ($1.window.from, $1.id) }
    func isNew(_ c: Conflict) -> Bool { d.since.map { c.window.from >= $0 } ?? true }
    func listed(_ c: Conflict) -> Listed {
      let positions = c.sides.map { side in
        Position(
          label: side.label, groups: DigestClaimGroup.group(side.claims.compactMap { byID[$0] }, articles: d.articles),
          missing: side.claims.filter { byID[$0] == nil })
      }
      return Listed(
        conflict: c, placeName: d.placeNames[c.place] ?? c.placeName, isNew: isNew(c), positions: positions,
        decision: d.decisions[c.id], assessed: d.assessed[c.id])
    }
    open = active.prefix(d.limit ?? active.count).map(listed)
    openTotal = active.count
    inReviewTotal = active.filter { $0.status == .inReview }.count
    newTotal = active.filter(isNew).count
    verdicts = decided.filter { $0.status == .resolved }.map(listed)
    unresolvable = decided.filter { $0.status == .unresolvable }.map(listed)
    periodClaims = accepted.filter { c in c.when.map(d.inPeriod) ?? (d.since == nil && d.until == nil) }.count
    places = Self.timelines(of: open + verdicts + unresolvable, accepted: accepted, digest: d)
  }

  /// A timeline for each place of `listed`: the claims its conflicts cite and the accepted claims about the place
  /// or a place inside it (as region), dated in the period or undated.
  static func timelines(of listed: [Listed], accepted: [Claim], digest d: Digest) -> [PlaceTimeline] {
    var byPlace: [PlaceID: [Listed]] = [:]
    for l in listed { byPlace[l.conflict.place, default: []].append(l) }
    // One pass over the claims: for each place with a timeline, the indices of the claims that belong to it.
    var cited: [ClaimID: Set<PlaceID>] = [:]
    for l in listed { for id in l.conflict.claims { cited[id, default: []].insert(l.conflict.place) } }
    var members: [PlaceID: [Int]] = [:]
    for (i, c) in accepted.enumerated() where c.when.map(d.inPeriod) ?? true {
      var places = cited[c.id] ?? []
      if byPlace[c.place.key] != nil { places.insert(c.place.key) }
      if let r = c.place.region, byPlace[r] != nil { places.insert(r) }
      for p in places { members[p, default: []].append(i) }
    }
    return byPlace.keys.sorted().map { place in
      let here = byPlace[place]!
      let related = (members[place] ?? []).map { accepted[$0] }.sorted { x, y in
        let dx = x.when?.from ?? Day(ordinal: Int32.max)
        let dy = y.when?.from ?? Day(ordinal: Int32.max)
        return dx != dy ? dx < dy : x.id < y.id
      }
      let latest = here.filter { $0.assessed != nil }.max {
        ($0.conflict.window.to, $0.conflict.id) < ($1.conflict.window.to, $1.conflict.id)
      }
      return PlaceTimeline(
        place: place, name: here[0].placeName, conflicts: here.map(\.conflict),
        rows: DigestClaimGroup.group(related, articles: d.articles, sameDay: true), assessed: latest?.assessed)
    }
  }

  /// The summary rows: each count is the count of a section below it.
  public var summary: [(label: String, count: Int)] {
    [
      ("Accepted claims about the period", periodClaims),
      ("Open conflicts", openTotal),
      ("of them in review", inReviewTotal),
      ("of them new in the period", newTotal),
      ("Verdicts reached", verdicts.count),
      ("Could not be decided", unresolvable.count),
      ("Contested places", places.count),
    ]
  }

  /// What is listed: "All 3 open conflicts are listed." or "The 50 highest-priority of 73 open conflicts are
  /// listed; 'contested digest --all' lists every one."
  public var limitText: String {
    if openTotal == 0 { return "No conflict is open in this period." }
    if open.count == openTotal {
      return openTotal == 1 ? "The one open conflict is listed." : "All \(openTotal) open conflicts are listed."
    }
    let listed = open.count == 1 ? "The highest-priority" : "The \(open.count) highest-priority"
    return "\(listed) of \(openTotal) open conflicts \(open.count == 1 ? "is" : "are") listed; "
      + "'contested digest --all' lists every one."
  }

  /// "government 74%", "contested 60%" or "undetermined (best reading: government 41%)".
  public static func assessedText(_ c: CellEstimate) -> String {
    let pct = "\(Int((c.probability * 100).rounded()))%"
    return c.isDetermined ? "\(c.holder.rawValue) \(pct)" : "undetermined (best reading: \(c.best.rawValue) \(pct))"
  }

  /// The estimator's first two reasons, without the leading "government 66%: " the assessed text already says.
  public static func assessedReasons(_ c: CellEstimate) -> [String] {
    let prefix = "\(c.best.rawValue) \(Int((c.probability * 100).rounded()))%: "
    return c.reasons.prefix(2).map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
  }

  /// Whether a track record has a verdict that rules on reliability (upheld or refuted).
  public static func hasVerdicts(_ r: TrackRecord) -> Bool { r.decisive > 0 }
}
