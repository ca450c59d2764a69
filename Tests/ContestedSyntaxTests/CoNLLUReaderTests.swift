import ContestedSyntax
import Testing

@Suite struct CoNLLUReaderTests {
  static let sample = """
    # sent_id = 1
    # text = Rebels took it.
    1-2\tRebels'd\t_\t_\t_\t_\t_\t_\t_\t_
    1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_
    2\ttook\ttake\tVERB\tVBD\t_\t0\troot\t0:root\t_
    2.1\ttook\ttake\tVERB\tVBD\t_\t_\t_\t0:root\t_
    3\tit\tit\tPRON\tPRP\t_\t2\tobj\t2:obj\tSpaceAfter=No
    4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_

    1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_

    """

  @Test func readsWordsSkippingRangesAndEmptyNodes() throws {
    let s = try CoNLLUReader.read(Array(Self.sample.utf8), file: "t.conllu")
    #expect(s.count == 2)
    #expect(s[0].words.map(\.form) == ["Rebels", "took", "it", "."])
    #expect(s[0].comments == ["# sent_id = 1", "# text = Rebels took it."])
    #expect(s[0].words[0].head == 2)
    #expect(s[0].words[2].misc == "SpaceAfter=No")
    #expect(s[1].line == 10)
  }

  @Test func writerRoundTripsWords() throws {
    let s = try CoNLLUReader.read(Array(Self.sample.utf8), file: "t.conllu")
    let again = try CoNLLUReader.read(Array(CoNLLUWriter.write(s).utf8), file: "u.conllu")
    #expect(again.map(\.words) == s.map(\.words))
  }

  static let malformed: [(String, Int, String)] = [
    ("1\tA\t_\t_\t_\t_\t0\troot\t_\n", 1, "line"),  // nine columns
    ("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", 2, "ID"),
    ("x\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", 1, "ID"),
    ("1\tA\t_\t_\t_\t_\tzero\troot\t_\t_\n", 1, "HEAD"),
    ("1\tA\t_\t_\t_\t_\t7\troot\t_\t_\n", 1, "HEAD"),
    ("1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", 1, "FORM"),
    ("# c\n\n1-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", 3, "ID"),
  ]

  @Test(arguments: 0..<malformed.count) func malformedInputNamesTheLine(_ k: Int) {
    let (text, line, field) = Self.malformed[k]
    #expect {
      _ = try CoNLLUReader.read(Array(text.utf8), file: "bad.conllu")
    } throws: { e in
      guard let e = e as? CoNLLUError else { return false }
      return e.line == line && e.field == field && e.description.hasPrefix("bad.conllu:\(line): \(field): ")
    }
  }

  @Test func invalidUTF8IsAnErrorWithItsLine() {
    let bytes = Array("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\t".utf8) + [0xFF, 0xFE] + Array("\t_\n".utf8)
    #expect(throws: CoNLLUError.self) { _ = try CoNLLUReader.read(bytes, file: "b") }
  }

  @Test func missingHeadsAreRefusedOnlyWhenRequired() throws {
    let text = "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n"
    #expect(try CoNLLUReader.read(Array(text.utf8), file: "t")[0].words[0].head == -1)
    #expect(throws: CoNLLUError.self) { _ = try CoNLLUReader.read(Array(text.utf8), file: "t", requireHeads: true) }
  }
}
