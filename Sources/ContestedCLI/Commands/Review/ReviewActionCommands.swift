import ContestedKit
import ContestedStore
import Foundation

/// Prints what an action did and the conflict's new version.
private func confirm(
  _ r: (event: ReviewEvent, session: ReviewSession, conflict: Conflict), _ text: String, in context: CommandContext
) {
  context.show("\(r.conflict.id): \(text) (by \(r.event.by) at \(r.event.at); version \(r.event.seq))\n")
}

/// `contested review assign ID --to NAME`.
struct ReviewAssignCommand: Command {
  static let name = "assign"
  static let abstract = "Give a conflict to a reviewer: open → in review."
  static let usage = "contested review assign ID --to NAME [--note TEXT] [--reviewer NAME] [--expect-version N]"
  static let options: [OptionSpec] =
    [
      .value("--to", valueName: "NAME", help: "The reviewer who takes the conflict (required)."),
      .value("--note", valueName: "TEXT", help: "Why, or what to look at."),
    ] + ReviewSession.actionOptions

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard let to = args.value("--to")?.trimmingCharacters(in: .whitespaces), !to.isEmpty else {
      throw CLIError.usage("--to NAME is required: the reviewer who takes the conflict.")
    }
    let r = try ReviewSession.record(args, in: context) { _, c, _, actor in
      ReviewEvent(
        at: "", by: actor, action: .assigned, conflict: c.id, base: 0, claims: [], assignee: to,
        note: args.value("--note"))
    }
    confirm(r, "assigned to \(to), in review", in: context)
    return .ok
  }
}

/// `contested review resolve ID --uphold … --refute … --held-by SIDE --confidence C --rationale TEXT`.
struct ReviewResolveCommand: Command {
  static let name = "resolve"
  static let abstract = "Record a verdict: a ruling on each claim, who held the place, confidence, rationale."
  static let usage =
    "contested review resolve ID --held-by SIDE --confidence low|medium|high --rationale TEXT "
    + "[--uphold CLAIM...] [--refute CLAIM...] [--unverifiable CLAIM...] [--others RULING] [--evidence LINK...]"
  static let options: [OptionSpec] =
    [
      .value(
        "--uphold", valueName: "CLAIM", help: "A claim the evidence supports (id or unique prefix).", repeatable: true),
      .value("--refute", valueName: "CLAIM", help: "A claim the evidence contradicts.", repeatable: true),
      .value(
        "--unverifiable", valueName: "CLAIM", help: "A claim that could not be checked either way.", repeatable: true),
      .value("--others", valueName: "RULING", help: "upheld, refuted or unverifiable for every claim not named."),
      .value("--held-by", valueName: "SIDE", help: "The side that actually held the place, or contested / unknown."),
      .value("--confidence", valueName: "LEVEL", help: "low, medium or high."),
      .value("--rationale", valueName: "TEXT", help: "Why (required): what the evidence shows."),
      .value("--evidence", valueName: "LINK", help: "A link to evidence (URL, article id).", repeatable: true),
    ] + ReviewSession.actionOptions
  static let discussion = """
    Every claim of the conflict needs one ruling. A claim named that is not in the conflict is an error, and
    nothing is written. When the workspace requires approval (contested.json "require_approval": true), the
    verdict awaits a second reviewer's 'contested review approve' before it is final.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard let held = args.value("--held-by")?.trimmingCharacters(in: .whitespaces).lowercased(), !held.isEmpty else {
      throw CLIError.usage("--held-by SIDE is required: the side that actually held the place, or contested / unknown.")
    }
    guard args.value("--confidence") != nil else {
      throw CLIError.usage("--confidence is required: low, medium or high.")
    }
    let confidence = try args.choice("--confidence", of: VerdictConfidence.self, default: .medium)
    let others = try args.value("--others").map { _ in
      try args.choice("--others", of: ClaimRuling.self, default: .unverifiable)
    }
    let rationale = args.value("--rationale") ?? ""
    var warnings: [String] = []
    let r = try ReviewSession.record(args, in: context) { session, c, _, actor in
      let members = c.claims
      var rulings: [ClaimID: ClaimRuling] = [:]
      for (option, ruling) in [
        ("--uphold", ClaimRuling.upheld), ("--refute", .refuted), ("--unverifiable", .unverifiable),
      ] {
        for typed in args.values(option) {
          let id = try claimID(typed, in: members, conflict: c.id)
          if let old = rulings[id], old != ruling { throw ReviewError.conflictingRulings(claim: id) }
          rulings[id] = ruling
        }
      }
      if let others { for id in members where rulings[id] == nil { rulings[id] = others } }
      let sides = Set(Side.builtIn + c.sides.map(\.side) + c.claims.compactMap { session.claims[$0]?.controller.side })
      guard sides.contains(Side(rawValue: held)) else {
        var m = "--held-by: '\(held)' is not a side of this workspace"
        if let s = EditDistance.suggestion(for: held, among: sides.map(\.rawValue)) { m += "; did you mean '\(s)'?" }
        throw CLIError.usage(m + " (use contested or unknown when no side held it).")
      }
      let verdict = Verdict(
        rulings: rulings, heldBy: Side(rawValue: held), confidence: confidence, rationale: rationale,
        evidence: args.values("--evidence"))
      warnings = ReviewWorkflow.inconsistencies(verdict, claims: session.claims)
      return ReviewEvent(at: "", by: actor, action: .resolved, conflict: c.id, base: 0, claims: [], verdict: verdict)
    }
    for w in warnings { context.warn("verdict: \(w).") }
    let pending = r.session.settings.requireApproval
    confirm(r, pending ? "verdict recorded; it awaits a second reviewer's approval" : "resolved", in: context)
    return .ok
  }

  /// A claim of the conflict by id or unique prefix; a claim outside the conflict is an error.
  static func claimID(_ typed: String, in members: [ClaimID], conflict: ConflictID) throws -> ClaimID {
    if let exact = members.first(where: { $0.rawValue == typed }) { return exact }
    let matches = members.filter { $0.rawValue.hasPrefix(typed) }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw CLIError.usage("'\(typed)' matches \(matches.count) claims of \(conflict); type more of the id.")
    }
    throw ReviewError.claimNotInConflict(conflict: conflict, claim: typed, members: members)
  }
}

/// `contested review unresolvable ID --note TEXT`.
struct ReviewUnresolvableCommand: Command {
  static let name = "unresolvable"
  static let abstract = "Mark a conflict as impossible to decide with the evidence available (a note is required)."
  static let usage = "contested review unresolvable ID --note TEXT [--reviewer NAME] [--expect-version N]"
  static let options: [OptionSpec] =
    [.value("--note", valueName: "TEXT", help: "Why it cannot be decided (required).")]
    + ReviewSession.actionOptions

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let r = try ReviewSession.record(args, in: context) { _, c, _, actor in
      ReviewEvent(
        at: "", by: actor, action: .unresolvable, conflict: c.id, base: 0, claims: [], note: args.value("--note"))
    }
    confirm(r, "unresolvable", in: context)
    return .ok
  }
}

/// `contested review reopen ID --note TEXT`.
struct ReviewReopenCommand: Command {
  static let name = "reopen"
  static let abstract = "Open a decided conflict again (a note is required)."
  static let usage = "contested review reopen ID --note TEXT [--reviewer NAME] [--expect-version N]"
  static let options: [OptionSpec] =
    [.value("--note", valueName: "TEXT", help: "Why it is reopened (required).")]
    + ReviewSession.actionOptions

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let r = try ReviewSession.record(args, in: context) { _, c, _, actor in
      ReviewEvent(at: "", by: actor, action: .reopened, conflict: c.id, base: 0, claims: [], note: args.value("--note"))
    }
    confirm(r, "reopened", in: context)
    return .ok
  }
}

/// `contested review comment ID TEXT`.
struct ReviewCommentCommand: Command {
  static let name = "comment"
  static let abstract = "Add a note to a conflict's history (its state does not change)."
  static let usage = "contested review comment ID --note TEXT [--reviewer NAME] [--expect-version N]"
  static let options: [OptionSpec] =
    [.value("--note", valueName: "TEXT", help: "The comment (required).")]
    + ReviewSession.actionOptions

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let r = try ReviewSession.record(args, in: context) { _, c, _, actor in
      ReviewEvent(
        at: "", by: actor, action: .commented, conflict: c.id, base: 0, claims: [], note: args.value("--note"))
    }
    confirm(r, "comment added", in: context)
    return .ok
  }
}

/// `contested review approve ID`.
struct ReviewApproveCommand: Command {
  static let name = "approve"
  static let abstract = "Approve another reviewer's verdict (required before it is final when the workspace says so)."
  static let usage = "contested review approve ID [--note TEXT] [--reviewer NAME] [--expect-version N]"
  static let options: [OptionSpec] =
    [.value("--note", valueName: "TEXT", help: "What you checked.")]
    + ReviewSession.actionOptions

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    let r = try ReviewSession.record(args, in: context) { _, c, _, actor in
      ReviewEvent(at: "", by: actor, action: .approved, conflict: c.id, base: 0, claims: [], note: args.value("--note"))
    }
    confirm(r, "verdict approved; resolved", in: context)
    return .ok
  }
}
