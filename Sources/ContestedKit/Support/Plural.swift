/// Counts with their noun in the right number: "1 claim", "2 claims", "0 claims".
public enum Plural {
  /// `n` and `noun`, with `plural` (default: `noun` + "s") unless `n` is 1.
  public static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
    "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
  }
}
