import ContestedKit
import ContestedStore
import Foundation

/// The truth estimate of a loaded review session: final verdicts as labels and rulings, the estimator run over the
/// accepted claims (shared by `estimate`, `review`, `sources` and `digest`).
enum EstimateSession {
  /// Labels from the final verdicts of current conflicts (the verdict's holder at the conflict's place).
  static func labels(_ session: ReviewSession) -> [TruthEstimator.Label] {
    var out: [TruthEstimator.Label] = []
    for c in session.conflicts {
      guard let r = session.reviews[c.id], r.phase == .resolved, let v = r.verdict else { continue }
      out.append(TruthEstimator.Label(place: c.place, claims: c.claims, heldBy: v.heldBy))
    }
    return out
  }

  /// The estimate over the session's claims, seen through the session's reconciler (gazetteer, voices, coalitions).
  static func estimate(_ session: ReviewSession, options: TruthEstimator.Options = .init()) -> TruthEstimate {
    TruthEstimator(options: options).estimate(
      claims: session.ledger.workspace.claims, rulings: TrackRecord.rulings(from: session.reviews.values),
      labels: labels(session), reconciler: session.reconciler)
  }

  /// For each conflict, the estimate of the window at its place that holds most of its claims.
  static func cells(for conflicts: [Conflict], in estimate: TruthEstimate) -> [ConflictID: CellEstimate] {
    var byPlace: [PlaceID: [Int]] = [:]
    for (i, c) in estimate.cells.enumerated() { byPlace[c.place, default: []].append(i) }
    var out: [ConflictID: CellEstimate] = [:]
    for conflict in conflicts {
      let wanted = Set(conflict.claims)
      var best: (Int, Int)?
      for i in byPlace[conflict.place] ?? [] {
        let n = estimate.cells[i].claims.reduce(0) { $0 + (wanted.contains($1) ? 1 : 0) }
        if n > (best?.1 ?? 0) { best = (i, n) }
      }
      if let (i, _) = best { out[conflict.id] = estimate.cells[i] }
    }
    return out
  }

  /// "government 81%" or "undetermined (government 41%)".
  static func summary(_ c: CellEstimate) -> String {
    let pct = "\(Int((c.probability * 100).rounded()))%"
    return c.isDetermined ? "\(c.holder) \(pct)" : "undetermined (\(c.best) \(pct))"
  }

  /// "government 81%", or "(government 41%)" when undetermined (the `review list` column).
  static func compact(_ c: CellEstimate) -> String {
    let pct = "\(Int((c.probability * 100).rounded()))%"
    return c.isDetermined ? "\(c.holder) \(pct)" : "(\(c.best) \(pct))"
  }

  /// `"estimate": {"side", "best", "probability"}` of a conflict in `review list --format json` (null without one).
  static func writeSummary(_ c: CellEstimate?, to w: inout JSONWriter) {
    w.key("estimate")
    guard let c else {
      w.null()
      return
    }
    w.beginObject()
    w.key("side")
    w.string(c.holder.rawValue)
    w.key("best")
    w.string(c.best.rawValue)
    w.key("probability")
    w.double((c.probability * 1000).rounded() / 1000)
    w.endObject()
  }

  /// The estimate block of `review show`: the reading of the conflict's window and its reasons.
  static func showText(for conflict: Conflict, in session: ReviewSession) -> String {
    guard let cell = cells(for: [conflict], in: estimate(session))[conflict.id] else { return "" }
    var out = "\nestimate (contested estimate; docs/estimate.md): \(summary(cell))\n"
    for reason in cell.reasons { out += "  \(ReviewText.oneLine(reason))\n" }
    return out
  }
}
