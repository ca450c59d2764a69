import Testing

@testable import ContestedSyntax

@Suite struct WordInfoTests {
  static func fields(_ w: WordInfo) -> [UInt64] {
    [
      w.form, w.lower, w.shape, w.prefix.0, w.prefix.1, w.prefix.2, w.suffix.0, w.suffix.1, w.suffix.2, w.suffix.3,
      w.flags,
    ]
  }

  @Test(arguments: [
    "Rebels", "U.S.", "n't", "'s", "1,200", "Nagorno-Karabakh", "IS", "a", "", "--", "e-mail@x.org",
    "Supercalifragilisticexpialidocious-ABC-123-def", "KYIV", "x1Y2z3",
  ])
  func asciiFastPathEqualsTheUnicodePath(_ form: String) {
    #expect(Self.fields(WordInfo(form)) == Self.fields(WordInfo(unicode: form)))
  }

  @Test func curlyQuotesAndDashesLookLikeTheTreebanks() {
    #expect(WordInfo("\u{201C}").form == WordInfo("\"").form)
    #expect(WordInfo("n\u{2019}t").lower == WordInfo("n't").lower)
    #expect(WordInfo("\u{2014}").form == WordInfo("--").form)
  }
}
