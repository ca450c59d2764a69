import ContestedKit
import ContestedStore
import Foundation

/// An error that ends a command with a message and a specific exit code.
public enum CLIError: Error, LocalizedError, Equatable {
  /// A wrong command line; the usage line and a help hint are printed after the message.
  case usage(String)
  /// Malformed input data: `file:line: field: what was expected`.
  case dataError(String)
  /// A missing input file or workspace.
  case noInput(String)
  /// A failed read or write.
  case io(String)

  public var errorDescription: String? {
    switch self {
    case .usage(let m), .dataError(let m), .noInput(let m), .io(let m): m
    }
  }

  /// The exit code this error ends the process with.
  public var exitCode: ExitCode {
    switch self {
    case .usage: .usage
    case .dataError: .dataError
    case .noInput: .noInput
    case .io: .ioError
    }
  }
}

extension ExitCode {
  /// The exit code for any error a command may throw.
  static func forError(_ error: any Error) -> ExitCode {
    if let e = error as? CLIError { return e.exitCode }
    if let e = error as? any ClassifiedError {
      switch e.failureClass {
      case .usage: return .usage
      case .data: return .dataError
      case .noInput: return .noInput
      case .io: return .ioError
      case .conflict: return .dataError
      case .temporary: return .tempFail
      case .internal: return .internalError
      }
    }
    return .internalError
  }
}
