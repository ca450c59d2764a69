import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

@Suite struct ArticleStoreTests {
  @Test func `stores a text once under its content hash`() throws {
    let dir = TemporaryDirectory("articles")
    let store = ArticleStore(folder: dir.file("articles"))
    let first = try store.store("Rebels seized the village of Kafr Hamra on Friday.\n")
    #expect(first.isNew)
    #expect(first.id.rawValue.count == 64)
    let again = try store.store("Rebels seized the village of Kafr Hamra on Friday.\n")
    #expect(!again.isNew)
    #expect(again.id == first.id)
    #expect(try store.text(of: first.id) == "Rebels seized the village of Kafr Hamra on Friday.\n")
    let other = try store.store("Another text.")
    #expect(other.id != first.id)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.file("articles")).filter {
      $0.hasSuffix(".txt")
    }
    #expect(files.count == 2)
  }
}
