/// Whether an assertion is about control of the place or only presence in it.
public enum AssertionMode: String, CaseIterable, Sendable {
  /// The side holds (or does not hold) the place.
  case control
  /// The side is (or is not) inside the place: entered, stormed, breached, "has not lost it".
  case presence
}

/// How much of its place an assertion covers: the whole place or region, or only part of a region
/// ("three villages still held").
public enum AssertionScope: String, CaseIterable, Sendable {
  /// The whole place, or every place of the region ("all Turkmen villages").
  case whole
  /// Some places of the region, not named ("three villages", "most villages").
  case partial
}

/// What a claim implies about control: a side held (or did not hold) a place during a window of days.
///
/// Derived from claims by `ControlAssertion.derive(from:options:)`:
/// - captured / recaptured (asserted): the controller holds the place from the event's first day until the day
///   before the next reported change of hands at that place, or at most `horizonDays` days;
/// - holds / repelled-attack (asserted): the controller (the defender) holds it at that time ± `toleranceDays`;
///   a repelled attack denies the attacker implicitly: asserting the defender is incompatible with any
///   assertion that another side holds the place;
/// - lost / withdrew (asserted): the controller does not hold it, from that day until it is reported to take
///   the place back, or the horizon;
/// - contested (asserted): nobody holds it (the pseudo-side `contested`) at that time ± tolerance;
/// - a denial negates: denying a capture or a holding denies the controller at that time ± tolerance;
///   denying a loss or a withdrawal asserts the controller at that time ± tolerance; denying "contested"
///   implies nothing.
public struct ControlAssertion: Hashable, Sendable {
  /// The claim this follows from.
  public var claim: ClaimID
  /// The place key (`PlaceRef.key`): canonical id, or `unresolved:<text>`.
  public var place: PlaceID
  /// The region the claim itself names for its place, if any (used with the hierarchy).
  public var claimRegion: PlaceID?
  /// The side asserted or denied.
  public var side: Side
  /// Whether the side held the place (`asserts`) or did not (`denies`).
  public var stance: Stance
  /// The inclusive window of days the assertion covers.
  public var window: TimeSpan
  /// The claimant's independence key: claims with equal keys are one voice.
  public var voice: String
  /// Whole place or region, or only part of a region.
  public var scope: AssertionScope
  /// True when the claim counts places (`quantity != nil`).
  public var isAggregate: Bool
  /// Why the window is what it is, for reports ("captured: from 2016-02-05 until the next change").
  public var basis: String
  /// How much of the place (``Extent``); nil: the place as named.
  public var extent: Extent?
  /// Control of the place, or only presence in it (entered, inside, "has not lost it").
  public var mode: AssertionMode
  /// True for a reported capture (a capture claims all of the place it names).
  public var isCapture: Bool
  /// True for a reported change of hands (a capture, or a loss or withdrawal).
  public var isChange: Bool
  /// The tolerance (days) the derivation used: the uncertainty of dates between reports.
  public var tolerance: Int
  /// For a claim about a region: the last day it holds for each place inside that changed hands after it (the day
  /// before that place's next reported change). Empty for other claims.
  public var regionalEnds: [PlaceID: Day] = [:]
  /// The window before the tolerance widened it: two claims of one report compare these (its dates are exact
  /// relative to each other; the tolerance is for the uncertainty between reports).
  public var core: TimeSpan
  /// The report (article, else URL, else outlet and day) the claim comes from; nil when unknown.
  public var report: String?
  /// The coalition of `side` in the claim's theatre (``Coalitions``): allies share it and never conflict.
  public var camp: String

  /// Creates an assertion (tests build them directly; `derive` builds them from claims).
  public init(
    claim: ClaimID, place: PlaceID, claimRegion: PlaceID? = nil, side: Side, stance: Stance, window: TimeSpan,
    voice: String, scope: AssertionScope = .whole, isAggregate: Bool = false, basis: String = "",
    extent: Extent? = nil, mode: AssertionMode = .control, isCapture: Bool = false, isChange: Bool? = nil,
    tolerance: Int = 0, core: TimeSpan? = nil,
    report: String? = nil, camp: String? = nil
  ) {
    self.extent = extent
    self.mode = mode
    self.isCapture = isCapture
    self.isChange = isChange ?? isCapture
    self.tolerance = tolerance
    self.core = core ?? window
    self.report = report
    self.camp = camp ?? side.rawValue
    self.claim = claim
    self.place = place
    self.claimRegion = claimRegion
    self.side = side
    self.stance = stance
    self.window = window
    self.voice = voice
    self.scope = scope
    self.isAggregate = isAggregate
    self.basis = basis
  }

  /// True when the two assertions cannot both be true of one place at one time (the single incompatibility
  /// predicate; rules and examples: `ConflictRule.all`, docs/reconciliation.md):
  /// - two claims of one report whose own days do not overlap are a sequence, whatever the tolerance;
  /// - the sides disagree: two different, non-allied sides are each said to hold it (or one holds and fighting is
  ///   reported), or one side is said to hold it (or be in it) and not to hold it (or not be in it);
  /// - and their extents meet (``ExtentRelation``): a part held by one side is compatible with fighting in the
  ///   place and with the other side holding another part; all of X against a part of X held by another side
  ///   conflicts; a site is a part of its place; outskirts and surroundings are outside it.
  /// - a claim about a region and one about a place inside it (different places): a change of hands at either that
  ///   starts after the other began (by more than the tolerance) is the next change there, a sequence.
  public func isIncompatible(with other: ControlAssertion) -> Bool {
    if Self.isSequenceInOneReport(self, other) { return false }
    if place != other.place {
      // A region-wide claim ends at each place's next reported change of hands.
      if let end = regionalEnds[other.place], other.window.from > end { return false }
      if let end = other.regionalEnds[place], window.from > end { return false }
      // Later than the dates' uncertainty (the tolerance) allows: the next change at that place.
      let slack = max(tolerance, other.tolerance)
      if isChange && window.from > other.window.from.adding(days: slack) { return false }
      if other.isChange && other.window.from > window.from.adding(days: slack) { return false }
    }
    guard Stance.contradict(stance, other.stance, sameHolder: side == other.side) else { return false }
    switch (stance, other.stance) {
    case (.asserts, .asserts):
      guard camp != other.camp else { return false }
      if mode == .presence && other.mode == .presence { return false }
      if mode == .presence || other.mode == .presence {
        let (p, c) = mode == .presence ? (self, other) : (other, self)
        return c.side != .contested && ExtentRelation.presenceMeetsControl(p, c)
      }
      if side == .contested || other.side == .contested {
        let (f, c) = side == .contested ? (self, other) : (other, self)
        return ExtentRelation.fightingMeetsControl(f, c)
      }
      return ExtentRelation.controlsMeet(self, other)
    case (.asserts, .denies), (.denies, .asserts):
      let (a, d) = stance == .asserts ? (self, other) : (other, self)
      // Denying that a side is in a place contradicts its presence or control; denying control does not contradict
      // mere presence.
      if a.mode == .presence && d.mode == .control { return false }
      return ExtentRelation.denialMeetsAssertion(d, a)
    case (.denies, .denies): return false
    }
  }

  /// Two claims of one report whose own days (``core``) do not overlap: the report tells a sequence, whatever the
  /// tolerance between reports.
  public static func isSequenceInOneReport(_ x: ControlAssertion, _ y: ControlAssertion) -> Bool {
    guard let r = x.report, r == y.report else { return false }
    return !x.core.overlaps(y.core)
  }

  /// The day a claim is about: its `when`, else the day of publication, else nil (the claim is untimed).
  public static func span(of claim: Claim) -> TimeSpan? {
    if let when = claim.when { return when }
    if let published = claim.reportedBy.published { return .day(published) }
    return nil
  }

  /// The report a claim comes from, for comparing its dates with another claim's: article, else URL, else outlet
  /// and publication day.
  public static func reportKey(of claim: Claim) -> String? {
    let r = claim.reportedBy
    if let a = r.article { return "article:" + a.rawValue }
    if let u = r.url { return "url:" + u }
    if let o = r.outlet, let p = r.published { return "outlet:" + o + "/" + p.iso }
    return nil
  }

  /// Derives the assertions of `claims` (rejected claims and untimed claims imply none).
  ///
  /// "The next reported change of hands" for a capture by side S is the earliest later-starting asserted
  /// capture of the same place by another side, or asserted loss/withdrawal by S; for a loss by S it is
  /// the earliest later-starting asserted capture by S. Any claimant's report counts. A capture or loss the
  /// report dates before its own publication day is history: it holds at its own time (± tolerance), not from
  /// then on.
  ///
  /// Place resolution is derived state: a claim without an id is resolved here from its head place's text through
  /// `places` (the current gazetteer), so a place or alias added later applies to every claim without an edit; so is
  /// a claim whose id the gazetteer resolved when it was recorded (`PlaceRef.idFromGazetteer`). An id a person set
  /// wins.
  public static func derive(
    from claims: [Claim], options: Reconciler.Options = .init(), places: (any PlaceLexicon)? = nil,
    registry: FactionRegistry? = nil, hierarchy: (any PlaceHierarchy)? = nil
  ) -> [ControlAssertion] {
    var changes: [PlaceID: [AssertionDerivation.Change]] = [:]
    var keys: [PlaceID] = []
    var readings: [PlaceReading] = []
    keys.reserveCapacity(claims.count)
    readings.reserveCapacity(claims.count)
    // A million claims name tens of thousands of places: each text is read once.
    var readingOf: [String: PlaceReading] = [:]
    var unresolvedOf: [String: PlaceID] = [:]
    for c in claims {
      let reading: PlaceReading
      if c.place.extent != nil {
        reading = c.place.reading
      } else if let known = readingOf[c.place.text] {
        reading = known
      } else {
        reading = c.place.reading
        readingOf[c.place.text] = reading
      }
      let head = PlaceRef.headText(of: reading, text: c.place.text)
      // The unresolved key folds the text (slow): only for claims that need it, once per text.
      func unresolved() -> PlaceID {
        if let known = unresolvedOf[head] { return known }
        let k = PlaceID(rawValue: "unresolved:" + PlaceRef.unresolvedKey(head))
        unresolvedOf[head] = k
        return k
      }
      let key: PlaceID
      if c.place.idFromGazetteer, let places {
        key = places.placeID(for: head) ?? unresolved()
      } else {
        key = c.place.id ?? places?.placeID(for: head) ?? unresolved()
      }
      keys.append(key)
      readings.append(reading)
      guard c.status != .rejected, c.stance == .asserts, c.event.isCapture || c.event.isLoss,
        let span = span(of: c)
      else { continue }
      changes[key, default: []].append(
        AssertionDerivation.Change(
          start: span.from, end: span.to, side: c.controller.side, isCapture: c.event.isCapture,
          isLoss: c.event.isLoss, whole: reading.extent == nil || reading.extent?.kind == .whole,
          claimantSide: c.claimant.side))
    }
    for key in changes.keys { changes[key]!.sort { $0.start < $1.start } }
    // Changes of hands at places inside each region, for region-wide claims' per-place ends.
    var inside: [PlaceID: [(place: PlaceID, start: Day)]] = [:]
    for (key, list) in changes {
      for r in hierarchy?.regions(containing: key) ?? [] where r != key {
        for ch in list where ch.whole { inside[r, default: []].append((key, ch.start)) }
      }
    }
    for (i, c) in claims.enumerated() where c.status != .rejected && c.stance == .asserts {
      guard let r = c.place.region, r != keys[i], c.event.isCapture || c.event.isLoss, let span = span(of: c) else {
        continue
      }
      inside[r, default: []].append((keys[i], span.from))
    }
    var out: [ControlAssertion] = []
    out.reserveCapacity(claims.count)
    let reportTheatres = options.coalitions.theatres(ofReports: claims, places: keys)
    var voices = ClaimVoice.Cache(registry: registry)
    for (i, c) in claims.enumerated() where c.status != .rejected {
      guard let span = span(of: c) else { continue }
      let d = AssertionDerivation(
        claim: c, span: span, place: keys[i], extent: readings[i].extent, changes: changes[keys[i]] ?? [],
        options: options, registry: registry, voice: voices.key(of: c),
        reportTheatre: ControlAssertion.reportKey(of: c).flatMap { reportTheatres[$0] })
      guard var a = d.assertion() else { continue }
      let regional = inside[keys[i]] ?? []
      if !regional.isEmpty && a.scope == .whole {
        let after = span.from.adding(days: max(0, options.toleranceDays))
        for (p, start) in regional where start > after {
          let end = start.adding(days: -1)
          if a.regionalEnds[p].map({ end < $0 }) ?? true { a.regionalEnds[p] = end }
        }
      }
      out.append(a)
    }
    return out
  }
}
