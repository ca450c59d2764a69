import ContestedKit
import ContestedStore
import Foundation

extension CommandContext {
  /// Opens the selected workspace as a desk (places, actors, theatres and settings loaded once).
  func openDesk() throws -> Desk {
    let ws = try openWorkspace()
    do {
      return try Desk(ws, toolVersion: toolVersion)
    } catch let error as GazetteerStoreError {
      throw CLIError.dataError(error.errorDescription ?? "\(error)")
    }
  }

  /// The desk's derived state (``Desk/derived(today:replayed:)``), with the warnings of a ledger read and a one-line
  /// notice when the snapshot had to be rebuilt (unless `warn` is false).
  func derived(_ desk: Desk, replayed: (ledger: ReviewLedger, summary: Ledger.Summary)? = nil, warn: Bool = true)
    throws -> Desk.Derived
  {
    let derived = try desk.derived(today: today, replayed: replayed, progress: { progress($0) })
    progressDone()
    guard warn else { return derived }
    if let why = derived.rebuilt { noticeRebuilt(desk, why) }
    warnAboutRead(desk.workspace, derived.summary, pendingBatches: derived.pendingBatches)
    return derived
  }

  /// The one-line notice that the snapshot was rebuilt, and why.
  func noticeRebuilt(_ desk: Desk, _ why: String) {
    io.err("notice: \(TerminalText.visible("\(desk.snapshotPath) rebuilt from the ledger: \(why)."))\n")
  }

  /// "Today" for priorities: the day of ``now`` (UTC).
  var today: Day { Day(ordinal: Int32((now.timeIntervalSince1970 / 86_400).rounded(.down))) }
}
