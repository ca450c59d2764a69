import ContestedCLI
import ContestedTestSupport
import Foundation
import Testing

/// Progress goes to stderr only when it is a terminal, and never with --quiet (issue #17 item 6).
@Suite struct ProgressTests {
  let dir = TemporaryDirectory("progress")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    var rng = KillTests.SplitMix(state: 3)
    _ = TestCLI.run(
      ["import", dir.write("c.jsonl", SnapshotDifferentialTests.claims(&rng, count: 30, from: 0))], in: dir.path)
  }

  func run(_ arguments: [String], stderrIsTTY: Bool) -> (out: String, err: String) {
    let capture = CapturedOutput()
    let io = TerminalIO.capturing(capture, stderrIsTTY: stderrIsTTY)
    let tool = CommandLineTool(
      io: io, environment: [:], currentDirectory: dir.path, clock: { TestCLI.fixedNow })
    _ = tool.run(["contested"] + arguments)
    return (capture.out, capture.err)
  }

  @Test func onATerminalOnlyAndNotWithQuiet() throws {
    try? FileManager.default.removeItem(atPath: dir.file("cache"))
    let shown = run(["report", "--format", "jsonl"], stderrIsTTY: true)
    #expect(shown.err.contains("\r\u{1B}[Kreconciling 30 claims…"), "\(shown.err.debugDescription)")
    #expect(shown.err.contains("\r\u{1B}[K\r\u{1B}[K") || shown.err.contains("…\r\u{1B}[K"))
    try FileManager.default.removeItem(atPath: dir.file("cache"))
    let piped = run(["report", "--format", "jsonl"], stderrIsTTY: false)
    #expect(!piped.err.contains("\u{1B}"), "\(piped.err.debugDescription)")
    #expect(piped.out == shown.out)
    try FileManager.default.removeItem(atPath: dir.file("cache"))
    let quiet = run(["report", "--format", "jsonl", "--quiet"], stderrIsTTY: true)
    #expect(!quiet.err.contains("\u{1B}"), "\(quiet.err.debugDescription)")
    let digest = run(["digest"], stderrIsTTY: true)
    #expect(digest.err.contains("estimating who held each place"), "\(digest.err.debugDescription)")
    let importing = run(["import", dir.write("d.jsonl", ""), "--quiet"], stderrIsTTY: true)
    #expect(!importing.err.contains("\u{1B}"))
  }
}
