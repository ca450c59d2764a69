import Foundation
import Testing

/// Golden files under `Fixtures/golden/`, compared byte for byte.
///
/// With `CONTESTED_RECORD=1` the file is (re)written and the test fails ("Recorded new golden; re-run without
/// CONTESTED_RECORD"), so recording can never pass silently. On a mismatch the actual output is attached
/// (`<name>.actual<ext>`) and the first differing line is reported.
public enum Golden {
  /// Whether this run records goldens.
  public static var recording: Bool {
    ProcessInfo.processInfo.environment["CONTESTED_RECORD"] == "1"
  }

  /// The absolute path of `Fixtures/golden/<name>`.
  public static func path(_ name: String) -> String {
    TestPaths.fixtures.appendingPathComponent("golden").appendingPathComponent(name).path
  }

  /// Compares `actual` with `Fixtures/golden/<name>` (or records it).
  public static func assert(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = path(name)
    if recording {
      try? FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: file, contents: Data(actual.utf8))
      Issue.record(
        "Recorded new golden \(name); re-run without CONTESTED_RECORD.",
        sourceLocation: sourceLocation)
      return
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      Issue.record(
        "Missing golden \(name); record it with CONTESTED_RECORD=1 swift test --filter <suite>.",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected == actual { return }
    let ext = (name as NSString).pathExtension
    let base = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
    Attachment.record(actual, named: "\(base).actual\(ext.isEmpty ? "" : "." + ext)")
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var line = 0
    while line < min(e.count, a.count) && e[line] == a[line] { line += 1 }
    let exp = line < e.count ? String(e[line]) : "<end of file>"
    let act = line < a.count ? String(a[line]) : "<end of file>"
    let message =
      "Golden \(name) differs at line \(line + 1):\n  expected: \(exp)\n  actual:   \(act)\n"
      + "Re-record with CONTESTED_RECORD=1 if the change is intended."
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}
