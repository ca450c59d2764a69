import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Escape sequences, control, bidi and zero-width characters in claims, names and notes never reach the
/// terminal raw from any command (#14 findings 3 and 9); they are shown visibly, as `\u{1B}`.
@Suite struct TerminalInjectionTests {
  let dir = TemporaryDirectory("inject")
  static let hostile =
    "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}]8;;http://evil\u{1B}\\\u{1B}]52;c;ZWNobw==\u{07}\u{202E}\u{2066}\u{200B}\u{9B}"

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(
      [
        "add", "--id", "c-a", "--claimant", "SOHR \(Self.hostile)", "--place", "Kansaba", "--controller", "opposition",
        "--when", "2016-07-01", "--quote", "took it \(Self.hostile)", "--outlet", "Outlet \(Self.hostile)",
      ], in: dir.path)
    _ = TestCLI.run(
      [
        "add", "--id", "c-b", "--claimant", "SANA", "--place", "Kansaba", "--controller", "government",
        "--when", "2016-07-01",
      ], in: dir.path)
  }

  func expectSafe(_ r: TestCLI.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for text in [r.out, r.err] {
      let bad = text.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != "\t" }
      #expect(bad.isEmpty, "\(what) printed \(bad.map { TerminalText.shown($0) })", sourceLocation: sourceLocation)
    }
  }

  @Test func everyCommandShowsHostileTextVisibly() throws {
    let env = ["CONTESTED_REVIEWER": "amal\(Self.hostile)"]
    let list = TestCLI.run(["review", "list", "--format", "json"], in: dir.path)
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.out.utf8)) as? [[String: Any]])
    let id = try #require(rows.first?["id"] as? String)
    let resolve = TestCLI.run(
      [
        "review", "resolve", id, "--others", "unverifiable", "--held-by", "contested", "--confidence", "low",
        "--rationale", "why \(Self.hostile)",
      ], in: dir.path, environment: env)
    #expect(resolve.exit == .ok, "\(resolve.err)")
    expectSafe(resolve, "review resolve")
    #expect(resolve.out.contains(#"amal\u{1B}]0;pwned\u{07}"#), "\(resolve.out)")
    _ = TestCLI.run(["review", "comment", id, "--note", "note \(Self.hostile)"], in: dir.path, environment: env)
    let commands: [[String]] = [
      ["claims"], ["claims", "--format", "jsonl"], ["claims", "--format", "json"], ["review", "list"],
      ["review", "show", id], ["review", "log"], ["review", "log", id], ["sources"], ["report"],
      ["report", "--format", "markdown"], ["report", "--format", "json"], ["report", "--format", "jsonl"],
      ["digest"], ["digest", "--format", "html"], ["report", "--format", "html"], ["export", "claimreview"],
      ["export", "geojson"], ["claims", "accept", "c-a\(Self.hostile)"],
    ]
    for c in commands {
      let r = TestCLI.run(c, in: dir.path, environment: env)
      expectSafe(r, c.joined(separator: " "))
    }
    #expect(TestCLI.run(["claims"], in: dir.path).out.contains(#"\u{1B}"#))
    #expect(TestCLI.run(["review", "show", id], in: dir.path).out.contains(#"\u{202E}"#))
  }

  @Test func theSanitiserShowsEachKindAndKeepsOwnColours() {
    #expect(TerminalText.visible("a\u{1B}[31mb\u{07}") == #"a\u{1B}[31mb\u{07}"#)
    #expect(TerminalText.visible("x\u{202E}y\u{200B}z\u{9B}") == #"x\u{202E}y\u{200B}z\u{9B}"#)
    #expect(TerminalText.oneLine("a\nb\tc\u{2028}d") == "a b c d")
    #expect(TerminalText.visible("a\nb\tc", keepNewlines: true) == "a\nb\tc")
    #expect(
      TerminalText.visible("\u{1B}[1mhead\u{1B}[0m \u{1B}]0;t\u{07}", keepColor: true)
        == "\u{1B}[1mhead\u{1B}[0m " + #"\u{1B}]0;t\u{07}"#)
    #expect(TerminalText.visible("Ḥalab, حلب, 東京") == "Ḥalab, حلب, 東京")
  }

  @Test func markdownReportLinksNothing() {
    _ = TestCLI.run(
      [
        "add", "--id", "c-u", "--claimant", "see https://evil.example/x and www.evil.example", "--place", "Kansaba",
        "--controller", "isis", "--when", "2016-07-01",
      ], in: dir.path)
    let md = TestCLI.run(["report", "--format", "markdown"], in: dir.path).out
    #expect(md.contains("evil"), "\(md)")
    #expect(!md.contains("https://evil"), "\(md)")
    #expect(!md.contains("www.evil"), "\(md)")
  }
}
