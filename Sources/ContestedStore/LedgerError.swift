import ContestedKit
import Foundation

/// Errors reading or writing a workspace and its ledger.
public enum LedgerError: Error, LocalizedError, Equatable, ClassifiedError {
  /// No workspace (no ledger) at the path.
  case missingWorkspace(path: String)
  /// A workspace already exists where `init` was asked to create one.
  case alreadyInitialized(path: String)
  /// A complete line in the ledger is damaged.
  case damaged(path: String, line: Int, reason: String)
  /// The ledger was written by a newer contested.
  case unsupportedSchema(path: String, found: Int, highestSupported: Int)
  /// A system call failed.
  case io(path: String, operation: String, reason: String)
  /// Another writer held the ledger's lock for longer than the writer would wait.
  case lockTimeout(path: String, holder: String, seconds: Double)

  public var errorDescription: String? {
    switch self {
    case .missingWorkspace(let path):
      "No contested workspace at \(path) (no ledger.jsonl). Run 'contested init \(path)' to create one, or pass --workspace DIR."
    case .alreadyInitialized(let path):
      "\(path) is already a contested workspace (ledger.jsonl exists); nothing was changed."
    case .damaged(let path, let line, let reason):
      "\(path):\(line): the ledger is damaged: \(reason). Run 'contested verify' for details; restore the line from a backup or a colleague's copy."
    case .unsupportedSchema(let path, let found, let highest):
      "\(path) uses ledger schema \(found); this contested reads up to \(highest). Upgrade contested."
    case .io(let path, let op, let reason):
      "\(path): cannot \(op): \(reason)."
    case .lockTimeout(let path, let holder, let seconds):
      "\(path): the ledger is locked by \(holder); gave up after \(Ledger.seconds(seconds)). Nothing was written. "
        + "Try again when it is done, or wait longer with --lock-timeout SECONDS."
    }
  }

  public var failureClass: FailureClass {
    switch self {
    case .missingWorkspace: .noInput
    case .alreadyInitialized: .usage
    case .damaged, .unsupportedSchema: .data
    case .io: .io
    case .lockTimeout: .temporary
    }
  }

  static func posix(_ path: String, _ op: String) -> LedgerError {
    .io(path: path, operation: op, reason: String(cString: strerror(errno)))
  }
}
