/// Which readings of a sentence the extractor uses.
public enum ExtractionMode: String, Sendable, CaseIterable {
  /// Token patterns only (the `ControlLexicon` over tokens); no parse.
  case patterns
  /// Claim rules over the dependency parse only.
  case rules
  /// Claim rules first; token patterns for the control phrases the rules leave unread.
  case combined
}
