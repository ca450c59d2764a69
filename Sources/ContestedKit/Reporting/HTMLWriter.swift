/// HTML for text that comes from articles and users: the one HTML escape routine of the HTML briefing and its
/// SVG (docs/formats.md, "HTML briefing").
///
/// - `&`, `<`, `>`, `"` and `'` become entities, so a text can never open a tag, end an attribute or start a
///   script, in element content and in quoted attribute values alike;
/// - line breaks, tabs and other control characters become one space (runs fold, ends trimmed), so a text is one
///   line, as in ``MarkdownWriter``;
/// - bidi controls and zero-width characters are shown as `\u{202E}` (``TerminalText``), so text cannot reorder
///   what is around it;
/// - links are made only by ``href(_:)`` from http and https addresses (``WebURL``).
public enum HTMLWriter {
  /// `text` escaped for element content or a quoted attribute value.
  public static func text(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for s in MarkdownWriter.folded(text) {
      switch s {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if TerminalText.isUnsafe(s) { out += TerminalText.shown(s) } else { out.unicodeScalars.append(s) }
      }
    }
    return out
  }

  /// The value of an `href` for an http or https address, escaped; nil for anything else (`javascript:`, `data:`).
  public static func href(_ url: String?) -> String? {
    guard let url, WebURL.isSafe(url) else { return nil }
    return text(url)
  }

  /// `<a href="url">text</a>` for an http or https address, else the escaped text alone.
  public static func link(_ label: String, url: String?) -> String {
    guard let h = href(url) else { return text(label) }
    return "<a href=\"\(h)\">\(text(label))</a>"
  }

  /// An element with trusted `attributes` (already escaped) around trusted `content`.
  public static func element(_ name: String, _ attributes: String = "", _ content: String) -> String {
    "<\(name)\(attributes.isEmpty ? "" : " " + attributes)>\(content)</\(name)>"
  }

  /// A number for SVG coordinates: at most one decimal, no exponent, no "-0".
  public static func number(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    if r == 0 { return "0" }
    if r == r.rounded() { return String(Int(r)) }
    let tenths = Int((abs(r) * 10).rounded())
    return (r < 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
  }
}
