import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

@Suite struct DigestRendererTests {
  @Test func wholePeriodGolden() {
    Golden.assert(
      DigestRenderer.render(OutputFixtures.digest(claims: OutputFixtures.claims())),
      named: "digest/two-places.md")
  }

  @Test func mayOnlyGolden() {
    let d = OutputFixtures.digest(
      claims: OutputFixtures.claims(), since: "2017-05-01", until: "2017-05-31")
    Golden.assert(DigestRenderer.render(d), named: "digest/two-places-may.md")
  }

  @Test func emptyWorkspaceGolden() {
    let d = Digest(
      claims: [], conflicts: [], generatedAt: "2017-07-01T08:00:00Z", toolVersion: "0.1.0")
    Golden.assert(DigestRenderer.render(d), named: "digest/empty.md")
  }

  @Test func periodFiltersConflictsAndVerdicts() {
    let may = DigestRenderer.render(
      OutputFixtures.digest(
        claims: OutputFixtures.claims(), since: "2017-05-01", until: "2017-05-31"))
    #expect(may.contains("### 1. Kabani"))
    #expect(!may.contains("### Salma"))
    let june = DigestRenderer.render(
      OutputFixtures.digest(claims: OutputFixtures.claims(), since: "2017-06-01"))
    #expect(june.contains("### Salma: resolved"))
    #expect(june.contains("Rationale: Geolocated video from 2017-06-03"))
    #expect(!june.contains("### 1. Kabani"))
  }

  @Test func hostileQuoteCannotBreakLayout() throws {
    let claims = OutputFixtures.claims(
      hostileQuote: OutputFixtures.hostile, hostileName: "Spokes|man `x` <b>\n## Fake")
    let md = DigestRenderer.render(OutputFixtures.digest(claims: claims))
    // No raw HTML at all: the renderer itself never writes `<`.
    #expect(!md.contains("<"))
    #expect(md.contains("&lt;script&gt;"))
    // No link or image can form: every `]` is escaped, and bare URLs are broken up.
    #expect(!md.replacingOccurrences(of: "\\]", with: "").contains("]"))
    #expect(!md.replacingOccurrences(of: "\\[", with: "").contains("["))
    #expect(!md.replacingOccurrences(of: "\\`", with: "").contains("`"))
    #expect(!md.replacingOccurrences(of: "\\~", with: "").contains("~"))
    #expect(md.contains("\\*\\*bold\\*\\* \\_em\\_"))
    #expect(!md.contains("https://evil"))
    #expect(md.contains("https\\://evil.example"))
    #expect(md.contains("www\\.evil.example"))
    #expect(md.contains("mail\\@evil.example"))
    #expect(md.contains("\\&lt;entity\\&gt;"))
    // Headings, lists, quotes and table rows from the text never start a line.
    let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      #expect(!line.contains("Injected heading") || line.hasPrefix("- ") || line.hasPrefix("| "))
      #expect(!line.hasPrefix("> "))
      #expect(!line.hasPrefix("## Fake") && !line.hasPrefix("- injected"))
      #expect(!line.contains("\u{2028}") && !line.contains("\r"))
    }
    // Every table row has exactly its header's number of (unescaped) cell separators.
    var expectedPipes: Int?
    for line in lines {
      guard line.hasPrefix("|") else {
        expectedPipes = nil
        continue
      }
      let n = unescapedPipes(String(line))
      if let e = expectedPipes {
        #expect(n == e, "row breaks its table: \(line)")
      } else {
        expectedPipes = n
      }
    }
  }

  @Test func markdownWriterEscapes() {
    #expect(MarkdownWriter.inline("a|b") == "a\\|b")
    #expect(MarkdownWriter.inline("  line\none\r\n\ttwo  ") == "line one two")
    #expect(MarkdownWriter.inline("<b>&") == "&lt;b&gt;\\&")
    #expect(MarkdownWriter.inline("[x](javascript:y)") == "\\[x\\](javascript:y)")
    #expect(
      MarkdownWriter.inline("see https://a.b and WWW.c.d") == "see https\\://a.b and WWW\\.c.d")
    #expect(MarkdownWriter.inline("*_`~\\") == "\\*\\_\\`\\~\\\\")
    #expect(MarkdownWriter.inline("al-Sheikh Maskin, 2016") == "al-Sheikh Maskin, 2016")
    #expect(MarkdownWriter.cell("") == "–")
    #expect(MarkdownWriter.inline("\u{0}\u{85}\u{2029}") == "")
  }

  func unescapedPipes(_ line: String) -> Int {
    var n = 0
    var escaped = false
    for ch in line {
      if escaped {
        escaped = false
        continue
      }
      if ch == "\\" { escaped = true } else if ch == "|" { n += 1 }
    }
    return n
  }
}
