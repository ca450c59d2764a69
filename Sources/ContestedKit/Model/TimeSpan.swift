/// How precisely a time expression pins the claimed event or state.
public enum DatePrecision: String, Codable, CaseIterable, Sendable {
  /// A named part of one day ("Friday night", "late Thursday").
  case partOfDay = "part-of-day"
  case day
  case week
  case month
  /// Any other explicit range ("in the past 48 hours", "since June 27").
  case range
}

/// When a claimed event happened or a claimed state held: an inclusive span of days with its precision.
public struct TimeSpan: Hashable, Sendable, CustomStringConvertible {
  public var from: Day
  public var to: Day
  public var precision: DatePrecision
  /// For `.partOfDay`: which part ("morning", "night", "late" …).
  public var partOfDay: String?

  /// - Precondition: `from <= to`; an inverted span is swapped rather than trapping.
  public init(from: Day, to: Day, precision: DatePrecision = .range, partOfDay: String? = nil) {
    self.from = min(from, to)
    self.to = max(from, to)
    self.precision = precision
    self.partOfDay = partOfDay
  }

  public static func day(_ d: Day) -> TimeSpan { TimeSpan(from: d, to: d, precision: .day) }

  /// Whether two inclusive windows share a day.
  public func overlaps(_ other: TimeSpan) -> Bool {
    Self.overlaps(from.ordinal, to.ordinal, other.from.ordinal, other.to.ordinal)
  }

  /// The one window-overlap rule, on day ordinals: inclusive windows `[aFrom, aTo]` and `[bFrom, bTo]` share a day.
  /// Every conflict sweep (`Reconciler`, `ConflictEngine`, `PairCheck`) asks this.
  @inline(__always)
  public static func overlaps(_ aFrom: Int32, _ aTo: Int32, _ bFrom: Int32, _ bTo: Int32) -> Bool {
    aFrom <= bTo && bFrom <= aTo
  }

  /// `2016-06-17`, or `2016-02-01/2016-02-29` for a range (the corpus's gold form).
  public var description: String { from == to ? from.iso : "\(from.iso)/\(to.iso)" }

  /// Parses `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`; a single day gets `.day` precision.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 1, let d = Day(iso: parts[0]) {
      self = .day(d)
    } else if parts.count == 2, let a = Day(iso: parts[0]), let b = Day(iso: parts[1]), a <= b {
      self.init(from: a, to: b, precision: .range)
    } else {
      return nil
    }
  }
}
