import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// The HTML briefing: self-contained, the digest's content, a map marker per contested place with coordinates, a
/// timeline per contested place, and every article or user text escaped.
@Suite struct DigestHTMLRendererTests {
  /// The element names the renderer writes; anything else in the output came from the input.
  static let ownTags: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "h4", "p", "section",
    "table", "tbody", "thead", "tr", "th", "td", "div", "ul", "li", "span", "a", "q", "cite", "strong", "dl", "dt",
    "dd", "article", "svg", "g", "rect", "line", "circle", "text",
  ]

  /// Every tag of `html`, as (name, attributes text).
  static func tags(_ html: String) -> [(name: String, attributes: String)] {
    html.matches(of: /<\/?([A-Za-z][A-Za-z0-9]*)([^>]*)>/).map { (String($0.1).lowercased(), String($0.2)) }
  }

  func hostileDigest() -> Digest {
    var (claims, articles) = OutputFixtures.sentenceClaims(
      title: "<script>alert('t')</script> Title\" onmouseover=\"x", url: "javascript:alert(1)")
    claims += OutputFixtures.claims(
      hostileQuote: OutputFixtures.hostile, hostileName: "Spokes\"man' <b onclick=x>\u{202E}"
    ).filter {
      $0.id == "c-a1" || $0.id == "c-a2"
    }.map { c in
      var c = c
      c.id = ClaimID(rawValue: "h-" + c.id.rawValue)
      return c
    }
    return OutputFixtures.digest(claims: claims, articles: articles)
  }

  @Test func hostileTextIsEscapedEverywhere() throws {
    let html = DigestHTMLRenderer.render(hostileDigest())
    for (name, attributes) in Self.tags(html) {
      #expect(Self.ownTags.contains(name), "tag <\(name)> from the input")
      #expect(!attributes.lowercased().contains(/\son[a-z]+\s*=/), "event handler in <\(name)\(attributes)>")
    }
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    #expect(html.contains("Spokes&quot;man&#39; &lt;b onclick=x&gt;\\u{202E}"))
    #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Title&quot; onmouseover=&quot;x"))
    // Links only to http(s) addresses; the javascript: one is text.
    for m in html.matches(of: /href="([^"]*)"/) {
      #expect(m.1.hasPrefix("https://") || m.1.hasPrefix("http://"), "href \(m.1)")
    }
    #expect(html.contains("(address: javascript:alert(1))"))
    #expect(html.contains("<a href=\"https://orient.example/a?x=1&amp;y=(2)\">Rebels advance near Kabani</a>"))
    // Text never spans lines, so it cannot end the style sheet or a title early.
    #expect(!html.contains("\u{2028}") && !html.contains("\r"))
  }

  @Test func selfContainedNoScriptsNoRequests() {
    let html = DigestHTMLRenderer.render(OutputFixtures.digest(claims: OutputFixtures.claims()))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(
      html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    for request in ["src=", "url(", "@import", "<link", "<iframe", "<object", "<embed", "xlink:href"] {
      #expect(!html.contains(request), "\(request)")
    }
    // With hostile input too, no tag has an attribute that loads something.
    for (name, attributes) in Self.tags(DigestHTMLRenderer.render(hostileDigest())) {
      #expect(!attributes.contains("src=") && !attributes.contains("url("), "<\(name)\(attributes)>")
    }
    #expect(html.contains("@media print") && html.contains("size: A4") && html.contains("@media (max-width: 40rem)"))
  }

  @Test func mapMarksPlacesWithCoordinatesAndListsTheRest() throws {
    let d = OutputFixtures.digest(claims: OutputFixtures.claims())
    let html = DigestHTMLRenderer.render(d)
    let content = DigestContent(d)
    let withCoordinates = content.places.filter { d.coordinates[$0.place] != nil }
    #expect(withCoordinates.count == 1)
    #expect(html.components(separatedBy: "<g class=\"marker ").count - 1 == withCoordinates.count)
    #expect(html.contains("<g class=\"marker status-open\" data-place=\"cur:kabani\">"))
    #expect(html.contains("<p>Without coordinates in the gazetteer:</p>"))
    #expect(html.contains("Salma (resolved)"))
    // One timeline per contested place, with a dot per dated claim.
    #expect(html.components(separatedBy: "<svg class=\"timeline\"").count - 1 == content.places.count)
    let dated = content.places.flatMap(\.rows).flatMap(\.claims).filter { $0.when != nil }.count
    #expect(html.components(separatedBy: "<circle class=\"claim\"").count - 1 == dated)
  }

  @Test func sameContentAsTheMarkdown() {
    let d = OutputFixtures.digest(claims: OutputFixtures.claims())
    let html = DigestHTMLRenderer.render(d)
    for row in DigestContent(d).summary {
      #expect(
        html.contains(
          "<tr><th scope=\"row\">\(HTMLWriter.text(row.label))</th><td class=\"num\">\(row.count)</td></tr>"))
    }
    #expect(html.contains("<h3>1. Kabani: contradiction conflict, medium priority</h3>"))
    #expect(html.contains("<h3>Salma: resolved</h3>"))
    #expect(html.contains("<a href=\"https://example.org/video/123\">https://example.org/video/123</a>"))
    #expect(html.contains("<td>no verdicts yet</td>"))
  }

  @Test func fixtureGolden() {
    Golden.assert(
      DigestHTMLRenderer.render(OutputFixtures.digest(claims: OutputFixtures.claims())), named: "digest/two-places.html"
    )
  }

  @Test func htmlWriter() {
    #expect(HTMLWriter.text("a<b>&\"c' d") == "a&lt;b&gt;&amp;&quot;c&#39; d")
    #expect(HTMLWriter.text(" x\n\ty\u{2028}z ") == "x y z")
    #expect(HTMLWriter.text("x\u{202E}y") == "x\\u{202E}y")
    #expect(HTMLWriter.href("javascript:alert(1)") == nil)
    #expect(HTMLWriter.href("data:text/html,<b>") == nil)
    #expect(HTMLWriter.href("https://a.example/?q=\"x\"") == "https://a.example/?q=&quot;x&quot;")
    #expect(HTMLWriter.link("t", url: "file:///etc/passwd") == "t")
    #expect(HTMLWriter.number(3.14159) == "3.1" && HTMLWriter.number(-0.04) == "0" && HTMLWriter.number(12) == "12")
    #expect(HTMLWriter.number(-2.25) == "-2.3" || HTMLWriter.number(-2.25) == "-2.2")
  }
}
