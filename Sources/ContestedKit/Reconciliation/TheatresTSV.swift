/// The workspace's `theatres.tsv`: coalitions of sides per theatre, and which places are in the theatre.
///
/// ```
/// # theatre	coalition	sides (|-separated)	places (id prefixes, |-separated)
/// sudan	army	government|popular-resistance	user:sd-
/// libya	haftar	lna|russian-government	user:ly-
/// ```
/// A claim is in a theatre when its place id starts with one of the theatre's prefixes (the longest wins); allies
/// (sides of one coalition there) never conflict.
public enum TheatresTSV {
  /// One row.
  public struct Row: Hashable, Sendable {
    public var theatre: String
    public var coalition: String
    public var sides: [Side]
    public var places: [String]

    public init(theatre: String, coalition: String, sides: [Side], places: [String]) {
      self.theatre = theatre
      self.coalition = coalition
      self.sides = sides
      self.places = places
    }
  }

  /// The header line.
  public static let header = "theatre\tcoalition\tsides\tplaces"

  /// Parses `text`; throws at the first malformed row (line, column, what was expected).
  public static func parse(_ text: String) throws(ActorsTSV.ParseError) -> [Row] {
    var out: [Row] = []
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      let line = raw.last == "\r" ? raw.dropLast() : raw
      if line.isEmpty || line.first == "#" || line.hasPrefix("theatre\tcoalition") { continue }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed }
      guard f.count >= 3 else {
        throw ActorsTSV.ParseError(
          line: n, field: "sides",
          reason: "expected 'theatre<TAB>coalition<TAB>sides[<TAB>places]', found \(f.count) column(s)")
      }
      for (i, name) in ["theatre", "coalition"].enumerated() where f[i].isEmpty || f[i].contains(" ") {
        throw ActorsTSV.ParseError(line: n, field: name, reason: "expected a name without spaces, found '\(f[i])'")
      }
      let sides = f[2].split(separator: "|").map { Side(rawValue: String($0).trimmed) }.filter { !$0.rawValue.isEmpty }
      guard !sides.isEmpty else {
        throw ActorsTSV.ParseError(line: n, field: "sides", reason: "expected sides separated by |, found nothing")
      }
      let places = f.count > 3 ? f[3].split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty } : []
      out.append(Row(theatre: f[0], coalition: f[1], sides: sides, places: places))
    }
    return out
  }

  /// One row in file form.
  public static func row(_ r: Row) -> String {
    [r.theatre, r.coalition, r.sides.map(\.rawValue).joined(separator: "|"), r.places.joined(separator: "|")]
      .joined(separator: "\t")
  }
}
