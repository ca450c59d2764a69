import Foundation

/// The tab-separated place form used by the workspace `places.tsv` and by the bundled gazetteer.
///
/// ```
/// # comment lines and blank lines are skipped; the header line is optional
/// id	name	kind	latitude	longitude	parents	aliases	population	source
/// cur:ein-eisa	Ein Eisa	populated	35.87	36.05	region:jabal-al-turkman	Ain Eisa|Ayn Eisa		curated
/// ```
/// Only `id` and `name` are required; missing trailing columns take defaults (kind `populated`, source `user`).
/// `parents` is comma-separated place ids, `aliases` is `|`-separated.
public enum PlacesTSV {
  /// The column names, in order.
  public static let columns = [
    "id", "name", "kind", "latitude", "longitude", "parents", "aliases", "population", "source",
  ]

  /// The header line (without newline).
  public static var header: String { columns.joined(separator: "\t") }

  /// A malformed row: 1-based line number, the column, and what was expected.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the parsed text.
    public var line: Int
    /// The column name ("kind", "latitude", …).
    public var field: String
    /// What was expected and what was found.
    public var reason: String
    /// Creates an error.
    public init(line: Int, field: String, reason: String) {
      self.line = line
      self.field = field
      self.reason = reason
    }
    /// "line 3: latitude: expected a number in -90...90, found 'north'."
    public var description: String { "line \(line): \(field): \(reason)." }
  }

  /// Parses `text`; throws ``ParseError`` at the first malformed row.
  public static func parse(_ text: String, defaultSource: String = "user") throws(ParseError) -> [Place] {
    var places: [Place] = []
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if line.isEmpty || line.first == "#" { continue }
      if line.hasPrefix("id\tname") { continue }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      places.append(try parseRow(line, line: lineNumber, defaultSource: defaultSource))
    }
    return places
  }

  static func parseRow(_ line: Substring, line n: Int, defaultSource: String) throws(ParseError) -> Place {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(fastTrim)
    func field(_ i: Int) -> String { i < f.count ? f[i] : "" }
    guard f.count >= 2 else {
      throw ParseError(line: n, field: "name", reason: "expected at least 'id<TAB>name', found no tab")
    }
    let id = field(0)
    guard !id.isEmpty, !id.contains(" ") else {
      throw ParseError(
        line: n, field: "id", reason: "expected a non-empty id without spaces (e.g. user:my-village), found '\(id)'")
    }
    let name = field(1)
    guard !name.isEmpty else { throw ParseError(line: n, field: "name", reason: "expected a name, found nothing") }
    var kind = Place.Kind.populated
    if !field(2).isEmpty {
      guard let k = Place.Kind(rawValue: field(2)) else {
        let choices = Place.Kind.allCases.map(\.rawValue).joined(separator: "|")
        throw ParseError(line: n, field: "kind", reason: "expected \(choices), found '\(field(2))'")
      }
      kind = k
    }
    let lat = try coordinate(field(3), limit: 90, line: n, field: "latitude")
    let lon = try coordinate(field(4), limit: 180, line: n, field: "longitude")
    if (lat == nil) != (lon == nil) {
      throw ParseError(
        line: n, field: lat == nil ? "latitude" : "longitude", reason: "expected both coordinates or neither")
    }
    let parents = field(5).split(separator: ",").map(fastTrim).filter { !$0.isEmpty }.map(PlaceID.init(rawValue:))
    let aliases = field(6).split(separator: "|").map(fastTrim).filter { !$0.isEmpty }
    var population: Int?
    if !field(7).isEmpty {
      guard let p = Int(field(7)), p >= 0 else {
        throw ParseError(line: n, field: "population", reason: "expected a whole number >= 0, found '\(field(7))'")
      }
      population = p
    }
    let source = field(8).isEmpty ? defaultSource : field(8)
    return Place(
      id: PlaceID(rawValue: id), name: name, kind: kind, aliases: aliases, latitude: lat, longitude: lon,
      parents: parents, population: population, source: source)
  }

  /// Trims spaces and tabs (the common case, nothing to trim, costs one look at each end).
  static func fastTrim(_ s: Substring) -> String {
    var t = s
    while let c = t.utf8.first, c == 0x20 || c == 0x09 || c == 0x0D { t = t.dropFirst() }
    while let c = t.utf8.last, c == 0x20 || c == 0x09 || c == 0x0D { t = t.dropLast() }
    return String(t)
  }

  private static func coordinate(_ s: String, limit: Double, line: Int, field: String) throws(ParseError) -> Double? {
    if s.isEmpty { return nil }
    guard let v = Double(s), v.isFinite, abs(v) <= limit else {
      throw ParseError(
        line: line, field: field, reason: "expected a number in -\(Int(limit))...\(Int(limit)), found '\(s)'")
    }
    return v
  }

  /// One row (no newline) for `place`; tabs, newlines and `|` inside fields become spaces.
  public static func row(_ place: Place) -> String {
    func clean(_ s: String) -> String {
      var out = ""
      out.reserveCapacity(s.utf8.count)
      for c in s.unicodeScalars {
        switch c {
        case "\t", "\n", "\r", "|": out.unicodeScalars.append(" ")
        default: out.unicodeScalars.append(c)
        }
      }
      return out
    }
    let fields: [String] = [
      clean(place.id.rawValue), clean(place.name), place.kind.rawValue,
      place.latitude.map(formatCoordinate) ?? "", place.longitude.map(formatCoordinate) ?? "",
      place.parents.map { clean($0.rawValue).replacingOccurrences(of: ",", with: " ") }.joined(separator: ","),
      place.aliases.map(clean).joined(separator: "|"),
      place.population.map(String.init) ?? "", clean(place.source),
    ]
    return fields.joined(separator: "\t")
  }

  /// The whole file: header and one row per place, newline-terminated.
  public static func format(_ places: [Place], header includeHeader: Bool = true) -> String {
    var out = includeHeader ? header + "\n" : ""
    for p in places { out += row(p) + "\n" }
    return out
  }

  static func formatCoordinate(_ v: Double) -> String {
    // Five decimals (about 1 m) without trailing zeros.
    let scaled = (v * 100_000).rounded() / 100_000
    var s = String(scaled)
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }
}
