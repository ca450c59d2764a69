import ContestedKit
import ContestedStore
import Foundation

/// What a command may use from the outside world: output, environment, working folder, clock, workspace.
public struct CommandContext: Sendable {
  /// Output sinks.
  public var io: TerminalIO
  /// The process environment (or a test's).
  public var environment: [String: String]
  /// The folder relative paths are resolved against.
  public var currentDirectory: String
  /// The injected clock: the time the command runs at.
  public var now: Date
  /// This tool's version.
  public var toolVersion: String
  /// `--workspace DIR` when given.
  public var workspaceOption: String?
  /// How long a writer waits for another writer's lock (`--lock-timeout`), in seconds.
  public var lockTimeout = LockWait.defaultTimeout

  /// Colour only on a terminal, and never when `NO_COLOR` is set.
  public var useColor: Bool { io.stdoutIsTTY && (environment["NO_COLOR"] ?? "").isEmpty }

  /// `--quiet`: no progress.
  public var quiet = false

  /// Whether to show progress on stderr: only on a terminal, and not with `--quiet`.
  public var showProgress: Bool { io.stderrIsTTY && !quiet }

  /// Shows what a step that may take seconds is doing, on one stderr line that the next message replaces
  /// (``showProgress`` only); ``progressDone()`` clears it.
  public func progress(_ message: String) {
    guard showProgress else { return }
    io.err("\r\u{1B}[K" + TerminalText.visible(message))
  }

  /// Clears the progress line.
  public func progressDone() {
    guard showProgress else { return }
    io.err("\r\u{1B}[K")
  }

  /// `path` made absolute against ``currentDirectory``.
  public func resolvePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    if path == "." { return currentDirectory }
    return (currentDirectory as NSString).appendingPathComponent(path)
  }

  /// The workspace folder: `--workspace`, else `$CONTESTED_WORKSPACE`, else the current folder.
  public var workspacePath: String {
    if let w = workspaceOption { return resolvePath(w) }
    if let w = environment["CONTESTED_WORKSPACE"], !w.isEmpty { return resolvePath(w) }
    return currentDirectory
  }

  /// Opens the selected workspace, or fails with a hint to run `contested init`.
  public func openWorkspace() throws -> Workspace {
    var ws = try Workspace.open(at: workspacePath)
    let io = self.io
    ws.ledger.lockWait = LockWait(timeout: lockTimeout, notify: { io.err("warning: \($0)\n") })
    return ws
  }

  /// Writes a warning to stderr: `warning: message` (user text in it shown safely, ``TerminalText``).
  public func warn(_ message: String) {
    io.err("warning: \(TerminalText.visible(message))\n")
  }

  /// Writes human-readable text that may hold user text to stdout: control, escape, bidi and invisible
  /// characters are shown visibly (``TerminalText``); line breaks and tabs stay.
  public func show(_ text: String) {
    io.out(TerminalText.visible(text, keepNewlines: true))
  }

  /// The reviewer's name from `--reviewer` or `CONTESTED_REVIEWER`, if any.
  public func reviewer(_ args: ParsedArguments) -> String? {
    if let r = args.value("--reviewer"), !r.trimmingCharacters(in: .whitespaces).isEmpty { return r }
    if let r = environment["CONTESTED_REVIEWER"], !r.trimmingCharacters(in: .whitespaces).isEmpty { return r }
    return nil
  }
}
