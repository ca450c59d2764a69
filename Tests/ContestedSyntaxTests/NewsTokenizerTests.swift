import ContestedSyntax
import Testing

@Suite struct NewsTokenizerTests {
  static func tokens(_ text: String) -> [[String]] { NewsTokenizer.sentences(text).map { $0.map(\.text) } }

  static let cases: [(String, [[String]])] = [
    ("They \"liberated\" the village.", [["They", "\"", "liberated", "\"", "the", "village", "."]]),
    ("They \u{201C}liberated\u{201D} it.", [["They", "\u{201C}", "liberated", "\u{201D}", "it", "."]]),
    ("The regime's forces didn't move.", [["The", "regime", "'s", "forces", "did", "n't", "move", "."]]),
    ("The army\u{2019}s units can\u{2019}t.", [["The", "army", "\u{2019}s", "units", "ca", "n\u{2019}t", "."]]),
    ("We'll see, they're sure.", [["We", "'ll", "see", ",", "they", "'re", "sure", "."]]),
    (
      "Russian-backed forces entered Nagorno-Karabakh.",
      [["Russian-backed", "forces", "entered", "Nagorno-Karabakh", "."]]
    ),
    (
      "KYIV, Ukraine (AP) \u{2014} Russian forces took the town.",
      [["KYIV", ",", "Ukraine", "(", "AP", ")", "\u{2014}", "Russian", "forces", "took", "the", "town", "."]]
    ),
    ("Gen. Smith met Mr. Jones on Jan. 5.", [["Gen.", "Smith", "met", "Mr.", "Jones", "on", "Jan.", "5", "."]]),
    ("The U.S. said so. Then it left.", [["The", "U.S.", "said", "so", "."], ["Then", "it", "left", "."]]),
    ("Wait... what -- now?", [["Wait", "...", "what", "--", "now", "?"]]),
    (
      "He said: \"We hold it.\" Rebels denied it.",
      [["He", "said", ":", "\"", "We", "hold", "it", ".", "\""], ["Rebels", "denied", "it", "."]]
    ),
  ]

  @Test(arguments: 0..<cases.count) func splitsNewsText(_ k: Int) {
    #expect(Self.tokens(Self.cases[k].0) == Self.cases[k].1)
  }

  @Test func rangesAndSpacesMatchTheText() {
    let text = "Rebels didn't (yet) win."
    let bytes = Array(text.utf8)
    for p in NewsTokenizer.sentences(text).joined() {
      #expect(String(decoding: bytes[p.range], as: UTF8.self) == p.text)
      #expect(p.spaceAfter == (p.range.upperBound == bytes.count || bytes[p.range.upperBound] == 32))
    }
  }

  @Test func malformedTextNeverTraps() {
    #expect(NewsTokenizer.sentences("").isEmpty)
    #expect(NewsTokenizer.sentences("   \n\n ").isEmpty)
    let binary: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
    _ = NewsTokenizer.sentences(bytes: binary)
    _ = NewsTokenizer.sentences(bytes: [0xFF, 0xFE, 0x27, 0x74, 0xC3, 0x2D, 0x2D, 0x2E])
    let long = String(repeating: "word ", count: 5000)
    #expect(NewsTokenizer.sentences(long).allSatisfy { $0.count <= 300 })
  }
}
