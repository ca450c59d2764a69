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
    // No raw HTML: no `<` opens a tag, a comment or an autolink, except autolinks of http(s) evidence addresses.
    let autolinks = try Regex("<https?://[^ <>|]*>")
    #expect(!md.replacing(autolinks, with: "").contains(try Regex("<[A-Za-z/!?]")))
    #expect(md.contains("&lt;script>"))
    #expect(md.contains("&lt;img src=x onerror=alert(1)>"))
    // No link or image can form from the text: every `[` and `]` is escaped but those of the renderer's own
    // reference links to http(s) addresses; `` ` `` and `~` are always escaped.
    expectOnlyWebLinks(md)
    #expect(!md.contains("evil.example/x.png]") && !md.contains("](http://evil"))
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

  @Test func articleTitlesAreLinkedOnlyForWebAddresses() throws {
    let (claims, articles) = OutputFixtures.sentenceClaims(
      title: "Pwned](javascript:alert(1)) [x]", url: "javascript:alert(1)")
    let md = DigestRenderer.render(OutputFixtures.digest(claims: claims, articles: articles))
    // The http(s) article is linked by reference, its address defined once at the end, percent-encoded.
    #expect(md.contains("[Rebels advance near Kabani][2], Orient News, 2017-05-13"))
    #expect(md.hasSuffix("\n[2]: <https://orient.example/a?x=1&y=%282%29>\n"))
    // The javascript: one stays text: its title escaped, its address shown, never a destination.
    #expect(
      md.contains(
        "\u{201C}Pwned\\](javascript:alert(1)) \\[x\\]\u{201D}, Blog, 2017-05-12 (address: javascript:alert(1))"))
    let unescaped = md.replacingOccurrences(of: "\\]", with: "").replacingOccurrences(of: "\\[", with: "")
    #expect(!unescaped.contains("](javascript") && !md.contains("<javascript"))
    #expect(
      expectOnlyWebLinks(md) == ["https://sana.example/2017/05/11/kabani", "https://orient.example/a?x=1&y=%282%29"])
    // Verdict evidence is an autolink (http(s) only).
    #expect(md.contains("- Evidence: <https://example.org/video/123>"))
  }

  @Test func aSentenceIsShownOnceWithItsPlaces() {
    let (claims, articles) = OutputFixtures.sentenceClaims(title: "t", url: "https://b.example/")
    let md = DigestRenderer.render(OutputFixtures.digest(claims: claims, articles: articles))
    let sentence = "Rebels still hold Ain, Bayt and Jamil after clashes on Thursday."
    #expect(md.components(separatedBy: sentence).count - 1 == 1, "\(md)")
    #expect(md.contains("(opposition holds Ain, Bayt and Jamil on 2017-05-11)"))
    #expect(md.contains("claims c-k0, c-k1, c-k2"))
    // The timeline has one row for the sentence too.
    #expect(md.contains("| 2017-05-11 | Rebel spokesman | opposition holds Ain, Bayt and Jamil on 2017-05-11 |"))
    #expect(md.contains("; claim c-a1\n"))
  }

  @Test func reliabilityOnlyForSourcesWithVerdicts() {
    let md = DigestRenderer.render(OutputFixtures.digest(claims: OutputFixtures.claims()))
    #expect(md.contains("| Syrian Ministry of Defence | sy-gov | 3 | 1 | 0 | 0 | 60% (25%–90%) |"))
    #expect(md.contains("| FSA spokesman | fsa | 1 | 0 | 0 | 0 | no verdicts yet |"))
    #expect(!md.contains("50% (14%–86%)"))
  }

  @Test func summaryCountsAreTheSectionsCounts() throws {
    // Kabani unresolvable, Salma resolved: one verdict, one that could not be decided, no open conflict.
    var d = OutputFixtures.digest(claims: OutputFixtures.claims())
    for i in d.conflicts.indices where d.conflicts[i].place == "cur:kabani" {
      d.conflicts[i].status = .unresolvable
      d.decisions[d.conflicts[i].id] = ConflictDecision(
        conflict: d.conflicts[i].id, status: .unresolvable, reviewer: "omar", at: "2017-06-21T10:00:00Z",
        note: "No footage, both sides silent since.")
    }
    let md = DigestRenderer.render(d)
    func section(_ name: String) throws -> String {
      let after = try #require(md.components(separatedBy: "## \(name)\n").dropFirst().first)
      return after.components(separatedBy: "\n## ").first ?? ""
    }
    func count(_ label: String) throws -> Int {
      let line = try #require(md.split(separator: "\n").first { $0.hasPrefix("| \(label) |") })
      return try #require(Int(line.split(separator: "|").last!.trimmingCharacters(in: .whitespaces)))
    }
    let headings = { (s: String) in s.split(separator: "\n").filter { $0.hasPrefix("### ") }.count }
    #expect(try count("Verdicts reached") == headings(try section("Verdicts reached")))
    #expect(try count("Verdicts reached") == 1)
    #expect(try count("Could not be decided") == headings(try section("Could not be decided")))
    #expect(try count("Could not be decided") == 1)
    #expect(try section("Could not be decided").contains("Why it cannot be decided: No footage"))
    #expect(!(try section("Verdicts reached")).contains("unresolvable"))
    #expect(try count("Open conflicts") == headings(try section("Open conflicts")))
    #expect(try count("Open conflicts") == 0)
    #expect(try count("Contested places") == headings(try section("Timeline per contested place")))
    #expect(md.contains("No conflict is open in this period."))
  }

  @Test func topLimitsTheOpenConflictsAndSaysSo() throws {
    var d = OutputFixtures.digest(claims: OutputFixtures.claims(), limit: 1)
    for i in d.conflicts.indices { d.conflicts[i].status = .open }
    d.decisions = [:]
    let md = DigestRenderer.render(d)
    #expect(
      md.contains("The highest-priority of 2 open conflicts is listed; 'contested digest --all' lists every one."))
    #expect(md.contains("| Open conflicts | 2 |"))
    #expect(md.contains("### 1. ") && !md.contains("### 2. "))
    d.limit = nil
    #expect(DigestRenderer.render(d).contains("All 2 open conflicts are listed."))
    #expect(DigestRenderer.render(d).contains("### 2. "))
  }

  @Test func assessedControlBesideTheClaims() throws {
    var d = OutputFixtures.digest(claims: OutputFixtures.claims())
    let kabani = try #require(d.conflicts.first { $0.place == "cur:kabani" })
    let cells = TruthEstimator().estimate(claims: d.claims).cells
    let cell = try #require(cells.first { $0.place == "cur:kabani" })
    d.assessed[kabani.id] = cell
    let md = DigestRenderer.render(d)
    let line = "Assessed control (estimated from the claims, not a verdict): "
    #expect(md.components(separatedBy: line).count - 1 == 2, "in the conflict and in the place's timeline")
    #expect(md.contains(line + (cell.isDetermined ? "**\(DigestContent.assessedText(cell))**" : "undetermined")))
  }

  @Test func markdownWriterEscapes() {
    #expect(MarkdownWriter.inline("a|b") == "a\\|b")
    #expect(MarkdownWriter.inline("  line\none\r\n\ttwo  ") == "line one two")
    #expect(MarkdownWriter.inline("<b>&amp; x") == "&lt;b>\\&amp; x")
    #expect(MarkdownWriter.inline("[x](javascript:y)") == "\\[x\\](javascript:y)")
    #expect(
      MarkdownWriter.inline("see https://a.b and WWW.c.d") == "see https\\://a.b and WWW\\.c.d")
    #expect(MarkdownWriter.inline("*_`~\\") == "\\*\\_\\`\\~\\\\")
    #expect(MarkdownWriter.inline("al-Sheikh Maskin, 2016") == "al-Sheikh Maskin, 2016")
    #expect(MarkdownWriter.cell("") == "–")
    #expect(MarkdownWriter.inline("\u{0}\u{85}\u{2029}") == "")
    // Plain text stays plain where Markdown reads it as text.
    for plain in [
      "russian-government", "2023-01-13", "+30 (2 voices)", "snake_case_name", "5 * 3", "Tom & Jerry", "AT&T",
      "C:\\path", "x < 5 > 3", "#1 target!", "mail@", "1. first", "a_b",
    ] {
      #expect(MarkdownWriter.inline(plain) == plain, "\(plain)")
    }
    #expect(MarkdownWriter.inline("_em_ *x*") == "\\_em\\_ \\*x\\*")
    #expect(MarkdownWriter.inline("a@b.example") == "a\\@b.example")
    #expect(MarkdownWriter.inline("end\\") == "end\\\\")
    #expect(MarkdownWriter.inline("&#60;") == "\\&#60;")
    #expect(MarkdownWriter.inline("<!-- c -->") == "&lt;!-- c -->")
    #expect(MarkdownWriter.link("a]b", url: "https://x.example/(1)") == "[a\\]b](https://x.example/%281%29)")
    #expect(MarkdownWriter.link("a", url: "javascript:alert(1)") == "a")
    #expect(MarkdownWriter.address("data:text/html,x") == "data:text/html,x")
  }

  /// Checks that every unescaped `[` of `md` is a reference link `[label][n]` (a label without brackets) or the
  /// definition `[n]: <https://…>` at the end, each label defined with an http(s) address, and no inline link or
  /// image exists; returns the defined addresses in order.
  @discardableResult
  func expectOnlyWebLinks(_ md: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    var text = md.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\[", with: "")
      .replacingOccurrences(of: "\\]", with: "")
    var defined: [String: String] = [:]
    var addresses: [String] = []
    for line in text.split(separator: "\n") {
      guard let m = line.wholeMatch(of: /\[([0-9]+)\]: <(https?:\/\/[^ <>]+)>/) else { continue }
      defined[String(m.1)] = String(m.2)
      addresses.append(String(m.2))
      text = text.replacingOccurrences(of: String(line), with: "")
    }
    for m in text.matches(of: /\[([^\[\]]*)\]\[([0-9]+)\]/) {
      #expect(defined[String(m.2)] != nil, "undefined link \(m.0)", sourceLocation: sourceLocation)
    }
    let rest = text.replacing(/\[([^\[\]]*)\]\[([0-9]+)\]/, with: "")
    #expect(
      !rest.contains("[") && !rest.contains("]"), "a bracket outside a reference link", sourceLocation: sourceLocation)
    return addresses
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
