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

  /// Creates an assertion (tests build them directly; `derive` builds them from claims).
  public init(
    claim: ClaimID, place: PlaceID, claimRegion: PlaceID? = nil, side: Side, stance: Stance, window: TimeSpan,
    voice: String, scope: AssertionScope = .whole, isAggregate: Bool = false, basis: String = ""
  ) {
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

  /// True when the two assertions cannot both be true of one place at one time: both assert different
  /// sides, or one asserts a side the other denies. Two denials never contradict.
  public func isIncompatible(with other: ControlAssertion) -> Bool {
    switch (stance, other.stance) {
    case (.asserts, .asserts): return side != other.side
    case (.asserts, .denies), (.denies, .asserts): return side == other.side
    case (.denies, .denies): return false
    }
  }

  /// The day a claim is about: its `when`, else the day of publication, else nil (the claim is untimed).
  public static func span(of claim: Claim) -> TimeSpan? {
    if let when = claim.when { return when }
    if let published = claim.reportedBy.published { return .day(published) }
    return nil
  }

  /// Derives the assertions of `claims` (rejected claims and untimed claims imply none).
  ///
  /// "The next reported change of hands" for a capture by side S is the earliest later-starting asserted
  /// capture of the same place by another side, or asserted loss/withdrawal by S; for a loss by S it is
  /// the earliest later-starting asserted capture by S. Any claimant's report counts.
  public static func derive(from claims: [Claim], options: Reconciler.Options = .init()) -> [ControlAssertion] {
    // Changes of hands by place key, for window ends.
    struct Change {
      var start: Day
      var side: Side
      var isCapture: Bool
    }
    var changes: [PlaceID: [Change]] = [:]
    for c in claims where c.status != .rejected && c.stance == .asserts && (c.event.isCapture || c.event.isLoss) {
      guard let span = span(of: c) else { continue }
      let change = Change(start: span.from, side: c.controller.side, isCapture: c.event.isCapture)
      changes[c.place.key, default: []].append(change)
    }
    for key in changes.keys { changes[key]!.sort { $0.start < $1.start } }

    let tol = max(0, options.toleranceDays)
    let horizon = max(0, options.horizonDays)
    var out: [ControlAssertion] = []
    out.reserveCapacity(claims.count)
    for c in claims where c.status != .rejected {
      guard let span = span(of: c) else { continue }
      let side = c.controller.side
      // The key folds an unresolved name (PlaceRef.unresolvedKey): derive it once per claim.
      let place = c.place.key
      let placeChanges = changes[place] ?? []
      let scope: AssertionScope = (c.quantity == nil || c.quantity!.isAll) ? .whole : .partial
      func make(_ s: Side, _ stance: Stance, _ from: Day, _ to: Day, _ basis: String) -> ControlAssertion {
        ControlAssertion(
          claim: c.id, place: place, claimRegion: c.place.region, side: s, stance: stance,
          window: TimeSpan(from: from, to: to, precision: .range), voice: c.claimant.independenceKey,
          scope: scope, isAggregate: c.quantity != nil, basis: basis)
      }
      let around = (span.from.adding(days: -tol), span.to.adding(days: tol))
      /// The last day before the next change of hands that ends this state, capped by the horizon.
      func until(_ ends: (Change) -> Bool) -> (Day, String) {
        let cap = span.to.adding(days: horizon)
        if let next = placeChanges.first(where: { $0.start > span.from && ends($0) }) {
          let end = max(span.from, next.start.adding(days: -1))
          if end < cap { return (end, "until the next reported change on \(next.start.iso)") }
        }
        return (cap, "for at most \(horizon) days (no later change reported)")
      }
      switch (c.event, c.stance) {
      case (let e, .asserts) where e.isCapture:
        let (end, why) = until { ($0.isCapture && $0.side != side) || (!$0.isCapture && $0.side == side) }
        out.append(make(side, .asserts, span.from, end, "\(e.rawValue): \(side) holds from \(span.from.iso) \(why)"))
      case (let e, .asserts) where e.isLoss:
        let (end, why) = until { $0.isCapture && $0.side == side }
        let basis = "\(e.rawValue): \(side) does not hold from \(span.from.iso) \(why)"
        out.append(make(side, .denies, span.from, end, basis))
      case (.contested, .asserts):
        // Fighting reported on the day of a capture (or the day before) by observers or by the capturing side is
        // the fighting the capture ended: the window stops the day before the capture. Said by the capturer's
        // enemy, it disputes the capture, and the window stays.
        let voice = c.claimant.side
        let observer = voice == nil || voice == .media || voice == .independentMonitor || voice == .unknown
        if let taken = placeChanges.first(where: {
          $0.isCapture && $0.start >= span.from && $0.start <= around.1 && (observer || $0.side == voice)
        }) {
          let end = taken.start.adding(days: -1)
          out.append(
            make(
              .contested, .asserts, min(around.0, end), end,
              "contested: nobody holds it until the capture on \(taken.start.iso)"))
        } else {
          out.append(make(.contested, .asserts, around.0, around.1, "contested: nobody holds it, ± \(tol) days"))
        }
      case (let e, .asserts):
        // holds, repelled-attack and any other event: the controller holds the place at that time. The tolerance
        // does not reach back before the controller's own reported capture of the place within it ("retook it on
        // Thursday" + "holds it on Thursday" is not a claim that it held it on Wednesday).
        var from = around.0
        if let taken = placeChanges.last(where: {
          $0.isCapture && $0.side == side && $0.start > around.0 && $0.start <= span.from
        }) {
          from = taken.start
        }
        out.append(make(side, .asserts, from, around.1, "\(e.rawValue): \(side) holds, ± \(tol) days"))
      case (.contested, .denies):
        continue
      case (let e, .denies) where e.isLoss:
        out.append(make(side, .asserts, around.0, around.1, "denied \(e.rawValue): \(side) holds, ± \(tol) days"))
      case (let e, .denies):
        let basis = "denied \(e.rawValue): \(side) does not hold, ± \(tol) days"
        out.append(make(side, .denies, around.0, around.1, basis))
      }
    }
    return out
  }
}
