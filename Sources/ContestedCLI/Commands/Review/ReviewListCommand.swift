import ContestedKit
import ContestedStore
import Foundation

/// `contested review list`: the queue, most needed decision first (``DecisionNeed``), with the estimate.
struct ReviewListCommand: Command {
  static let name = "list"
  static let abstract =
    "The review queue: conflicts by how much a decision is needed, with the estimate, status, assignee and version."
  static let usage = "contested review list [--status S] [--assignee NAME] [--place NAME] [--format table|json]"
  static let options: [OptionSpec] = [
    .value(
      "--status", valueName: "STATUS", help: "open, in-review, awaiting-approval, resolved or unresolvable.",
      repeatable: true),
    .value("--assignee", valueName: "NAME", help: "Conflicts assigned to NAME ('none': unassigned).", repeatable: true),
    .value(
      "--place", valueName: "NAME", help: "Conflicts about this place (part of the name, or its id).", repeatable: true),
    .value("--format", valueName: "FORMAT", help: "table (default) or json."),
    .wide,
  ]
  static let discussion = """
    The queue comes in order of need = priority × (1 − p), p being the probability of the estimate's best reading
    of the conflict's window ('contested estimate'; 1 under a final verdict): high stakes the evidence leaves open
    first, then by priority and id. ESTIMATE is that reading; in parentheses when it is below the estimate's
    confidence (undetermined). JSON adds "need" and "estimate" {side, best, probability}. docs/review.md, "The
    queue", explains the order.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: ReviewListFormat.self, default: .table)
    let phases = try args.values("--status").map { raw -> ReviewPhase in
      guard let p = ReviewPhase(rawValue: raw) else {
        throw CLIError.usage(
          "--status: '\(raw)' is not one of \(ReviewPhase.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      return p
    }
    let assignees = args.values("--assignee").map { $0.lowercased() }
    let places = args.values("--place").map { $0.lowercased() }
    let session = try ReviewSession.load(context)
    let matching = session.conflicts.filter { c in
      let r = session.review(of: c)
      if !phases.isEmpty && !phases.contains(r.phase) { return false }
      if !assignees.isEmpty {
        let a = r.assignee?.lowercased() ?? "none"
        if !assignees.contains(a) { return false }
      }
      if !places.isEmpty
        && !places.contains(where: { c.placeName.lowercased().contains($0) || c.place.rawValue.lowercased() == $0 })
      {
        return false
      }
      return true
    }
    // The queue shows each conflict's reading, not its reasons: none are written.
    var options = TruthEstimator.Options()
    options.explain = false
    let estimates =
      matching.isEmpty
      ? [:] : EstimateSession.cells(for: matching, in: EstimateSession.estimate(session, options: options))
    let rows = DecisionNeed.order(matching, estimates: estimates)
    switch format {
    case .table: table(rows, estimates: estimates, session: session, args: args, context: context)
    case .json:
      var w = JSONWriter()
      w.beginArray()
      for c in rows {
        ReviewJSON.writeSummary(c, session.review(of: c), to: &w) { w in
          w.key("need")
          w.double((DecisionNeed.score(priority: c.priority.score, estimate: estimates[c.id]) * 10).rounded() / 10)
          EstimateSession.writeSummary(estimates[c.id], to: &w)
        }
      }
      w.endArray()
      context.io.out(w.string + "\n")
    }
    return .ok
  }

  static func table(
    _ rows: [Conflict], estimates: [ConflictID: CellEstimate], session: ReviewSession, args: ParsedArguments,
    context: CommandContext
  ) {
    if rows.isEmpty {
      context.show(session.conflicts.isEmpty ? "No conflicts.\n" : "No conflicts match.\n")
      return
    }
    var t = TextTable(columns: [
      .init("ID", fit: .fixed), .init("STATUS", fit: .fixed), .init("PRIORITY", fit: .fixed),
      .init("ESTIMATE", fit: .fixed), .init("KIND", minWidth: 6), .init("PLACE", fit: .wrap, minWidth: 10, rank: 1),
      .init("ASSIGNEE", minWidth: 8), .init("VERSION", fit: .fixed),
      .init("CLAIMS", fit: .fixed),
    ])
    for c in rows {
      let r = session.review(of: c)
      t.rows.append([
        c.id.rawValue, r.phase.rawValue, "\(c.priority.score) \(c.priority.level)",
        estimates[c.id].map(EstimateSession.compact) ?? "-", c.kind.rawValue, c.placeName, r.assignee ?? "-",
        "\(r.version)", "\(c.claims.count)",
      ])
    }
    context.io.out(t.render(width: context.tableWidth(args), bold: context.boldHeading))
    var counts: [ReviewPhase: Int] = [:]
    for c in rows { counts[session.review(of: c).phase, default: 0] += 1 }
    let summary = ReviewPhase.allCases.compactMap { p in counts[p].map { "\($0) \(p.rawValue)" } }
    context.show(
      "\(Plural.count(rows.count, "conflict")): \(summary.joined(separator: ", ")); "
        + "most needed first (priority × (1 − the estimate's probability))\n")
  }
}
