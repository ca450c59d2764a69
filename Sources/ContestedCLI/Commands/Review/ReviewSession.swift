import ContestedKit
import ContestedStore
import Foundation

/// A workspace loaded for review: claims, conflicts (as `contested report` computes them) and their reviews.
struct ReviewSession {
  /// The workspace.
  var workspace: Workspace
  /// The replayed ledger (empty in a session for a review action, ``forAction(_:warn:)``, which reads only the
  /// conflicts' claims through the desk).
  var ledger: ReviewLedger
  /// `contested.json`.
  var settings: WorkspaceSettings
  /// Current conflicts among accepted claims, highest priority first, with their review status.
  var conflicts: [Conflict]
  /// The review of each current conflict.
  var reviews: [ConflictID: ConflictReview]
  /// The claims of the current conflicts and of the review events, by id.
  var claims: [ClaimID: Claim]
  /// The reconciler that found the conflicts (gazetteer, voices, coalitions); the estimate sees claims through it.
  var reconciler = Reconciler()
  /// The review events.
  var book: ReviewBook
  /// The sequence number of the last ledger event read.
  var lastSeq: Int

  /// Replays the workspace's ledger (with the same warnings as other commands); the conflicts come from the desk
  /// (its snapshot and the ledger's tail), reconciled from this replay only when the snapshot cannot be used.
  static func load(_ context: CommandContext, warn: Bool = true) throws -> ReviewSession {
    let desk = try context.openDesk()
    context.progress("reading the ledger…")
    let (ledger, summary) = try desk.workspace.loadReviewLedger()
    context.progressDone()
    if warn { context.warnAboutRead(desk.workspace, summary, pendingBatches: ledger.workspace.pendingBatches) }
    // The desk's own warnings would repeat the replay's.
    let derived = try context.derived(desk, replayed: (ledger, summary), warn: false)
    if warn, let why = derived.rebuilt { context.noticeRebuilt(desk, why) }
    return build(
      workspace: desk.workspace, ledger: ledger, settings: desk.settings, found: derived.state.conflicts,
      reconciler: desk.reconciler(today: context.today)
    ).namingPlaces(with: desk.gazetteer)
  }

  /// The session with its conflicts named by the gazetteer.
  func namingPlaces(with gazetteer: Gazetteer) -> ReviewSession {
    var s = self
    s.conflicts = conflicts.namingPlaces(with: gazetteer)
    return s
  }

  /// Replays the ledger: claims, claim stamps and review events.
  static func replay(_ context: CommandContext, warn: Bool = true) throws -> (Workspace, ReviewLedger) {
    try context.loadReviewLedger(warn: warn)
  }

  /// "Today" for priorities, as `contested report` computes it.
  static func today(_ context: CommandContext) -> Day {
    Day(ordinal: Int32((context.now.timeIntervalSince1970 / 86_400).rounded(.down)))
  }

  /// Reconciles the accepted claims as `contested report` does by default (the gazetteer's regions, default
  /// horizon and tolerance) and folds the reviews.
  static func build(
    workspace: Workspace, ledger: ReviewLedger, settings: WorkspaceSettings, hierarchy: any PlaceHierarchy, today: Day,
    registry: FactionRegistry? = nil, coalitions: Coalitions = .builtIn
  ) -> ReviewSession {
    let accepted = ledger.workspace.acceptedClaims
    var options = Reconciler.Options(asOf: today)
    options.coalitions = coalitions
    let reconciler = Reconciler(hierarchy: hierarchy, options: options, registry: registry)
    return build(
      workspace: workspace, ledger: ledger, settings: settings, found: reconciler.reconcile(accepted),
      reconciler: reconciler)
  }

  /// A session of the conflicts `found` (by `reconciler`, not yet annotated) with the reviews folded in.
  static func build(
    workspace: Workspace, ledger: ReviewLedger, settings: WorkspaceSettings, found: [Conflict], reconciler: Reconciler
  ) -> ReviewSession {
    // Only the claims of the conflicts and of review events are looked up by id; a map of every claim would cost
    // seconds and a gigabyte on a big workspace.
    var wanted = Set<ClaimID>()
    for c in found { wanted.formUnion(c.claims) }
    for e in ledger.book.events { wanted.formUnion(e.claims) }
    var claims: [ClaimID: Claim] = [:]
    claims.reserveCapacity(wanted.count)
    for id in wanted { if let c = ledger.workspace.claim(id) { claims[id] = c } }
    let claimants = claims.mapValues(\.claimant.name)
    let reviews = ledger.book.reviews(
      of: found, stamps: ledger.stamps, claimants: claimants, requireApproval: settings.requireApproval)
    let annotated = found.map { c -> Conflict in
      var c = c
      c.status = reviews[c.id]?.status ?? .open
      return c
    }
    return ReviewSession(
      workspace: workspace, ledger: ledger, settings: settings, conflicts: annotated, reviews: reviews, claims: claims,
      reconciler: reconciler, book: ledger.book, lastSeq: ledger.workspace.lastSeq)
  }

  /// A session for a review action, from the desk (through the snapshot): the conflicts, their claims and reviews,
  /// without the other claims, so ``ledger`` is left empty.
  static func forAction(_ context: CommandContext, warn: Bool = true) throws -> ReviewSession {
    let desk = try context.openDesk()
    let derived = warn ? try context.derived(desk) : try desk.derived(today: context.today)
    let state = derived.state
    var claims: [ClaimID: Claim] = [:]
    claims.reserveCapacity(state.claims.count)
    for c in state.claims where claims[c.id] == nil { claims[c.id] = c }
    let reviews = state.book.reviews(
      of: state.conflicts, stamps: state.stamps, claimants: claims.mapValues(\.claimant.name),
      requireApproval: desk.settings.requireApproval)
    let annotated = state.conflicts.map { c -> Conflict in
      var c = c
      c.status = reviews[c.id]?.status ?? .open
      return c
    }
    return ReviewSession(
      workspace: desk.workspace, ledger: ReviewLedger(), settings: desk.settings,
      conflicts: annotated.namingPlaces(with: desk.gazetteer), reviews: reviews, claims: claims,
      reconciler: desk.reconciler(today: context.today), book: state.book, lastSeq: state.lastSeq)
  }

  /// The conflict a user typed: a full id, a unique prefix (`C-1a2b`, case-insensitive), or a former id.
  func conflict(_ typed: String) throws -> Conflict {
    let t = typed.trimmingCharacters(in: .whitespaces)
    let norm = t.uppercased().hasPrefix("C-") ? "C-" + t.dropFirst(2).lowercased() : t
    if let exact = conflicts.first(where: { $0.id.rawValue == norm }) { return exact }
    let former = ConflictID(rawValue: norm)
    if let moved = conflicts.first(where: {
      $0.formerIDs.contains(former) || reviews[$0.id]?.formerIDs.contains(former) == true
    }) {
      return moved
    }
    let matches = norm.count >= 3 ? conflicts.filter { $0.id.rawValue.hasPrefix(norm) } : []
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw CLIError.usage(
        "'\(typed)' matches \(matches.count) conflicts (\(matches.prefix(3).map(\.id.rawValue).joined(separator: ", ")), …); "
          + "type more of the id.")
    }
    var message = "no conflict with id '\(typed)'."
    if let s = EditDistance.suggestion(for: norm, among: conflicts.map(\.id.rawValue)) {
      message += " Did you mean '\(s)'?"
    }
    if book.events.contains(where: { $0.conflict.rawValue == norm }) {
      message +=
        " It was reviewed before but its claims no longer contradict each other; 'contested review log \(norm)' shows its history."
    } else {
      message += " Run 'contested review list' to see the conflicts."
    }
    throw CLIError.usage(message)
  }

  /// The review of a current conflict.
  func review(of c: Conflict) -> ConflictReview { reviews[c.id] ?? ConflictReview(conflict: c.id) }

  /// Records one review action on the conflict the user typed, based on the version they saw.
  ///
  /// The action is checked against the review now, then again under the ledger lock: if anything touched the
  /// conflict after `expected` (default: the version when this command loaded the ledger), it is refused with
  /// what changed and by whom, and nothing is written.
  @discardableResult
  static func record(
    _ args: ParsedArguments, in context: CommandContext,
    make: (_ session: ReviewSession, _ conflict: Conflict, _ review: ConflictReview, _ actor: String) throws ->
      ReviewEvent
  ) throws -> (event: ReviewEvent, session: ReviewSession, conflict: Conflict) {
    guard let actor = context.reviewer(args) else {
      throw CLIError.usage(
        "who is acting? Give --reviewer NAME or set CONTESTED_REVIEWER; every review action records its reviewer.")
    }
    let typed = try args.positional(0, name: "conflict ID (see 'contested review list')")
    try args.expectPositionals(atMost: 1)
    let expectedOption = try args.integer("--expect-version", in: 0...Int.max)
    let session = try forAction(context)
    let conflict = try session.conflict(typed)
    let review = session.review(of: conflict)
    let expected = expectedOption ?? review.version
    if review.version != expected {
      throw ReviewError.stale(
        conflict: conflict.id, expected: expected, current: review.version,
        changes: ReviewBook.changes(in: review, since: expected))
    }
    var event = try make(session, conflict, review, actor)
    event.base = expected
    event.by = actor
    event.at = context.timestamp
    event.conflict = conflict.id
    event.claims = conflict.claims
    try ReviewWorkflow.check(
      event, by: actor, on: review, claims: conflict.claims, requireApproval: session.settings.requireApproval)
    let loadedLines = session.lastSeq
    let entry = event.ledgerEntry
    let outcome = try context.append([entry], to: session.workspace) { lines in
      if lines == loadedLines { return [entry] }
      // Someone wrote meanwhile: re-read under the lock and compare the conflict's version.
      let fresh = try forAction(context, warn: false)
      guard let now = try? fresh.conflict(conflict.id.rawValue) else {
        throw ReviewError.stale(
          conflict: conflict.id, expected: expected, current: fresh.lastSeq,
          changes: ["its claims no longer form this conflict"])
      }
      let current = fresh.review(of: now)
      if current.version != expected {
        throw ReviewError.stale(
          conflict: conflict.id, expected: expected, current: current.version,
          changes: ReviewBook.changes(in: current, since: expected))
      }
      return [entry]
    }
    if let written = outcome.entries.first { event.seq = written.seq }
    return (event, session, conflict)
  }

  /// Options every review action takes.
  static let actionOptions: [OptionSpec] = [
    .value("--reviewer", valueName: "NAME", help: "Who acts (default: $CONTESTED_REVIEWER); required."),
    .value(
      "--expect-version", valueName: "N",
      help: "The conflict version you read ('review show'); refused if it changed since (default: as loaded)."),
  ]
}
