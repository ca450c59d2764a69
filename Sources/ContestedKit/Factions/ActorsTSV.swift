import Foundation

/// The tab-separated faction form used by the workspace `actors.tsv` and the built-in registry.
///
/// ```
/// # id	name	side	group	aliases (|-separated)
/// wagner	Wagner Group	other		Wagner|Wagner mercenaries
/// ```
/// Only `id`, `name` and `side` are required. `side` is any side name (`government`, `other`, or a new one).
public enum ActorsTSV {
  /// The column names, in order.
  public static let columns = ["id", "name", "side", "group", "aliases"]

  /// The header line (without newline).
  public static var header: String { columns.joined(separator: "\t") }

  /// A malformed row: 1-based line, column, and what was expected.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// The column.
    public var field: String
    /// What was expected.
    public var reason: String
    /// "line 2: side: expected a side such as government, found nothing."
    public var description: String { "line \(line): \(field): \(reason)." }
  }

  /// Parses `text`; throws at the first malformed row.
  public static func parse(_ text: String) throws(ParseError) -> [Faction] {
    var out: [Faction] = []
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      var line = raw
      if line.last == "\r" { line = line.dropLast() }
      if line.isEmpty || line.first == "#" || line.hasPrefix("id\tname") { continue }
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      func field(_ i: Int) -> String { i < f.count ? f[i] : "" }
      guard f.count >= 3 else {
        throw ParseError(line: n, field: "side", reason: "expected 'id<TAB>name<TAB>side', found \(f.count) column(s)")
      }
      guard !field(0).isEmpty, !field(0).contains(" ") else {
        throw ParseError(
          line: n, field: "id", reason: "expected an id without spaces (e.g. wagner), found '\(field(0))'")
      }
      guard !field(1).isEmpty else {
        throw ParseError(line: n, field: "name", reason: "expected a name, found nothing")
      }
      let side = field(2)
      guard !side.isEmpty, !side.contains(" ") else {
        throw ParseError(line: n, field: "side", reason: "expected a side such as government or other, found '\(side)'")
      }
      let aliases = field(4).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
      out.append(
        Faction(
          id: FactionID(rawValue: field(0)), name: field(1), side: Side(rawValue: side), aliases: aliases,
          group: field(3).isEmpty ? nil : field(3)))
    }
    return out
  }

  /// One row for `faction` (no newline); tabs, newlines and `|` inside fields become spaces.
  public static func row(_ faction: Faction) -> String {
    func clean(_ s: String) -> String {
      String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "|" ? " " : $0 })
    }
    return [
      clean(faction.id.rawValue), clean(faction.name), clean(faction.side.rawValue), clean(faction.group ?? ""),
      faction.aliases.map(clean).joined(separator: "|"),
    ].joined(separator: "\t")
  }

  /// The whole file: header and rows.
  public static func format(_ factions: [Faction], header includeHeader: Bool = true) -> String {
    var out = includeHeader ? header + "\n" : ""
    for f in factions { out += row(f) + "\n" }
    return out
  }
}
