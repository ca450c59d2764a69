import Foundation

/// Helpers shared by the benchmark suites: running the release binary under /usr/bin/time, option parsing.
enum Bench {
  /// The folder holding this executable (the release build products).
  static var productsFolder: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
  }

  /// The `contested` binary built beside this benchmark.
  static var contestedBinary: String { productsFolder.appendingPathComponent("contested").path }

  /// Wall seconds, CPU seconds and peak resident memory of one child process, measured by `/usr/bin/time`.
  struct Run {
    var seconds: Double
    var peakMiB: Double
    /// User plus system CPU seconds (on a shared machine the wall time also counts waiting for a core).
    var cpuSeconds: Double = .nan
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs a command under `/usr/bin/time -f "%e %M %U %S"` and returns its wall and CPU time and peak RSS.
  static func timed(_ command: [String], environment: [String: String] = [:], stdoutTo: String? = nil) throws -> Run {
    let timeFile = NSTemporaryDirectory() + "contested-bench-time-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: timeFile) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    p.arguments = ["-f", "%e %M %U %S", "-o", timeFile] + command
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    if let stdoutTo {
      _ = FileManager.default.createFile(atPath: stdoutTo, contents: nil)
      p.standardOutput = FileHandle(forWritingAtPath: stdoutTo)
    } else {
      p.standardOutput = out
    }
    p.standardError = err
    try p.run()
    let o = stdoutTo == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let fields = ((try? String(contentsOfFile: timeFile, encoding: .utf8)) ?? "")
      .split(whereSeparator: { $0 == " " || $0 == "\n" }).suffix(4).compactMap { Double($0) }
    let ok = fields.count == 4
    return Run(
      seconds: ok ? fields[0] : .nan, peakMiB: ok ? fields[1] / 1024 : .nan,
      cpuSeconds: ok ? fields[2] + fields[3] : .nan,
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  /// `--name value` from a list of arguments.
  static func option(_ name: String, in args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
  }

  /// Formats a number with thousands separators (no locale).
  static func grouped(_ n: Int) -> String {
    let s = String(n)
    var out = ""
    for (i, ch) in s.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return String(out.reversed())
  }

  /// Writes to stderr (progress).
  static func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
