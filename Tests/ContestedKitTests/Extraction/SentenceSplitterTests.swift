import ContestedKit
import Testing

@Suite struct SentenceSplitterTests {
  @Test func `splits at full stops but not after abbreviations or initials`() {
    let s = SentenceSplitter.sentences(
      in: "Brig. Gen. Yahya Rasool spoke. U.S.-backed forces moved on Feb. 5 to the town. It fell.")
    #expect(s == ["Brig. Gen. Yahya Rasool spoke.", "U.S.-backed forces moved on Feb. 5 to the town.", "It fell."])
  }

  @Test func `keeps quotes with their attribution`() {
    let s = SentenceSplitter.sentences(
      in: "\u{201C}We hold the hill. We will not leave,\u{201D} he said. Fighting went on.")
    #expect(s == ["\u{201C}We hold the hill.", "We will not leave,\u{201D} he said.", "Fighting went on."])
    let q = SentenceSplitter.sentences(in: "\"Stop!\" he shouted. Then silence.")
    #expect(q == ["\"Stop!\" he shouted.", "Then silence."])
  }

  @Test func `breaks at bullets, blank lines and lines, joins wrapped lines`() {
    let s = SentenceSplitter.sentences(
      in: "Headline without stop\n\nThe army took the town\nof Hama on Friday.\n• Item one\n• Item two")
    #expect(s == ["Headline without stop", "The army took the town\nof Hama on Friday.", "• Item one", "• Item two"])
  }

  @Test func `a missing space after a full stop still splits`() {
    #expect(SentenceSplitter.sentences(in: "They took the city.In its fight, more.").count == 2)
  }

  @Test func `cuts runaway sentences`() {
    let long = String(repeating: "word ", count: 2000)
    let ranges = SentenceSplitter.ranges(in: long)
    #expect(ranges.count >= 6)
  }
}
