/// GitHub-flavoured Markdown for text that comes from articles and users: nothing it contains can change the
/// layout or inject markup, and it escapes only where Markdown would otherwise read the text as markup, so the
/// source still reads as plain text. The one Markdown escape routine of the digest and `report --format markdown`.
///
/// Rules (docs/formats.md, "Markdown escaping"):
/// - every line break (CR, LF, U+0085, U+2028, U+2029), tab and other control character becomes one space, runs
///   of spaces fold to one, and the ends are trimmed: a text is always one line, so it cannot start a heading,
///   list, quote, fence or table row, and can sit in a table cell;
/// - `` ` ``, `[`, `]`, `~` and `|` are always backslash-escaped (no code span, link, image, strikethrough or cell
///   break); `*` unless it stands between spaces, `_` unless it stands between letters or digits (no emphasis);
///   `\` before punctuation or at the end (no escape of the writer's own markup);
/// - `&` that would start an entity (`&amp;`, `&#60;`) becomes `\&`; `@` between e-mail characters becomes `\@`;
/// - `<` before a letter, `/`, `!` or `?` becomes `&lt;` (no raw HTML, no `<…>` autolink); other `<` and every `>`
///   stay as they are;
/// - `://` becomes `\://` and `www.` becomes `www\.` (no bare-URL autolinks): user text never yields a link;
///   links are made only by ``link(_:url:)`` from an http(s) address;
/// - bidi controls and zero-width characters are shown as `\u{202E}` (``TerminalText``).
public enum MarkdownWriter {
  /// `text` escaped for use inline: in a paragraph, a list item, a heading or a table cell.
  public static func inline(_ text: String) -> String {
    let scalars = folded(text)
    var out = ""
    out.reserveCapacity(scalars.count + 8)
    for i in scalars.indices {
      let s = scalars[i]
      let before: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
      let after: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
      switch s {
      case "`", "[", "]", "~", "|":
        out.append("\\")
        out.unicodeScalars.append(s)
      case "*":
        out += before == " " && after == " " ? "*" : "\\*"
      case "_":
        out += isWordCharacter(before) && isWordCharacter(after) ? "_" : "\\_"
      case "\\":
        out += after.map(isASCIIPunctuation) ?? true ? "\\\\" : "\\"
      case "&":
        out += startsEntity(scalars, at: i) ? "\\&" : "&"
      case "@":
        out += isMailCharacter(before) && isWordCharacter(after) ? "\\@" : "@"
      case "<":
        out += after.map { isLetter($0) || $0 == "/" || $0 == "!" || $0 == "?" } ?? false ? "&lt;" : "<"
      case ":":
        out += after == "/" && i + 2 < scalars.count && scalars[i + 2] == "/" ? "\\:" : ":"
      case ".":
        out += i >= 3 && scalars[(i - 3)..<i].allSatisfy({ $0 == "w" || $0 == "W" }) ? "\\." : "."
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

  /// `[text](url)` when `url` is an http or https address (``WebURL/isSafe(_:)``), else the text alone; `text` is
  /// escaped, the address percent-encodes the characters that could end the link or a table cell.
  public static func link(_ text: String, url: String?) -> String {
    let label = inline(text)
    guard let url, WebURL.isSafe(url), !label.isEmpty else { return label }
    return "[\(label)](\(destination(url)))"
  }

  /// An address as an autolink `<https://…>` when it is http or https, else as escaped text (never a link).
  public static func address(_ url: String) -> String {
    WebURL.isSafe(url) ? "<\(destination(url))>" : inline(url)
  }

  /// Numbered reference links, so that long addresses stay out of the text: `[text][n]` where the link is used and
  /// the definitions `[n]: <address>` once at the end (invisible when rendered). Only http(s) addresses are
  /// linked.
  public struct References: Sendable {
    /// The addresses, in the order first used (label n is index n - 1).
    public private(set) var addresses: [String] = []
    private var labels: [String: Int] = [:]

    /// No references yet.
    public init() {}

    /// `[text][n]` for an http(s) `url` (numbered on first use), else the escaped text.
    public mutating func link(_ text: String, url: String?) -> String {
      let label = MarkdownWriter.inline(text)
      guard let url, WebURL.isSafe(url), !label.isEmpty else { return label }
      let n: Int
      if let known = labels[url] {
        n = known
      } else {
        addresses.append(url)
        n = addresses.count
        labels[url] = n
      }
      return "[\(label)][\(n)]"
    }

    /// The definitions, one a line (empty when no link was made).
    public var definitions: String {
      addresses.enumerated().map { "[\($0.offset + 1)]: <\(MarkdownWriter.destination($0.element))>\n" }.joined()
    }
  }

  /// A link destination: `(`, `)`, `<`, `>`, `\`, `|`, `` ` `` and quotes percent-encoded.
  static func destination(_ url: String) -> String {
    var out = ""
    for s in url.unicodeScalars {
      switch s {
      case "(", ")", "<", ">", "\\", "|", "`", "\"", "'", "[", "]", "*", "_", "~":
        out += "%" + String(s.value, radix: 16, uppercase: true)
      default: out.unicodeScalars.append(s)
      }
    }
    return out
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

  /// The scalars of `text` on one line: breaks, tabs and controls as single spaces, ends trimmed.
  static func folded(_ text: String) -> [Unicode.Scalar] {
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    for s in text.unicodeScalars {
      if isBreak(s) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(s)
    }
    return out
  }

  /// `&name;`, `&#123;` or `&#x7B;` starts at `i` (what HTML would read as an entity).
  static func startsEntity(_ s: [Unicode.Scalar], at i: Int) -> Bool {
    var j = i + 1
    if j < s.count, s[j] == "#" { j += 1 }
    let start = j
    while j < s.count, j - start <= 32, isASCIIAlphanumeric(s[j]) { j += 1 }
    return j > start && j < s.count && s[j] == ";"
  }

  static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
    (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
  }

  static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }

  static func isWordCharacter(_ s: Unicode.Scalar?) -> Bool {
    guard let s else { return false }
    return isASCIIAlphanumeric(s) || (s.value >= 0x80 && s.properties.isAlphabetic)
  }

  static func isMailCharacter(_ s: Unicode.Scalar?) -> Bool {
    guard let s else { return false }
    return isASCIIAlphanumeric(s) || s == "." || s == "-" || s == "_" || s == "+"
  }

  static func isASCIIPunctuation(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x21 && s.value <= 0x2F) || (s.value >= 0x3A && s.value <= 0x40)
      || (s.value >= 0x5B && s.value <= 0x60) || (s.value >= 0x7B && s.value <= 0x7E)
  }

  private static func isBreak(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || s.value == 0x7F || s.value == 0x85 || s == " " || s.value == 0x2028
      || s.value == 0x2029
      || (s.value >= 0x80 && s.value < 0xA0)
  }
}
