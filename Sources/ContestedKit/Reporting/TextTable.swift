/// A plain-text table with aligned columns, truncated to a width, for terminals.
public struct TextTable: Sendable {
  /// Column headings.
  public var headers: [String]
  /// Rows of cells (each as many as headers).
  public var rows: [[String]] = []

  /// A table with these headings.
  public init(headers: [String]) { self.headers = headers }

  /// Renders with two spaces between columns; the last column is cut to fit `width` when given.
  /// Newlines and tabs inside cells are shown as spaces so rows stay on one line.
  public func render(width: Int? = nil, bold: (String) -> String = { $0 }) -> String {
    let clean = rows.map { $0.map(Self.flatten) }
    var widths = headers.map(\.count)
    for r in clean {
      for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) }
    }
    if let width, widths.count > 1 {
      let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
      widths[widths.count - 1] = max(10, min(widths[widths.count - 1], width - fixed))
    }
    func line(_ cells: [String]) -> String {
      var out = ""
      for (i, cell) in cells.enumerated() where i < widths.count {
        var c = cell
        if c.count > widths[i] { c = String(c.prefix(max(1, widths[i] - 1))) + "…" }
        if i < widths.count - 1 { c += String(repeating: " ", count: widths[i] - c.count + 2) }
        out += c
      }
      while out.hasSuffix(" ") { out.removeLast() }
      return out
    }
    var text = bold(line(headers)) + "\n"
    for r in clean { text += line(r) + "\n" }
    return text
  }

  static func flatten(_ s: String) -> String {
    guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
    return String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }
}
