import ContestedKit
import ContestedStore
import Foundation

/// `contested claims show ID`: one claim in full, to review it.
struct ClaimShowCommand: Command {
  static let name = "show"
  static let abstract = "One claim in full: its sentence with the claim's words marked, article, fields, conflicts."
  static let usage = "contested claims show ID [--wide]"
  static let options: [OptionSpec] = [.wide]
  static let discussion = """
    The sentence is the claim's evidence; the claimant, the place and the force as named are marked [like this]
    (in bold on a colour terminal). For a proposed or rejected claim the last part says which conflicts it would
    take part in if it were accepted, reconciled with the accepted claims as 'contested report' does.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    let (_, state) = try context.loadWorkspace()
    let claim = try ClaimsCommand.lookup(args.positionals, in: state)[0]
    let gazetteer = try context.loadGazetteer()
    var accepted = state.claims.filter { $0.status == .accepted && $0.id != claim.id }
    var asAccepted = claim
    asAccepted.status = .accepted
    accepted.append(asAccepted)
    let today = Day(ordinal: Int32((context.now.timeIntervalSince1970 / 86_400).rounded(.down)))
    let reconciler = Reconciler(hierarchy: gazetteer, options: .init(asOf: today))
    let conflicts = reconciler.reconcile(accepted).namingPlaces(with: gazetteer).filter {
      $0.claims.contains(claim.id)
    }
    var cited: [ClaimID: Claim] = [:]
    for c in accepted { cited[c.id] = c }
    let article = (claim.evidence?.article ?? claim.reportedBy.article).flatMap { state.articles[$0] }
    let resolved = claim.place.id != nil
    let detail = ClaimDetail(
      claim: claim, article: article, placeResolved: resolved, conflicts: conflicts, claims: cited)
    let mark: (String) -> String = context.useColor ? { "\u{1B}[1;4m" + $0 + "\u{1B}[0m" } : { "[" + $0 + "]" }
    let text = detail.render(width: context.tableWidth(args), mark: mark)
    // On a colour terminal the final pass of TerminalIO keeps the marks' colours and shows any other control.
    if context.useColor { context.io.out(text) } else { context.show(text) }
    return .ok
  }
}
