import ContestedKit
import Foundation
import Testing

@Suite struct ConflictReportTests {
  static let claims = [
    Make.claim(
      "a", by: "SANA", place: "gn:x", text: "Kafr | <b>Nabl</b>", .government, .holds, "2020-01-01",
      quote: "The army \"still\" holds *Kafr Nabl*,\nsaid | <script>x</script> [link](http://e)"),
    Make.claim("b", by: "SOHR, London", place: "gn:x", text: "Kafr | <b>Nabl</b>", .opposition, .holds, "2020-01-01"),
    Make.claim("c", by: "Anadolu", place: "gn:y", text: "Ein Eisa", .government, .holds, "2020-03-01"),
    Make.claim("d", by: "SOHR", place: "gn:y", text: "Ein Eisa", .government, .holds, "2020-03-01", stance: .denies),
  ]

  var report: ConflictReport {
    ConflictReport(conflicts: Reconciler().reconcile(Self.claims), claims: Self.claims)
  }

  @Test func jsonIsValidSortedAndStable() throws {
    let text = report.render(.json)
    #expect(text == report.render(.json))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["count"] as? Int == 2)
    #expect(object["open"] as? Int == 2)
    let first = try #require((object["conflicts"] as? [[String: Any]])?.first)
    #expect(
      Array(first.keys).sorted() == [
        "id", "kind", "pairs", "place", "placeName", "priority", "sides", "status", "window",
      ])
    // Keys appear in sorted order in the text.
    let kind = try #require(text.range(of: "\"kind\""))
    let window = try #require(text.range(of: "\"window\""))
    #expect(kind.lowerBound < window.lowerBound)
  }

  @Test func jsonlHasOneObjectPerLine() throws {
    let lines = report.render(.jsonl).split(separator: "\n")
    #expect(lines.count == 2)
    for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
  }

  @Test func csvQuotesPerRFC4180() {
    let text = report.render(.csv)
    #expect(text.hasPrefix("id,kind,status,priority,level,place,from,to,sides,claims,reasons\r\n"))
    #expect(text.split(separator: "\r\n").count == 3)
    #expect(
      ConflictReportRenderer.csv(ConflictReport(conflicts: [], claims: [Claim]())).split(separator: "\r\n").count == 1)
    // A field with a comma, a quote or a line break is quoted; quotes inside are doubled.
    let odd = [
      Make.claim("e", by: "A", place: "gn:z", text: "Tal \"Big\", North\nSide", .government, .holds, "2020-01-01"),
      Make.claim("f", by: "B", place: "gn:z", text: "Tal \"Big\", North\nSide", .isis, .holds, "2020-01-01"),
    ]
    let oddText = ConflictReport(conflicts: Reconciler().reconcile(odd), claims: odd).render(.csv)
    #expect(oddText.contains(",\"Tal \"\"Big\"\", North\nSide\","))
  }

  @Test func markdownEscapesPipesHTMLAndLineBreaks() {
    let text = report.render(.markdown)
    #expect(!text.contains("<script>"))
    #expect(!text.contains("<b>"))
    #expect(text.contains("Kafr \\| &lt;b>Nabl&lt;/b>"))
    #expect(text.contains("\\*Kafr Nabl\\*"))
    #expect(text.contains("\\[link\\](http\\://e)"), "\(text)")
    // Every table row has exactly 8 unescaped pipes (7 cells).
    for line in text.split(separator: "\n") where line.hasPrefix("| `C-") {
      let unescaped = line.replacingOccurrences(of: "\\|", with: "")
      #expect(unescaped.filter { $0 == "|" }.count == 8, "\(line)")
    }
    #expect(!text.contains("holds *Kafr"))
  }

  @Test func tableFitsTheWidthAndColoursOnlyWhenAsked() {
    let plain = report.render(.table, width: 80, color: false)
    #expect(!plain.contains("\u{1B}["))
    for line in plain.split(separator: "\n") { #expect(line.count <= 80, "\(line)\n\(plain)") }
    #expect(plain.contains("\n2 conflicts, 2 open\n"))
    // Each side with its claim count; the ids only with --wide (no width).
    #expect(plain.contains("(1)") && !plain.contains(": c"))
    let wide = report.render(.table, width: nil, color: false)
    #expect(wide.hasSuffix("2 conflicts, 2 open\n") && wide.contains("KIND"))
    let coloured = report.render(.table, width: 80, color: true)
    #expect(coloured.contains("\u{1B}["))
    #expect(ConflictReport(conflicts: [], claims: [Claim]()).render(.table) == "No conflicts.\n")
  }

  @Test func filtersMatchPlaceSideClaimantStatusAndDates() {
    let r = report
    func count(_ f: ConflictFilter) -> Int { r.conflicts.filter { f.matches($0, claims: r.claims) }.count }
    #expect(count(ConflictFilter()) == 2)
    #expect(count(ConflictFilter(places: ["ein eisa"])) == 1)
    #expect(count(ConflictFilter(places: ["gn:x"])) == 1)
    #expect(count(ConflictFilter(sides: [.opposition])) == 1)
    #expect(count(ConflictFilter(claimants: ["anadolu"])) == 1)
    #expect(count(ConflictFilter(claimants: ["sohr"])) == 1)
    #expect(count(ConflictFilter(statuses: [.resolved])) == 0)
    #expect(count(ConflictFilter(statuses: [.open])) == 2)
    #expect(count(ConflictFilter(since: Make.day("2020-02-01"))) == 1)
    #expect(count(ConflictFilter(until: Make.day("2020-02-01"))) == 1)
  }
}
