/// How much a conflict needs a reviewer's decision: high stakes and low certainty (docs/review.md, "The queue").
///
/// need = priority × (1 − p), where p is the probability of the estimate's best reading of the conflict's window
/// (``CellEstimate/probability``): 1 under a final verdict (taken as known), so a decided conflict needs nothing
/// more; 0 when there is no estimate, so the whole priority counts. A high-priority conflict the evidence already
/// settles comes after a lower-priority one the evidence leaves open.
public enum DecisionNeed {
  /// The need of one conflict of priority `priority` whose window the estimator reads as `estimate`.
  public static func score(priority: Int, estimate: CellEstimate?) -> Double {
    let certainty = min(1, max(0, estimate?.probability ?? 0))
    return Double(priority) * (1 - certainty)
  }

  /// The conflicts most needed first; equal needs by priority (higher first), then id.
  public static func order(_ conflicts: [Conflict], estimates: [ConflictID: CellEstimate]) -> [Conflict] {
    let keyed = conflicts.map { (score(priority: $0.priority.score, estimate: estimates[$0.id]), $0) }
    return keyed.sorted { x, y in
      if x.0 != y.0 { return x.0 > y.0 }
      if x.1.priority.score != y.1.priority.score { return x.1.priority.score > y.1.priority.score }
      return x.1.id < y.1.id
    }.map(\.1)
  }
}
