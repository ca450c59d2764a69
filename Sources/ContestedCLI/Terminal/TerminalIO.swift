import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's output goes: report content to `out` (stdout), diagnostics to `err` (stderr).
///
/// A value, injected into the tool, so tests capture output in memory.
public struct TerminalIO: Sendable {
  /// Writes report content (stdout).
  public var out: @Sendable (String) -> Void
  /// Writes diagnostics and progress (stderr).
  public var err: @Sendable (String) -> Void
  /// Whether stdout is a terminal (colour and tables are only for terminals).
  public var stdoutIsTTY: Bool
  /// Whether stderr is a terminal (progress is only shown on a terminal).
  public var stderrIsTTY: Bool
  /// The terminal width, or nil when unknown.
  public var columns: Int?
  /// Whether stdin is a terminal (a confirmation is asked only there).
  public var stdinIsTTY: Bool = false
  /// Reads one line of the user's answer from stdin (nil at its end).
  public var readLine: @Sendable () -> String? = { nil }
  /// Reads all of stdin (for commands that take their input there, like `parse`); empty in tests by default.
  public var readAll: @Sendable () -> [UInt8] = { [] }

  /// Builds an IO value from sinks.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
    stdoutIsTTY: Bool = false, stderrIsTTY: Bool = false, columns: Int? = nil
  ) {
    self.out = out
    self.err = err
    self.stdoutIsTTY = stdoutIsTTY
    self.stderrIsTTY = stderrIsTTY
    self.columns = columns
  }

  /// The process's real stdout and stderr.
  public static var standard: TerminalIO {
    var size = winsize()
    let cols: Int? = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    // A last pass over everything that reaches a terminal (and over all diagnostics): whatever a command prints,
    // no escape sequence, control or bidi character of a user's text reaches it raw; contested's own colours stay.
    // Output to a file or a pipe is left byte for byte (CSV and TSV data).
    let tty = isatty(STDOUT_FILENO) == 1
    var io = TerminalIO(
      out: { text in
        writeAll(STDOUT_FILENO, tty ? TerminalText.visible(text, keepNewlines: true, keepColor: true) : text)
      },
      err: { text in writeAll(STDERR_FILENO, TerminalText.visible(text, keepNewlines: true, keepColor: true)) },
      stdoutIsTTY: tty, stderrIsTTY: isatty(STDERR_FILENO) == 1, columns: cols)
    io.stdinIsTTY = isatty(STDIN_FILENO) == 1
    io.readLine = { Swift.readLine(strippingNewline: true) }
    io.readAll = { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    return io
  }

  /// Writes the whole text to a file descriptor (retrying short writes; a closed pipe ends quietly).
  static func writeAll(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { buf in
      var offset = 0
      while offset < buf.count {
        let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += n
      }
    }
  }

  /// An IO value that captures both streams into `buffer`; with `answers`, stdin is a terminal that types them.
  public static func capturing(
    _ buffer: CapturedOutput, stdoutIsTTY: Bool = false, stderrIsTTY: Bool = false, answers: [String]? = nil
  ) -> TerminalIO {
    var io = TerminalIO(
      out: { buffer.appendOut($0) }, err: { buffer.appendErr($0) }, stdoutIsTTY: stdoutIsTTY,
      stderrIsTTY: stderrIsTTY, columns: nil)
    if let answers {
      let queue = AnswerQueue(answers)
      io.stdinIsTTY = true
      io.readLine = { queue.next() }
    }
    return io
  }
}

/// Captured stdout and stderr text, for tests and for commands that run other commands (the demo).
public final class CapturedOutput: @unchecked Sendable {
  // @unchecked: every access goes through `lock`.
  private let lock = NSLock()
  private var _out = ""
  private var _err = ""

  /// An empty capture.
  public init() {}

  /// Everything written to stdout so far.
  public var out: String { lock.withLock { _out } }
  /// Everything written to stderr so far.
  public var err: String { lock.withLock { _err } }

  func appendOut(_ s: String) { lock.withLock { _out += s } }
  func appendErr(_ s: String) { lock.withLock { _err += s } }
}

/// Typed answers for a test's stdin.
final class AnswerQueue: @unchecked Sendable {
  // @unchecked: every access goes through `lock`.
  private let lock = NSLock()
  private var answers: [String]

  init(_ answers: [String]) { self.answers = answers }

  func next() -> String? { lock.withLock { answers.isEmpty ? nil : answers.removeFirst() } }
}
