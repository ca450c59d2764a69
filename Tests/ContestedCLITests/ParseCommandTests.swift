import ContestedCLI
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

@Suite struct ParseCommandTests {
  let dir = TemporaryDirectory("parse")

  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let p = dir.path + "/" + name
    try FileIO.writeAtomically(bytes, to: p)
    return p
  }

  func rows(_ out: String) -> [[Substring]] {
    out.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false)
    }
  }

  @Test func textBecomesCoNLLUWithOneRootPerSentence() throws {
    _ = try write("a.txt", Array("The army said it had \u{201C}liberated\u{201D} the village. Rebels denied it.".utf8))
    let r = TestCLI.run(["parse", "a.txt"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("# sent_id = 2\n# text = Rebels denied it.\n"))
    let words = rows(r.out)
    #expect(words.count == 15)
    #expect(words.allSatisfy { $0.count == 10 })
    #expect(words.filter { $0[6] == "0" }.count == 2)
    #expect(words.filter { $0[7] == "root" }.count == 2)
    #expect(words.first { $0[1] == "village" }?[3] == "NOUN")
  }

  @Test func conlluKeepsTheOtherColumnsAndScores() throws {
    let text =
      "# sent_id = x\n1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\tK=v\n"
      + "2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t0:root\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n"
    _ = try write("g.conllu", Array(text.utf8))
    let r = TestCLI.run(["parse", "--conllu", "g.conllu"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    let w = rows(r.out)
    #expect(r.out.hasPrefix("# sent_id = x\n"))
    #expect(w.map { $0[2] } == ["rebel", "flee", "."])
    #expect(w.map { $0[9] } == ["K=v", "SpaceAfter=No", "_"])
    #expect(w.map { $0[4] } == ["NNS", "VBD", "."])
    let s = TestCLI.run(["parse", "--conllu", "g.conllu", "--score"], in: dir.path)
    #expect(s.exit == .ok)
    #expect(s.out.hasPrefix("g.conllu: 1 sentence, UPOS "))
    #expect(s.out.hasSuffix("(3 words)\n"))
  }

  @Test func badInputIsAnErrorOrNothingNeverACrash() throws {
    _ = try write("empty.txt", [])
    let e = TestCLI.run(["parse", "empty.txt"], in: dir.path)
    #expect(e.exit == .ok && e.out.isEmpty)
    _ = try write("bin.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2])
    #expect(TestCLI.run(["parse", "bin.txt"], in: dir.path).exit == .dataError)
    _ = try write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" fell.".utf8))
    let l = TestCLI.run(["parse", "latin1.txt"], in: dir.path)
    #expect(l.exit == .ok && l.err.contains("invalid UTF-8"))
    #expect(rows(l.out).count == 4)  // "Caf", U+FFFD, "fell", "."
    _ = try write("long.txt", Array(String(repeating: "troops ", count: 5000).utf8))
    let long = TestCLI.run(["parse", "long.txt"], in: dir.path)
    #expect(long.exit == .ok && rows(long.out).count == 5000)
    _ = try write("bad.conllu", Array("1\tA\t_\t_\n".utf8))
    let b = TestCLI.run(["parse", "--conllu", "bad.conllu"], in: dir.path)
    #expect(b.exit == .dataError && b.err.contains("bad.conllu:1: line: expected 10 tab-separated columns"))
    let big = (1...5000).map { "\($0)\tword\t_\t_\t_\t_\t_\t_\t_\t_\n" }.joined() + "\n"
    _ = try write("big.conllu", Array(big.utf8))
    let g = TestCLI.run(["parse", "--conllu", "big.conllu"], in: dir.path)
    #expect(g.exit == .ok && rows(g.out).filter { $0[6] == "0" }.count == 1)
    #expect(TestCLI.run(["parse", "--score"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["parse", "nope.txt"], in: dir.path).exit == .noInput)
  }
}
