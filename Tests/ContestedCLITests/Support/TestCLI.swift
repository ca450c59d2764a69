import ContestedCLI
import ContestedTestSupport
import Foundation

/// Runs `contested` in-process with captured output, a fixed clock and a given workspace.
enum TestCLI {
  struct Result {
    var exit: ExitCode
    var out: String
    var err: String
  }

  /// 2026-11-22T10:00:00Z.
  static let fixedNow = Date(timeIntervalSince1970: 1_795_341_600)

  static func run(
    _ arguments: [String], in directory: String, environment: [String: String] = [:], tty: Bool = false,
    answers: [String]? = nil, now: Date = fixedNow
  ) -> Result {
    let capture = CapturedOutput()
    let tool = CommandLineTool(
      io: .capturing(capture, stdoutIsTTY: tty, answers: answers), environment: environment,
      currentDirectory: directory, clock: { now })
    let code = tool.run(["contested"] + arguments)
    return Result(exit: code, out: capture.out, err: capture.err)
  }

  /// The built `contested` binary, for end-to-end tests (the test bundle sits beside it).
  static var binary: URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("contested")
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
        return candidate
      }
      dir = dir.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("contested")
  }

  /// Runs the real binary and waits.
  @discardableResult
  static func spawn(
    _ arguments: [String], in directory: String, environment: [String: String] = [:], shell: Bool = false
  ) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = shell ? URL(fileURLWithPath: "/bin/sh") : binary
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }
}
