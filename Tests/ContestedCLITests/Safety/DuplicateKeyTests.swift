import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A JSON object with a key twice is refused with the key named, by the one JSON reader, the compact fast path
/// and check's reader alike (#14 finding 11); before, the last one silently won.
@Suite struct DuplicateKeyTests {
  let dir = TemporaryDirectory("dupkeys")

  init() { _ = TestCLI.run(["init"], in: dir.path) }

  static let lines: [(String, String)] = [
    // The flat form contested's own fast path reads.
    (
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","controller":"isis","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#,
      "controller"
    ),
    // The claim JSON form, compact as contested writes it.
    (
      #"{"id":"c1","claimant":{"name":"SOHR"},"place":{"text":"Kansaba","text":"Idlib"},"controller":{"side":"opposition"}}"#,
      "text"
    ),
    // With whitespace (the full reader), and a key spelt once with an escape.
    (#"{ "id": "c1", "\u0069d": "c2", "claimant": "s", "place": "p", "controller": "isis" }"#, "id"),
  ]

  @Test(arguments: lines)
  func importRefusesADuplicateKeyNamingIt(_ line: String, _ key: String) {
    dir.write("d.jsonl", line + "\n")
    let r = TestCLI.run(["import", "d.jsonl"], in: dir.path)
    #expect(r.exit == .dataError, "\(r.out)")
    #expect(r.err.contains("d.jsonl:1"), "\(r.err)")
    #expect(r.err.contains(#"duplicate key "\#(key)""#), "\(r.err)")
    #expect(TestCLI.run(["claims", "--format", "jsonl"], in: dir.path).out.isEmpty)
  }

  @Test func checkRefusesADuplicateKeyNamingIt() {
    dir.write(
      "c.jsonl",
      #"{"id":"a","claimant":"x","place":"p","controller":"government","stance":"asserts","stance":"denies","from":"2016-01-01","to":"2016-01-02"}"#
        + "\n")
    let r = TestCLI.run(["check", "c.jsonl", "--pairs", "out.tsv"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains(#"c.jsonl:1: stance: expected each key once, found "stance" a second time"#), "\(r.err)")
  }

  /// The error skipping `text` as one JSON value, or nil.
  static func skipError(_ text: String) -> String? {
    Array(text.utf8).withUnsafeBytes { buf -> String? in
      var c = JSONCursor(buf)
      do throws(JSONError) {
        try c.skipValue()
        return nil
      } catch {
        return "\(error)"
      }
    }
  }

  @Test func theCursorNamesTheKeyAndAcceptsDistinctKeys() throws {
    let nested = try #require(Self.skipError(#"{"a":1,"b":{"a":2},"a":3}"#))
    #expect(nested.contains(#"duplicate key "a""#), "\(nested)")
    #expect(Self.skipError(#"{"a":1,"b":{"a":2}}"#) == nil)
    // Many keys (past the 16 kept inline) still work, and a duplicate among them is found.
    let many = (0..<40).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
    #expect(Self.skipError("{\(many)}") == nil)
    #expect(Self.skipError("{\(many),\"k33\":0}")?.contains(#"duplicate key "k33""#) == true)
    #expect(Self.skipError("{\"k3\":0,\(many)}")?.contains(#"duplicate key "k3""#) == true)
  }
}
