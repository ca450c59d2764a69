/// A plain-text table with aligned columns for terminals: the one table layout of the tool.
///
/// Columns keep their natural width when the table fits `width`. When it does not, the widest shrinkable
/// columns give up room first, down to their minimum; a `.cut` cell that no longer fits ends in "…", a `.wrap`
/// cell continues on the next lines (breaking after spaces, commas and dots). `.fixed` columns never shrink.
/// Newlines, tabs and other control characters inside cells are shown as spaces, so a row cannot break the layout.
public struct TextTable: Sendable {
  /// How a column gives up room when the table is wider than the terminal.
  public enum Fit: Sendable {
    /// Never shrinks (ids, dates, counts).
    case fixed
    /// Shrinks; a cell that does not fit is cut and ends in "…".
    case cut
    /// Shrinks; a cell that does not fit continues on the next lines.
    case wrap
  }

  /// One column: its heading, how it fits, and the narrowest it may become.
  public struct Column: Sendable {
    /// The heading.
    public var header: String
    /// How it gives up room.
    public var fit: Fit
    /// The narrowest it may become (never below its heading, nor above its natural width).
    public var minWidth: Int
    /// Columns with a lower rank give up room first; within a rank, the widest column shrinks first.
    public var rank: Int

    /// A column; `minWidth` defaults to 10 characters.
    public init(_ header: String, fit: Fit = .cut, minWidth: Int = 10, rank: Int = 0) {
      self.header = header
      self.fit = fit
      self.minWidth = minWidth
      self.rank = rank
    }
  }

  /// The columns.
  public var columns: [Column]
  /// Rows of cells (each as many as columns).
  public var rows: [[String]] = []

  /// A table whose columns shrink by cutting (the first stays whole).
  public init(headers: [String]) {
    columns = headers.enumerated().map { Column($0.element, fit: $0.offset == 0 ? .fixed : .cut) }
  }

  /// A table with these columns.
  public init(columns: [Column]) { self.columns = columns }

  /// Column headings.
  public var headers: [String] { columns.map(\.header) }

  /// The column widths for `width` (nil: natural widths).
  public func widths(for width: Int?) -> [Int] {
    var widths = columns.map(\.header.count)
    for r in rows {
      for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], Self.flatten(c).count) }
    }
    guard let width else { return widths }
    let floors = columns.indices.map { i in
      columns[i].fit == .fixed ? widths[i] : min(widths[i], max(columns[i].minWidth, columns[i].header.count, 1))
    }
    var excess = widths.reduce(0, +) + 2 * max(0, columns.count - 1) - width
    for rank in Set(columns.map(\.rank)).sorted() {
      while excess > 0 {
        // The widest column of this rank that can still give up a character.
        var pick: Int?
        for i in widths.indices
        where columns[i].rank == rank && widths[i] > floors[i] && (pick == nil || widths[i] > widths[pick!]) {
          pick = i
        }
        guard let i = pick else { break }
        widths[i] -= 1
        excess -= 1
      }
    }
    return widths
  }

  /// The narrowest line this table can have (every shrinkable column at its minimum).
  public var minimumWidth: Int { widths(for: 0).reduce(0, +) + 2 * max(0, columns.count - 1) }

  /// Renders with two spaces between columns, fitted into `width` when given. `bold` decorates the heading line;
  /// `style(row, column, text)` decorates a cell's visible text (colour), after the layout is computed.
  public func render(
    width: Int? = nil, bold: (String) -> String = { $0 },
    style: (Int, Int, String) -> String = { $2 }
  ) -> String {
    let widths = widths(for: width)
    var text = ""
    for line in lines(headers, widths) { text += bold(line) + "\n" }
    for (k, r) in rows.enumerated() {
      for line in lines(r.map(Self.flatten), widths, style: { style(k, $0, $1) }) { text += line + "\n" }
    }
    return text
  }

  /// The physical lines of one row.
  func lines(_ cells: [String], _ widths: [Int], style: (Int, String) -> String = { $1 }) -> [String] {
    var parts: [[String]] = []
    for i in widths.indices {
      let cell = i < cells.count ? cells[i] : ""
      if cell.count <= widths[i] {
        parts.append([cell])
      } else if columns[i].fit == .wrap {
        parts.append(Self.wrap(cell, widths[i]))
      } else {
        parts.append([Self.clip(cell, widths[i])])
      }
    }
    let height = parts.map(\.count).max() ?? 1
    return (0..<height).map { n in
      var out = ""
      for i in widths.indices {
        let piece = n < parts[i].count ? parts[i][n] : ""
        out += piece.isEmpty ? "" : style(i, piece)
        if i < widths.count - 1 { out += String(repeating: " ", count: widths[i] - piece.count + 2) }
      }
      while out.hasSuffix(" ") { out.removeLast() }
      return out
    }
  }

  /// `s` cut to `n` characters, the last being "…".
  public static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(max(0, n - 1))) + "…"
  }

  /// `s` broken into lines of at most `n` characters, after spaces, commas and dots where it can.
  public static func wrap(_ s: String, _ n: Int) -> [String] {
    let n = max(1, n)
    var out: [String] = []
    var rest = Substring(s)
    while rest.count > n {
      let head = rest.prefix(n + 1)
      var cut = head.index(before: head.endIndex)
      // The last break opportunity within the width: after a space, comma or dot.
      var i = head.index(before: head.endIndex)
      while i > head.startIndex && head[cut] != " " {
        let before = head[head.index(before: i)]
        if before == " " || before == "," || before == "." {
          cut = i
          break
        }
        i = head.index(before: i)
      }
      if i == head.startIndex { cut = rest.index(rest.startIndex, offsetBy: n) }
      var line = String(rest[..<cut])
      while line.hasSuffix(" ") { line.removeLast() }
      out.append(line)
      rest = rest[cut...].drop { $0 == " " }
    }
    if !rest.isEmpty || out.isEmpty { out.append(String(rest)) }
    return out
  }

  /// Line breaks, tabs and other control characters as spaces.
  /// One line, safe for a terminal: line breaks and tabs as spaces, other controls, bidi and invisible
  /// characters shown visibly (``TerminalText/oneLine(_:)``).
  static func flatten(_ s: String) -> String { TerminalText.oneLine(s) }

}
