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
    if let torn = summary.tornTail {
      warn(
        "\(ws.ledger.path):\(torn.line): the last line is incomplete (\(torn.byteCount) bytes; a write was interrupted). "
          + "It is ignored now and will be set aside in \(ws.ledger.tornFolder)/ by the next write.")
    }
    let pending = state.pendingBatches.sorted(by: { $0.key < $1.key })
    let writer = pending.isEmpty ? nil : ws.ledger.activeWriter()
    for (batch, claims) in pending {
      if let writer {
        warn(
          "\(ws.ledger.path): import batch \(batch) is in progress (\(writer)); its \(claims.count) claims so far count once it commits."
        )
      } else {
        warn(
          "\(ws.ledger.path): import batch \(batch) has \(claims.count) claims but no commit (an interrupted import); they are ignored. "
            + "'contested compact' removes their lines.")
      }
    }
    if let bytes = summary.changedSinceVerified {
      warn(
        "\(ws.ledger.path) no longer starts with the \(bytes) bytes last verified (cache/verified-prefix): it was cut short or rewritten. "
          + "Compare 'contested verify' with a head you trust ('--expect-head'); 'verify' then records the ledger as it is."
      )
    }
    return (ws, state, summary)
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
