import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

@Suite struct PairCheckFileTests {
  let dir = TemporaryDirectory("paircheck")
  static let lines = """
    {"id":"b","claimant":"s1","place":"p","controller":"government","stance":"asserts","from":"2020-01-01","to":"2020-01-05"}
    {"id":"a","claimant":"s2","place":"p","controller":"opposition","stance":"asserts","from":"2020-01-05","to":"2020-01-05"}

    """

  @Test func writesPairsAndReturnsTheCount() throws {
    let input = dir.write("claims.jsonl", Self.lines)
    let summary = try PairCheckFile.run(inputPath: input, outputPath: dir.file("pairs.tsv"))
    #expect(summary == PairCheck.Summary(claims: 2, pairs: 1))
    #expect(dir.bytes("pairs.tsv") == Array("a\tb\n".utf8))
    // No temporary file is left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["claims.jsonl", "pairs.tsv"])
  }

  @Test func aMalformedLineLeavesTheOutputUntouched() throws {
    dir.write("pairs.tsv", "old\n")
    let input = dir.write("claims.jsonl", Self.lines + "{\"id\": 1}\n")
    #expect(throws: PairCheckFile.Failure.data("\(input):3: id: expected a string, found a number")) {
      try PairCheckFile.run(inputPath: input, outputPath: dir.file("pairs.tsv"))
    }
    #expect(dir.bytes("pairs.tsv") == Array("old\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["claims.jsonl", "pairs.tsv"])
  }

  @Test func missingInputAndUnwritableOutputAreReported() throws {
    #expect(throws: PairCheckFile.Failure.self) {
      try PairCheckFile.run(inputPath: dir.file("nope.jsonl"), outputPath: dir.file("pairs.tsv"))
    }
    let input = dir.write("claims.jsonl", Self.lines)
    #expect(throws: PairCheckFile.Failure.self) {
      try PairCheckFile.run(inputPath: input, outputPath: dir.file("no/such/folder/pairs.tsv"))
    }
  }

  @Test func emptyFileGivesAnEmptyOutput() throws {
    let input = dir.write("empty.jsonl", "")
    #expect(try PairCheckFile.run(inputPath: input, outputPath: dir.file("pairs.tsv")).pairs == 0)
    #expect(FileManager.default.fileExists(atPath: dir.file("pairs.tsv")))
    #expect(dir.bytes("pairs.tsv").isEmpty)
  }
}
