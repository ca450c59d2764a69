/// Counts with their noun in the right number: "1 claim", "2 claims", "0 claims"; the one plural rule of every
/// message and report.
public enum Plural {
  /// `n` and `noun`, with `plural` (default: `noun` + "s") unless `n` is 1.
  public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(word(n, noun, plural: plural))"
  }

  /// The noun alone, singular for exactly one.
  public static func word(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    n == 1 ? noun : plural ?? noun + "s"
  }
}
