/// GitHub-flavoured Markdown for text that comes from articles and users: nothing it contains can change the
/// layout or inject markup.
///
/// Rules (docs/formats.md, "Markdown escaping"):
/// - every line break (CR, LF, U+0085, U+2028, U+2029), tab and other control character becomes one space, runs
///   of spaces fold to one, and the ends are trimmed: a text is always one line, so it cannot start a heading,
///   list, quote, fence or table row, and can sit in a table cell;
/// - `\`, `` ` ``, `*`, `_`, `[`, `]`, `~`, `|`, `&` and `@` are backslash-escaped (no emphasis, code, link,
///   strikethrough, cell break, entity or e-mail autolink); `#` needs nothing, as the text never starts a line;
/// - `<` and `>` become `&lt;` and `&gt;` (no raw HTML, no autolink);
/// - `://` becomes `\://` and `www.` becomes `www\.` (no bare-URL autolinks): user text never yields a link;
/// - bidi controls and zero-width characters are shown as `\u{202E}` (``TerminalText``).
public enum MarkdownWriter {
  /// `text` escaped for use inline: in a paragraph, a list item or a table cell.
  public static func inline(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    var pendingSpace = false
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      i += 1
      if isBreak(s) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      switch s {
      case "\\", "`", "*", "_", "[", "]", "~", "|", "&", "@":
        out.append("\\")
        out.unicodeScalars.append(s)
      case "<": out.append("&lt;")
      case ">": out.append("&gt;")
      case ":":
        if i + 1 < scalars.count, scalars[i] == "/", scalars[i + 1] == "/" {
          out.append("\\:")
        } else {
          out.append(":")
        }
      case ".":
        if out.hasSuffix("www") || out.hasSuffix("WWW") || out.hasSuffix("Www") {
          out.append("\\.")
        } else {
          out.append(".")
        }
      default:
        // Bidi controls and invisible characters are shown, as on a terminal (TerminalText).
        if TerminalText.isUnsafe(s) { out += TerminalText.shown(s) } else { out.unicodeScalars.append(s) }
      }
    }
    return out
  }

  /// `text` escaped for a table cell (the same as ``inline(_:)``; an empty text becomes an en dash).
  public static func cell(_ text: String) -> String {
    let e = inline(text)
    return e.isEmpty ? "–" : e
  }

  /// A GFM table: a header row, a delimiter row (`---`, or `---:` for right-aligned columns) and the rows. The
  /// cells must already be escaped (``cell(_:)``) or be trusted text.
  public static func table(headers: [String], rightAligned: Set<Int> = [], rows: [[String]])
    -> String
  {
    var t = "| " + headers.joined(separator: " | ") + " |\n"
    t +=
      "|" + headers.indices.map { rightAligned.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
    for r in rows {
      var cells = r
      while cells.count < headers.count { cells.append("") }
      t += "| " + cells.prefix(headers.count).joined(separator: " | ") + " |\n"
    }
    return t
  }

  private static func isBreak(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || s.value == 0x7F || s.value == 0x85 || s == " " || s.value == 0x2028
      || s.value == 0x2029
      || (s.value >= 0x80 && s.value < 0xA0)
  }
}
