import ContestedKit
import ContestedStore
import Foundation

/// `contested estimate`: who probably held each place during each window, with reasons (docs/estimate.md).
struct EstimateCommand: Command {
  static let name = "estimate"
  static let abstract = "Who probably held each place and window: holder, probability and the reasons in words."
  static let usage = "contested estimate [--format table|json|jsonl|csv] [--confidence P] [filters]"
  static let options: [OptionSpec] =
    [
      .value("--format", valueName: "FORMAT", help: "table (default), json, jsonl or csv."),
      .value(
        "--confidence", valueName: "P",
        help: "Call a holder only when its probability is at least P (0-1, default 0.5); else undetermined."),
    ] + ReportCommand.filterOptions
  static let discussion = """
    For every place and window with accepted claims: the estimated holder (a side, `contested`, or `undetermined`
    when no reading reaches the confidence), its probability and the reasons: independent voices on each side and
    their learned reliability, copies discounted, admissions against interest, how recent. The model learns each
    voice's reliability from the claims (a Beta(2, 2) prior), takes final verdicts as known, and discounts voices
    that appear to copy one another; docs/estimate.md explains it and its failure modes. The filters are those of
    'contested report', applied to windows (--status: windows with a claim in a conflict of that status).
    Each JSON object has at least place (the place id), side and probability.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: EstimateFormat.self, default: .table)
    var options = TruthEstimator.Options()
    options.confidence = try args.number("--confidence", in: 0...1) ?? options.confidence
    let filter = try ReportCommand.filter(args)
    let gazetteer = try context.loadGazetteer()
    let (ws, ledger) = try ReviewSession.replay(context)
    let estimate: TruthEstimate
    var statuses: [ClaimID: [ConflictStatus]] = [:]
    let registry = try context.loadFactions()
    let coalitions = try context.loadCoalitions()
    if ledger.book.events.isEmpty && filter.statuses.isEmpty {
      // No verdicts to anchor on and no status filter: the conflicts are not needed.
      var derive = Reconciler.Options()
      derive.coalitions = coalitions
      let reconciler = Reconciler(hierarchy: gazetteer, options: derive, registry: registry)
      estimate = TruthEstimator(options: options).estimate(claims: ledger.workspace.claims, reconciler: reconciler)
    } else {
      let session = ReviewSession.build(
        workspace: ws, ledger: ledger, settings: try ws.settings(), hierarchy: gazetteer,
        today: ReviewSession.today(context), registry: registry, coalitions: coalitions)
      estimate = EstimateSession.estimate(session, options: options)
      for c in session.conflicts { for id in c.claims { statuses[id, default: []].append(c.status) } }
    }
    var names: [PlaceID: String] = [:]
    var claims: [ClaimID: Claim] = [:]
    if !filter.places.isEmpty || !filter.claimants.isEmpty {
      for c in ledger.workspace.claims where c.status == .accepted { claims[c.id] = c }
    }
    for c in estimate.cells where names[c.place] == nil {
      if let p = gazetteer.place(id: c.place) { names[c.place] = p.name }
    }
    let shown = estimate.cells.filter {
      filter.matches($0, claims: claims, placeName: names[$0.place], statuses: { statuses[$0] ?? [] })
    }
    let bold: (String) -> String = context.useColor ? { "\u{1B}[1m\($0)\u{1B}[0m" } : { $0 }
    context.io.out(
      EstimateRenderer.render(
        shown, format: format, placeNames: names, width: context.io.columns ?? 100, bold: bold))
    return .ok
  }
}
