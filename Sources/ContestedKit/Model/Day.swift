/// A calendar day (proleptic Gregorian, no time zone), stored as days since 1970-01-01.
///
/// Pure arithmetic: no `Calendar`, no clock. ISO-8601 `YYYY-MM-DD` in and out.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  public var ordinal: Int32

  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// Builds a day from a valid year, month and day, or returns nil (e.g. 2016-02-30).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    let ok = withUnsafeMutableBytes(of: &digits) { buf -> Bool in
      for b in text.utf8 {
        guard count < 10 else { return false }
        buf[count] = b
        count += 1
      }
      return count == 10
    }
    guard ok,
      let parsed = withUnsafeBytes(of: &digits, { Day.parse($0.baseAddress!.assumingMemoryBound(to: UInt8.self), 10) })
    else { return nil }
    self = parsed
  }

  /// Parses exactly `YYYY-MM-DD` (a real calendar day) from `count` UTF-8 bytes at `p`.
  ///
  /// The one day parser: `init?(iso:)`, the claim JSON fast path and `contested check`'s reader all call it.
  @inline(__always)
  public static func parse(_ p: UnsafePointer<UInt8>, _ count: Int) -> Day? {
    guard count == 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
    @inline(__always) func digits(_ from: Int, _ width: Int) -> Int? {
      var v = 0
      for i in from..<(from + width) {
        let c = p[i]
        guard c >= 48, c <= 57 else { return nil }
        v = v * 10 + Int(c - 48)
      }
      return v
    }
    guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else { return nil }
    return Day(year: y, month: m, day: d)
  }

  public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(ordinal)) }

  /// `YYYY-MM-DD`.
  public var iso: String {
    let (y, m, d) = components
    guard (0...9999).contains(y) else {
      func pad(_ v: Int, _ w: Int) -> String {
        let s = String(v)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
      }
      return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
    // The common case without interpolation: ten ASCII digits and dashes, a small (inline) string.
    return String(unsafeUninitializedCapacity: 10) { out in
      out[0] = UInt8(48 + y / 1000)
      out[1] = UInt8(48 + y / 100 % 10)
      out[2] = UInt8(48 + y / 10 % 10)
      out[3] = UInt8(48 + y % 10)
      out[4] = 0x2D
      out[5] = UInt8(48 + m / 10)
      out[6] = UInt8(48 + m % 10)
      out[7] = 0x2D
      out[8] = UInt8(48 + d / 10)
      out[9] = UInt8(48 + d % 10)
      return 10
    }
  }

  public var description: String { iso }

  /// 0 = Monday … 6 = Sunday.
  public var weekday: Int { Int(((Int64(ordinal) % 7) + 7 + 3) % 7) }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + Int32(days)) }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    guard let d = Day(iso: s) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a date YYYY-MM-DD, found '\(s)'")
    }
    self = d
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days_from_civil / civil_from_days.
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }
}
