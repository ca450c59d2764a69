/// How urgently a conflict deserves review, with the reasons that made up the score.
///
/// score = 10 × independent voices (claimant groups)
///       + recency: 20 when the latest claim is within 30 days of `asOf`, 10 within a year, else 0
///       + how far apart the sides are: 6 when two sides are both asserted to hold, 3 for assert vs deny
///       + place importance: the number of claims about the place (incl. its region), capped at 10
///       − 15 for a self-contradiction (one voice; lower priority), never below 0.
public struct ConflictPriority: Hashable, Sendable, Comparable {
  /// The total; higher is more urgent.
  public var score: Int
  /// The terms that added up to the score, readable ("3 independent voices: +30").
  public var reasons: [String]
  /// How many independent voices (claimant groups) take part.
  public var voices: Int

  /// Creates a priority.
  public init(score: Int, reasons: [String], voices: Int) {
    self.score = score
    self.reasons = reasons
    self.voices = voices
  }

  /// "high" (≥ 40), "medium" (≥ 20) or "low".
  public var level: String { score >= 40 ? "high" : (score >= 20 ? "medium" : "low") }

  /// Orders by score.
  public static func < (l: ConflictPriority, r: ConflictPriority) -> Bool { l.score < r.score }

  /// Computes the priority of a conflict from its parts.
  public static func compute(
    kind: ConflictKind, voices: Int, latest: Day, asOf: Day?, opposedHolders: Bool, placeClaims: Int
  ) -> ConflictPriority {
    var score = 0
    var reasons: [String] = []
    score += voices * 10
    reasons.append("\(Plural.count(voices, "independent voice")): +\(voices * 10)")
    if let asOf {
      let age = Int(asOf.ordinal - latest.ordinal)
      let r = age <= 30 ? 20 : (age <= 365 ? 10 : 0)
      score += r
      reasons.append("latest claim \(latest.iso), \(age) days before \(asOf.iso): +\(r)")
    }
    let apart = opposedHolders ? 6 : 3
    score += apart
    reasons.append(opposedHolders ? "two sides each said to hold it: +6" : "a holder asserted and denied: +3")
    let importance = min(10, placeClaims)
    score += importance
    reasons.append("\(Plural.count(placeClaims, "claim")) about the place: +\(importance)")
    if kind == .selfContradiction {
      score = max(0, score - 15)
      reasons.append("one voice contradicting itself: -15")
    }
    return ConflictPriority(score: score, reasons: reasons, voices: voices)
  }
}
