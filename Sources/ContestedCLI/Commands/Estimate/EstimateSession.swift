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
    // Each claim's cells (one entry per time a cell lists it), so a conflict costs its own claims, not every claim
    // of its place: many conflicts at one place made this quadratic.
    var cellsOfClaim: [ClaimID: [Int]] = [:]
    for (i, c) in estimate.cells.enumerated() {
      for claim in c.claims { cellsOfClaim[claim, default: []].append(i) }
    }
    var out: [ConflictID: CellEstimate] = [:]
    for conflict in conflicts {
      var shared: [Int: Int] = [:]
      for claim in Set(conflict.claims) {
        for i in cellsOfClaim[claim] ?? [] where estimate.cells[i].place == conflict.place {
          shared[i, default: 0] += 1
        }
      }
      // The cell sharing the most claims; of equals, the first.
      if let best = shared.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
        out[conflict.id] = estimate.cells[best.key]
      }
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
