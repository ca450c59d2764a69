/// The assertion one claim implies (`ControlAssertion.derive`), given the changes of hands reported at its place.
struct AssertionDerivation {
  /// A reported change of hands at a place.
  struct Change {
    var start: Day
    var end: Day
    var side: Side
    var isCapture: Bool
    var isLoss: Bool
    /// About the place as named or all of it (a part or a site changing hands does not end a whole place's state).
    var whole: Bool
    var claimantSide: Side?
  }

  var claim: Claim
  var span: TimeSpan
  var place: PlaceID
  var extent: Extent?
  var changes: [Change]
  var options: Reconciler.Options
  var registry: FactionRegistry?
  /// The claim's voice (``ClaimVoice/key(of:registry:)``), when the caller has it; else computed here.
  var voice: String? = nil
  /// The theatre of the claim's report, for a place without an id (``Coalitions/theatres(ofReports:places:)``).
  var reportTheatre: String? = nil

  var tolerance: Int { max(0, options.toleranceDays) }
  var horizon: Int { max(0, options.horizonDays) }
  /// `when` ± tolerance.
  var around: (Day, Day) { (span.from.adding(days: -tolerance), span.to.adding(days: tolerance)) }
  /// Dated more than `historyDays` before the report's own day: history ("retook it last February"), which holds
  /// at its own time. A change of hands reported within that week is news, and lasts until the next change.
  var isHistory: Bool {
    guard let published = claim.reportedBy.published else { return false }
    return span.to.adding(days: max(0, options.historyDays)) < published
  }

  func make(
    _ side: Side, _ stance: Stance, _ from: Day, _ to: Day, _ basis: String, mode: AssertionMode = .control,
    core: TimeSpan? = nil
  ) -> ControlAssertion {
    let window = TimeSpan(from: from, to: to, precision: .range)
    return ControlAssertion(
      claim: claim.id, place: place, claimRegion: claim.place.region, side: side, stance: stance, window: window,
      voice: voice ?? ClaimVoice.key(of: claim, registry: registry),
      scope: (claim.quantity == nil || claim.quantity!.isAll) ? .whole : .partial, isAggregate: claim.quantity != nil,
      basis: basis, extent: extent, mode: mode, isCapture: claim.event.isCapture && claim.stance == .asserts,
      isChange: (claim.event.isCapture || claim.event.isLoss) && claim.stance == .asserts, tolerance: tolerance,
      core: core ?? TimeSpan(from: span.from, to: span.to, precision: .range),
      report: ControlAssertion.reportKey(of: claim),
      camp: options.coalitions.camp(of: side, in: claim, place: place, reportTheatre: reportTheatre))
  }

  /// The last day before the next whole change of hands that ends this state, capped by the horizon.
  func until(_ ends: (Change) -> Bool) -> (Day, String) {
    let cap = span.to.adding(days: horizon)
    // Sorted by start: the first later change that ends the state; one starting past the cap cannot shorten it.
    var i = firstChange(startingAfter: span.from)
    while i < changes.count, changes[i].start.adding(days: -1) < cap {
      let next = changes[i]
      if next.whole && ends(next) {
        let end = max(span.from, next.start.adding(days: -1))
        if end < cap { return (end, "until the next reported change on \(next.start.iso)") }
        break
      }
      i += 1
    }
    return (cap, "for at most \(horizon) days (no later change reported)")
  }

  func assertion() -> ControlAssertion? {
    let side = claim.controller.side
    let e = claim.event
    switch claim.stance {
    case .asserts where e.isCapture:
      if isHistory { return point(side, .asserts, "\(e.rawValue) (history): \(side) holds at that time") }
      let (end, why) = until { ($0.isCapture && $0.side != side) || ($0.isLoss && $0.side == side) }
      let basis = "\(e.rawValue): \(side) holds from \(span.from.iso) \(why)"
      return make(side, .asserts, span.from, end, basis, core: TimeSpan(from: span.from, to: end, precision: .range))
    case .asserts where e.isLoss:
      if isHistory { return point(side, .denies, "\(e.rawValue) (history): \(side) does not hold at that time") }
      let (end, why) = until { $0.isCapture && $0.side == side }
      let basis = "\(e.rawValue): \(side) does not hold from \(span.from.iso) \(why)"
      return make(side, .denies, span.from, end, basis, core: TimeSpan(from: span.from, to: end, precision: .range))
    case .asserts where e == .contested: return fighting()
    case .asserts where e.isPresence:
      return point(side, .asserts, "\(e.rawValue): \(side) is inside", mode: .presence)
    case .asserts: return holding(side)
    case .denies where e == .contested: return nil
    case .denies where e.isLoss:
      // "It has not been lost": the side is still there, which is not a claim of control of all of it.
      return point(side, .asserts, "denied \(e.rawValue): \(side) is still there", mode: .presence)
    case .denies where e.isPresence:
      return point(side, .denies, "denied \(e.rawValue): \(side) is not inside", mode: .presence)
    case .denies: return point(side, .denies, "denied \(e.rawValue): \(side) does not hold")
    }
  }

  /// A statement about its own time: `when`, widened by the tolerance when `when` is a single day (a range is
  /// already a span: "since 2012 until the day before" does not reach into the next day).
  func point(_ side: Side, _ stance: Stance, _ basis: String, mode: AssertionMode = .control) -> ControlAssertion {
    let (from, to) = span.from == span.to ? around : (span.from, span.to)
    let why = span.from == span.to ? ", ± \(tolerance) days" : ", \(span.from.iso) to \(span.to.iso)"
    return make(side, stance, from, to, basis + why, mode: mode)
  }

  /// holds, repelled-attack: the controller holds the place at that time. The tolerance does not reach back before
  /// the controller's own reported capture of the place within it.
  func holding(_ side: Side) -> ControlAssertion {
    var a = point(side, .asserts, "\(claim.event.rawValue): \(side) holds")
    // `changes` is sorted by start: walk back from the last change starting on or before `span.from`.
    var i = firstChange(startingAfter: span.from) - 1
    while i >= 0, changes[i].start > a.window.from {
      if changes[i].isCapture && changes[i].side == side {
        a.window.from = changes[i].start
        break
      }
      i -= 1
    }
    return a
  }

  /// The index of the first change (``changes`` is sorted by start) that starts after `day`; `changes.count` if none.
  func firstChange(startingAfter day: Day) -> Int {
    var lo = 0
    var hi = changes.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if changes[mid].start > day { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }

  /// Fighting reported on the day of a capture (or the day before) is the fighting the capture ended, when an
  /// observer or the capturing side reports it, or when the reporting side itself concedes a loss or withdrawal
  /// there at that time: the window stops the day before the capture. Said by the capturer's enemy, it disputes
  /// the capture, and the window stays.
  func fighting() -> ControlAssertion {
    let voice = claim.claimant.side
    let observer = voice == nil || voice == .media || voice == .independentMonitor || voice == .unknown
    let concedes = changes.contains {
      $0.isLoss && voice != nil && $0.side == voice && $0.claimantSide == voice && $0.start <= around.1
        && $0.end >= around.0
    }
    if let taken = changes.first(where: {
      $0.isCapture && $0.start >= span.from && $0.start <= around.1 && (observer || concedes || $0.side == voice)
    }) {
      let end = taken.start.adding(days: -1)
      return make(
        .contested, .asserts, min(around.0, end), end,
        "contested: nobody holds it until the capture on \(taken.start.iso)",
        core: TimeSpan(from: min(span.from, end), to: end, precision: .range))
    }
    return point(.contested, .asserts, "contested: nobody holds it")
  }
}
