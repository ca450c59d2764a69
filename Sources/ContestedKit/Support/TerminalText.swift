/// The one sanitiser for user text shown on a terminal or in a document (docs/cli.md, "Text from articles and
/// users"): a character that could move the cursor, change the terminal (ESC, CSI, OSC titles, links and clipboard
/// writes, BEL), reorder text (bidi controls) or hide in it (zero-width and other invisible format characters) is
/// shown visibly, as `\u{1B}`, never passed through.
public enum TerminalText {
  /// `text` with every unsafe character shown as `\u{XX}`. With `keepNewlines`, line feeds and tabs stay (text of
  /// several lines); with `keepColor`, well-formed colour sequences (`ESC [ 1 ; 31 m`) stay too, for the final pass
  /// over output contested coloured itself.
  public static func visible(_ text: String, keepNewlines: Bool = false, keepColor: Bool = false) -> String {
    guard keepColor else {
      return transform(text) { s in
        if keepNewlines && (s == "\n" || s == "\t") { return String(s) }
        return isUnsafe(s) ? shown(s) : nil
      }
    }
    // Split at ESC and keep each part's leading SGR sequence.
    var out = ""
    for (k, part) in text.split(separator: "\u{1B}", omittingEmptySubsequences: false).enumerated() {
      var rest = Substring(part)
      if k > 0 {
        if let sgr = colourSequence(rest) {
          out += "\u{1B}" + sgr
          rest = rest.dropFirst(sgr.count)
        } else {
          out += shown("\u{1B}")
        }
      }
      out += visible(String(rest), keepNewlines: keepNewlines)
    }
    return out
  }

  /// `[` digits and `;` then `m`, at the start of `s`.
  private static func colourSequence(_ s: Substring) -> Substring? {
    guard s.first == "[" else { return nil }
    var i = s.index(after: s.startIndex)
    while i < s.endIndex, s[i].isASCII, s[i].isNumber || s[i] == ";" { i = s.index(after: i) }
    guard i < s.endIndex, s[i] == "m" else { return nil }
    return s[...i]
  }

  /// `text` on one line: line breaks and tabs become spaces, every other unsafe character is shown visibly.
  public static func oneLine(_ text: String) -> String {
    transform(text) { s in
      if s == "\n" || s == "\r" || s == "\t" || s.value == 0x0B || s.value == 0x0C || s.value == 0x85
        || s.value == 0x2028 || s.value == 0x2029
      {
        return " "
      }
      return isUnsafe(s) ? shown(s) : nil
    }
  }

  /// Whether a scalar must not reach a terminal as it is: C0 and C1 controls, DEL, bidi embeddings, overrides,
  /// isolates and marks, zero-width and invisible format characters, line and paragraph separators.
  public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x00..<0x20, 0x7F..<0xA0: return true
    case 0x061C, 0x180E, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB: return true
    default: return false
    }
  }

  /// `\u{1B}`.
  public static func shown(_ s: Unicode.Scalar) -> String {
    let hex = String(s.value, radix: 16, uppercase: true)
    return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
  }

  private static func transform(_ text: String, _ replace: (Unicode.Scalar) -> String?) -> String {
    // Nearly every text is safe: check first, copy only when needed.
    guard text.unicodeScalars.contains(where: { ($0.value < 0x20 || $0.value >= 0x7F) && replace($0) != nil })
    else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for s in text.unicodeScalars {
      if let r = replace(s) { out += r } else { out.unicodeScalars.append(s) }
    }
    return out
  }
}
