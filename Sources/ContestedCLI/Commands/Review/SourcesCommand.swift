import ContestedKit
import ContestedStore
import Foundation

/// `contested sources`: each claimant's track record from final verdicts.
struct SourcesCommand: Command {
  static let name = "sources"
  static let abstract = "Track record per claimant: claims upheld, refuted, unverifiable and a reliability estimate."
  static let usage = "contested sources [--min-verdicts N] [--format table|json]"
  static let options: [OptionSpec] = [
    .value("--min-verdicts", valueName: "N", help: "Only claimants with at least N upheld or refuted claims."),
    .value("--format", valueName: "FORMAT", help: "table (default) or json."),
    .wide,
    .flag("--copies", help: "Only the copy relations (who appears to copy whom, how sure)."),
  ]
  static let discussion = """
    Only final verdicts count (resolved; approved when the workspace requires approval). Reliability is the mean
    of a Beta(2, 2) prior updated with the upheld and refuted rulings, (upheld + 2) / (upheld + refuted + 4), shown
    with its 90% credible interval; claimants are ranked by the interval's lower bound, so a claimant with two
    verdicts does not outrank one with two hundred. Unverifiable rulings are counted but do not move the estimate.
    LEARNED is the reliability 'contested estimate' learns for the claimant's voice from all claims (verdicts
    anchor it), with its 90% interval; the copy relations list voices that appear to repeat one another.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: ReviewListFormat.self, default: .table)
    let minimum = try args.integer("--min-verdicts", in: 0...Int.max) ?? 0
    let session = try ReviewSession.load(context)
    let rulings = TrackRecord.rulings(from: session.reviews.values)
    let records = TrackRecord.compute(claims: session.ledger.workspace.claims, rulings: rulings)
      .filter { $0.decisive >= minimum }
    var options = TruthEstimator.Options()
    options.explain = false  // reliabilities and copies only: no reasons are shown
    let estimate = EstimateSession.estimate(session, options: options)
    if args.flag("--copies") {
      context.io.out(SourcesEstimate.copies(estimate, format: format, columns: context.io.columns))
      return .ok
    }
    let learned = SourcesEstimate.learned(
      estimate, claims: session.ledger.workspace.claims, registry: session.reconciler.registry)
    func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }
    switch format {
    case .table:
      if records.isEmpty {
        context.show("No claimants.\n")
        return .ok
      }
      var t = TextTable(
        headers: [
          "CLAIMANT", "GROUP", "CLAIMS", "UPHELD", "REFUTED", "UNVERIFIABLE", "RELIABILITY", "90% INTERVAL",
        ] + SourcesEstimate.headers)
      for r in records {
        let i = r.interval
        t.rows.append(
          [
            r.claimant, r.group ?? "-", "\(r.claims)", "\(r.upheld)", "\(r.refuted)", "\(r.unverifiable)",
            pct(r.reliability), "\(pct(i.low))–\(pct(i.high))",
          ] + SourcesEstimate.cells(learned[r.claimant]))
      }
      context.io.out(t.render(width: context.tableWidth(args), bold: context.boldHeading))
      context.show(
        "Prior Beta(2, 2): reliability = (upheld + 2) / (upheld + refuted + 4); ranked by the interval's lower bound.\n"
      )
      context.io.out(SourcesEstimate.copies(estimate, format: .table, columns: context.io.columns))
    case .json:
      var w = JSONWriter()
      w.beginArray()
      for r in records {
        let i = r.interval
        w.beginObject()
        w.key("claimant")
        w.string(r.claimant)
        if let g = r.group {
          w.key("group")
          w.string(g)
        }
        w.key("claims")
        w.int(r.claims)
        w.key("upheld")
        w.int(r.upheld)
        w.key("refuted")
        w.int(r.refuted)
        w.key("unverifiable")
        w.int(r.unverifiable)
        w.key("reliability")
        w.double((r.reliability * 1000).rounded() / 1000)
        w.key("interval")
        w.beginArray()
        w.double((i.low * 1000).rounded() / 1000)
        w.double((i.high * 1000).rounded() / 1000)
        w.endArray()
        SourcesEstimate.write(learned[r.claimant], to: &w)
        w.key("prior")
        w.beginArray()
        w.double(TrackRecord.priorUpheld)
        w.double(TrackRecord.priorRefuted)
        w.endArray()
        w.endObject()
      }
      w.endArray()
      context.io.out(w.string + "\n")
    }
    return .ok
  }
}
