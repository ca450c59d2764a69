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

  /// The desk's derived state (``Desk/derived(today:)``), with the warnings of a ledger read and a one-line notice
  /// when the snapshot had to be rebuilt.
  func derived(_ desk: Desk) throws -> Desk.Derived {
    let derived = try desk.derived(today: today)
    if let why = derived.rebuilt {
      io.err("notice: \(TerminalText.visible("\(desk.snapshotPath) rebuilt from the ledger: \(why)."))\n")
    }
    warnAboutRead(desk.workspace, derived.summary, pendingBatches: derived.pendingBatches)
    return derived
  }

  /// "Today" for priorities: the day of ``now`` (UTC).
  var today: Day { Day(ordinal: Int32((now.timeIntervalSince1970 / 86_400).rounded(.down))) }
}
