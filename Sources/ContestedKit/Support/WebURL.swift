/// Which URLs contested writes into its exports: `http` and `https` only, with a host, no spaces or control
/// characters. A `javascript:`, `data:` or `file:` URL (or any other) is left out of ClaimReview and GeoJSON.
public enum WebURL {
  /// Whether `text` is an http(s) URL safe to export as a link.
  public static func isSafe(_ text: String) -> Bool {
    let lower = text.lowercased()
    let rest: Substring
    if lower.hasPrefix("https://") {
      rest = lower.dropFirst(8)
    } else if lower.hasPrefix("http://") {
      rest = lower.dropFirst(7)
    } else {
      return false
    }
    guard let first = rest.first, first != "/", first != "?", first != "#" else { return false }
    return !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || TerminalText.isUnsafe($0) }
  }
}
