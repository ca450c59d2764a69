import ContestedKit
import ContestedStore
import Foundation

extension CommandContext {
  /// Opens the workspace and replays its ledger, warning about a torn last line.
  public func loadWorkspace(fullVerification: Bool = false) throws -> (workspace: Workspace, state: WorkspaceState) {
    let (ws, state, _) = try loadWorkspaceForWriting(fullVerification: fullVerification)
    return (ws, state)
  }

  /// ``loadWorkspace(fullVerification:)`` with the read's summary, for writers that catch up under the lock
  /// (``Workspace/catchUp(_:_:)``).
  public func loadWorkspaceForWriting(fullVerification: Bool = false) throws -> (
    workspace: Workspace, state: WorkspaceState, summary: Ledger.Summary
  ) {
    let ws = try openWorkspace()
    let (state, summary) = try ws.loadState(fullVerification: fullVerification)
    warnAboutRead(ws, summary, pendingBatches: state.pendingBatches)
    return (ws, state, summary)
  }

  /// Opens the workspace and replays its ledger with claim stamps and review events (``ReviewLedger``), with the
  /// warnings of ``loadWorkspace(fullVerification:)`` unless `warn` is false.
  public func loadReviewLedger(warn: Bool = true) throws -> (workspace: Workspace, ledger: ReviewLedger) {
    let ws = try openWorkspace()
    let (ledger, summary) = try ws.loadReviewLedger()
    if warn { warnAboutRead(ws, summary, pendingBatches: ledger.workspace.pendingBatches) }
    return (ws, ledger)
  }

  /// Warns about what a read found: a torn last line, import batches without a commit, a ledger that no longer
  /// starts with the bytes last verified.
  func warnAboutRead(_ ws: Workspace, _ summary: Ledger.Summary, pendingBatches: [String: [Claim]]) {
    if let torn = summary.tornTail {
      warn(
        "\(ws.ledger.path):\(torn.line): the last line is incomplete (\(torn.byteCount) bytes; a write was interrupted). "
          + "It is ignored now and will be set aside in \(ws.ledger.tornFolder)/ by the next write.")
    }
    let pending = pendingBatches.sorted(by: { $0.key < $1.key })
    let writer = pending.isEmpty ? nil : ws.ledger.activeWriter()
    for (batch, claims) in pending {
      if let writer {
        warn(
          "\(ws.ledger.path): import batch \(batch) is in progress (\(writer)); its \(claims.count) claims so far count once it commits."
        )
      } else {
        warn(
          "\(ws.ledger.path): import batch \(batch) has \(Plural.count(claims.count, "claim")) but no commit (an interrupted import); they are ignored. "
            + "'contested compact' removes their lines.")
      }
    }
    if let bytes = summary.changedSinceVerified {
      warn(
        "\(ws.ledger.path) no longer starts with the \(bytes) bytes last verified (cache/verified-prefix): it was cut short or rewritten. "
          + "Compare 'contested verify' with a head you trust ('--expect-head'); 'verify' then records the ledger as it is."
      )
    }
  }

  /// Appends to the workspace, reporting a torn line that the write set aside.
  @discardableResult
  public func append(_ entries: [LedgerEntry], to ws: Workspace, prepare: ((Int) throws -> [LedgerEntry]?)? = nil)
    throws
    -> Ledger.AppendOutcome
  {
    let outcome = try ws.append(entries, clock: now, prepare: prepare)
    if let aside = outcome.setAside {
      warn(
        "\(ws.ledger.path):\(aside.line): a torn last line (an interrupted write) was set aside in \(aside.path); every complete line is kept."
      )
    }
    return outcome
  }

  /// The timestamp for events recorded now.
  public var timestamp: String { Timestamp.iso(now) }
}
