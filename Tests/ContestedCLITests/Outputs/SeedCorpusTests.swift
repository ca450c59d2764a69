import ContestedTestSupport
import Foundation
import Testing

@testable import ContestedCLI

/// The seed corpus embedded for `contested demo` equals Fixtures/articles/seeds, and its generated source is current.
@Suite struct SeedCorpusTests {
  static let folder = TestPaths.fixtures.appendingPathComponent("articles/seeds")
  static let sourcePath = TestPaths.packageRoot.appendingPathComponent(
    "Sources/ContestedCLI/Demo/SeedCorpus.swift"
  ).path

  static func fixtureArticles() throws -> [(name: String, text: String)] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    return try names.map { n in
      (n, try String(contentsOf: folder.appendingPathComponent(n), encoding: .utf8))
    }
  }

  static func fixtureManifest() throws -> String {
    try String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8)
  }

  @Test func generatedSourceIsCurrent() throws {
    let source = SeedCorpusSource.swiftSource(
      manifest: try Self.fixtureManifest(), articles: try Self.fixtureArticles())
    if Golden.recording {
      _ = FileManager.default.createFile(atPath: Self.sourcePath, contents: Data(source.utf8))
      Issue.record("Regenerated SeedCorpus.swift; rebuild and re-run without CONTESTED_RECORD.")
      return
    }
    let current = try String(contentsOfFile: Self.sourcePath, encoding: .utf8)
    #expect(
      current == source,
      "SeedCorpus.swift is stale: CONTESTED_RECORD=1 swift test --filter SeedCorpusTests")
  }

  @Test func embeddedCopyEqualsFixtures() throws {
    let fixtures = try Self.fixtureArticles()
    #expect(SeedCorpus.articles.count == 5)
    #expect(SeedCorpus.articles.map(\.name) == fixtures.map(\.name))
    for (e, f) in zip(SeedCorpus.articles, fixtures) {
      #expect(e.text == f.text, "embedded \(e.name) differs from Fixtures")
      #expect(Array(e.text.utf8) == Array(f.text.utf8))
    }
    #expect(SeedCorpus.manifest == (try Self.fixtureManifest()))
  }

  @Test func literalRoundTripsAwkwardText() {
    // The generator's escaping: quotes, backslashes, control characters, CRLF, interpolation-like text.
    let text = "a \"q\" \\ \\(x) \t tab\r\nline\u{1}\u{7F} é 👍\n\n"
    let lit = SeedCorpusSource.literal(text)
    #expect(!lit.contains("\t"))
    #expect(!lit.contains("\r"))
    #expect(lit.contains("\\\\(x)"))
  }
}
