import ContestedKit
import ContestedStore
import Foundation

/// `contested report`: the conflicts among the workspace's accepted claims.
struct ReportCommand: Command {
  static let name = "report"
  static let abstract = "Show the conflicts among accepted claims, highest priority first."
  static let usage = "contested report [--format FORMAT] [filters] [--fail-on-open]"
  /// The filters, shared with `contested estimate`.
  static let filterOptions: [OptionSpec] = [
    .value("--place", valueName: "NAME", help: "Conflicts about this place (id or name).", repeatable: true),
    .value("--side", valueName: "SIDE", help: "Conflicts in which this side is asserted or denied.", repeatable: true),
    .value("--claimant", valueName: "NAME", help: "Conflicts citing this claimant (name or group).", repeatable: true),
    .value("--status", valueName: "STATUS", help: "open, in-review, resolved or unresolvable.", repeatable: true),
    .value("--since", valueName: "DATE", help: "Conflicts whose window ends on or after DATE."),
    .value("--until", valueName: "DATE", help: "Conflicts whose window starts on or before DATE."),
  ]
  static let options: [OptionSpec] =
    [
      .value(
        "--format", valueName: "FORMAT",
        help: "table (default), json, jsonl, csv, markdown or html (a briefing page with a map and timelines).")
    ] + filterOptions
    + [
      .value("--horizon", valueName: "DAYS", help: "How long a capture holds without a later report (default 60)."),
      .value(
        "--tolerance", valueName: "DAYS", help: "Days around a point statement such as \"still holds\" (default 1)."),
      .flag("--fail-on-open", help: "Exit 1 when open conflicts exist (after the filters), for scripts."),
    ]
  static let discussion = """
    Each accepted claim implies a control assertion (a side holds, or does not hold, a place during a window);
    assertions about the same place (or a region and a place inside it) whose windows overlap and that cannot
    both be true form conflicts. A conflict id (C-…) stays the same when unrelated claims are added.
    Colour is used only on a terminal and never when NO_COLOR is set. --format html writes the conflicts shown as
    the self-contained HTML briefing of 'contested digest --format html' (every conflict, no period).
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let output = try args.choice("--format", of: ReportOutput.self, default: .table)
    let filter = try filter(args)
    let horizon = try args.integer("--horizon", in: 0...36_500) ?? 60
    let tolerance = try args.integer("--tolerance", in: 0...3_650) ?? 1
    let (all, report) = try conflicts(horizon: horizon, tolerance: tolerance, fromDesk: output != .html, context)
    let shown = ConflictReport(
      conflicts: all.filter { filter.matches($0, claims: report.claims) }, claims: report.claims)
    guard let format = output.format else {
      var briefing = try OutputSession.load(context)
      briefing.session.conflicts = shown.conflicts
      let digest = briefing.digest(since: nil, until: nil, limit: nil, context: context)
      context.io.out(DigestHTMLRenderer.render(digest, title: "Conflict report"))
      return args.flag("--fail-on-open") && shown.openCount > 0 ? .findings : .ok
    }
    context.io.out(shown.render(format, width: context.tableWidth(args), color: context.useColor && format == .table))
    if args.flag("--fail-on-open") && shown.openCount > 0 { return .findings }
    return .ok
  }

  /// The conflicts with their review status and place names, and the report of them. The default view comes from
  /// the desk (through the snapshot); other horizons or tolerances, and the html briefing, replay the ledger.
  static func conflicts(horizon: Int, tolerance: Int, fromDesk: Bool, _ context: CommandContext) throws -> (
    [Conflict], ConflictReport
  ) {
    let defaults = Reconciler.Options()
    if fromDesk && horizon == defaults.horizonDays && tolerance == defaults.toleranceDays {
      let desk = try context.openDesk()
      let derived = try context.derived(desk)
      let all = derived.state.annotatedConflicts(requireApproval: desk.settings.requireApproval)
        .namingPlaces(with: desk.gazetteer)
      return (all, ConflictReport(conflicts: all, claims: derived.state.claims))
    }
    let (ws, ledger) = try ReviewSession.replay(context)
    let accepted = ledger.workspace.acceptedClaims
    var options = Reconciler.Options(horizonDays: horizon, toleranceDays: tolerance, asOf: context.today)
    options.coalitions = try context.loadCoalitions()
    let reconciler = Reconciler(
      hierarchy: try context.loadGazetteer(), options: options, registry: try context.loadFactions())
    // Review statuses (open, in-review, resolved, unresolvable) from the review events in the ledger.
    let all = ledger.book.annotating(
      reconciler.reconcile(accepted), stamps: ledger.stamps, requireApproval: try ws.settings().requireApproval
    ).namingPlaces(with: try context.loadGazetteer())
    return (all, ConflictReport(conflicts: all, claims: accepted))
  }

  /// The filters given with ``filterOptions``.
  static func filter(_ args: ParsedArguments) throws -> ConflictFilter {
    let statuses = try args.values("--status").map { raw -> ConflictStatus in
      guard let s = ConflictStatus(rawValue: raw) else {
        throw CLIError.usage(
          "--status: '\(raw)' is not one of \(ConflictStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
      }
      return s
    }
    return ConflictFilter(
      places: args.values("--place"), sides: args.values("--side").map { Side(rawValue: $0.lowercased()) },
      claimants: args.values("--claimant"), statuses: statuses, since: try args.day("--since"),
      until: try args.day("--until"))
  }
}

/// What `report --format` accepts: the ``ReportFormat``s and `html` (the briefing page, which needs the workspace's
/// gazetteer, reviews and articles, so the command renders it).
enum ReportOutput: String, CaseIterable {
  case table, json, jsonl, csv, markdown, html

  /// The pure report format, or nil for html.
  var format: ReportFormat? { ReportFormat(rawValue: rawValue) }
}
