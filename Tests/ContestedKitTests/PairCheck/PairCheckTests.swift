import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// A literal O(n²) transcription of ../shared/bench/SPEC.md over claims decoded with Foundation's JSON reader.
enum BrutePairs {
  struct Row {
    var id: [UInt8]
    var claimant: String
    var place: String
    var controller: String
    var stance: String
    var from: String
    var to: String
  }

  static func run(_ jsonl: [UInt8]) throws -> [UInt8] {
    var rows: [Row] = []
    for line in jsonl.split(separator: 10, omittingEmptySubsequences: true) {
      let text = String(decoding: line, as: UTF8.self)
      if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      rows.append(
        Row(
          id: Array((object["id"] as! String).utf8), claimant: object["claimant"] as! String,
          place: object["place"] as! String, controller: object["controller"] as! String,
          stance: object["stance"] as! String, from: object["from"] as! String, to: object["to"] as! String))
    }
    var pairs: [([UInt8], [UInt8])] = []
    for i in 0..<rows.count {
      for j in (i + 1)..<max(i + 1, rows.count) {
        let a = rows[i]
        let b = rows[j]
        guard a.place == b.place, a.from <= b.to, b.from <= a.to, a.claimant != b.claimant else { continue }
        let conflict =
          (a.stance == "asserts" && b.stance == "asserts")
          ? a.controller != b.controller
          : (a.stance != b.stance) ? a.controller == b.controller : false
        guard conflict else { continue }
        pairs.append(a.id.lexicographicallyPrecedes(b.id) ? (a.id, b.id) : (b.id, a.id))
      }
    }
    pairs.sort { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1.lexicographicallyPrecedes($1.1) }
    var out: [UInt8] = []
    for (a, b) in pairs { out += a + [9] + b + [10] }
    return out
  }
}

@Suite struct PairCheckTests {
  static let alphabet = ["a", "b", "Z", "0", "9", "\u{e9}", "\u{65e5}", "\u{fc}", "-", "_", "~", "\u{1F600}"]

  /// A random claims file in the spirit of edge_claims.py: dense, mixed-alphabet ids in shuffled order,
  /// escaped and raw non-ASCII, shuffled key order, extra keys, whitespace, blank lines.
  static func randomInput(seed: UInt64, count: Int) -> [UInt8] {
    var rng = SplitMix(state: seed)
    var ids = Set<String>()
    var lines: [String] = []
    while ids.count < count {
      var id = ""
      for _ in 0..<(1 + rng.int(4)) { id += rng.pick(alphabet) }
      id += String(rng.int(100))
      guard ids.insert(id).inserted else { continue }
      let f = rng.int(15)
      let t = f + rng.pick([0, 0, 1, 2, 5])
      let base = Day(iso: "2019-12-25")!
      var fields: [(String, String)] = [
        ("id", jsonString(id, escapeAll: rng.int(2) == 0)),
        ("claimant", jsonString(rng.pick(["s1", "s2", "s3", "s4"]), escapeAll: rng.int(5) == 0)),
        ("place", jsonString(rng.pick(["p1", "p2", "p\u{e9}"]), escapeAll: rng.int(3) == 0)),
        ("controller", jsonString(rng.pick(["government", "opposition", "isis"]), escapeAll: false)),
        ("stance", jsonString(rng.pick(["asserts", "denies"]), escapeAll: false)),
        ("from", "\"\(base.adding(days: f).iso)\""), ("to", "\"\(base.adding(days: t).iso)\""),
      ]
      if rng.int(4) == 0 { fields.append(("extra", rng.pick(["[1, {\"a\": null}]", "-1.5e3", "true", "\"x\\\"y\""]))) }
      for i in stride(from: fields.count - 1, to: 0, by: -1) { fields.swapAt(i, rng.int(i + 1)) }
      let sep = rng.pick([",", ", ", " ,\t"])
      lines.append(
        "{"
          + fields.map { "\($0.0 == "id" && rng.int(6) == 0 ? "\"\\u0069d\"" : "\"\($0.0)\""): \($0.1)" }.joined(
            separator: sep) + "}")
      if rng.int(20) == 0 { lines.append(rng.pick(["", "  ", "\t\r"])) }
    }
    return Array((lines.joined(separator: "\n") + "\n").utf8)
  }

  static func jsonString(_ s: String, escapeAll: Bool) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      if escapeAll && u.value >= 0x80 {
        if u.value >= 0x10000 {
          let v = u.value - 0x10000
          out += String(format: "\\u%04X\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
        } else {
          out += String(format: "\\u%04x", u.value)
        }
      } else if escapeAll && u == "a" {
        out += "\\u0061"
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func matchesBruteForceOnRandomInputs(seed: UInt64) throws {
    let input = Self.randomInput(seed: seed, count: 50 + Int(seed) * 40)
    let expected = try BrutePairs.run(input)
    for threads in [1, 2] {
      let (summary, output) = try PairCheck.run(input, threads: threads)
      #expect(output == expected, "seed \(seed), threads \(threads)")
      #expect(summary.pairs == expected.filter { $0 == 10 }.count)
    }
  }

  @Test func largeInputUsesParallelChunksAndStillMatches() throws {
    // Over 1 MiB, so the parser splits into chunks; ids in shuffled order force the full ranking sort.
    let input = Self.randomInput(seed: 42, count: 9_000)
    #expect(input.count > 1 << 20)
    let one = try PairCheck.run(input, threads: 1)
    let two = try PairCheck.run(input, threads: 2)
    #expect(one.output == two.output)
    #expect(one.summary.claims == 9_000)
  }

  @Test func emptyAndBlankInputsGiveNoPairs() throws {
    for text in ["", "\n", "  \n\t\r\n", "\u{FEFF}"] {
      let (summary, output) = try PairCheck.run(Array(text.utf8))
      #expect(summary == PairCheck.Summary(claims: 0, pairs: 0))
      #expect(output.isEmpty)
    }
  }

  @Test func touchingWindowsAndSameClaimant() throws {
    let text = """
      {"id":"b","claimant":"s1","place":"p","controller":"government","stance":"asserts","from":"2020-01-01","to":"2020-01-05"}
      {"id":"a","claimant":"s2","place":"p","controller":"opposition","stance":"asserts","from":"2020-01-05","to":"2020-01-05"}
      {"id":"c","claimant":"s2","place":"p","controller":"government","stance":"denies","from":"2020-01-06","to":"2020-01-09"}
      {"id":"d","claimant":"s1","place":"p","controller":"government","stance":"denies","from":"2020-01-05","to":"2020-01-06"}
      {"id":"e","claimant":"s3","place":"p","controller":"opposition","stance":"denies","from":"2020-01-05","to":"2020-01-06"}
      """
    let (_, output) = try PairCheck.run(Array(text.utf8))
    // b–a touch on 01-05; b–c are adjacent (no overlap); a–d differ in claimant and deny/assert different sides;
    // d–b same claimant; a–e assert vs deny the same side.
    #expect(String(decoding: output, as: UTF8.self) == "a\tb\na\te\n")
  }

  @Test func escapedIdsEqualRawOnesAndSortAsBytes() throws {
    let text = """
      {"id":"\\u00e9","claimant":"s1","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-01"}
      {"id":"z\\"q","claimant":"s2","place":"p","controller":"o","stance":"asserts","from":"2020-01-01","to":"2020-01-01"}
      {  "to" : "2020-01-01" , "from":"2020-01-01","stance":"asserts","controller":"i","place":"\\u0070","claimant":"s3","id":"\\ud83d\\ude00", "x": {"y": [1, 2.5e-3, null]}}
      """
    let (_, output) = try PairCheck.run(Array(text.utf8))
    #expect(String(decoding: output, as: UTF8.self) == "z\"q\té\nz\"q\t😀\né\t😀\n")
  }

  @Test func duplicateIdsAreRejected() {
    let text = """
      {"id":"a","claimant":"s1","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-01"}
      {"id":"a","claimant":"s2","place":"p","controller":"o","stance":"asserts","from":"2020-01-01","to":"2020-01-01"}
      """
    #expect(throws: PairCheck.Failure.self) { try PairCheck.run(Array(text.utf8)) }
    do {
      _ = try PairCheck.run(Array(text.utf8))
    } catch let f as PairCheck.Failure {
      #expect(f.line == 2 && f.field == "id" && f.expected.contains("first on line 1"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  static let good =
    #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#

  @Test(arguments: [
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"maybe","from":"2020-01-01","to":"2020-01-02"}"#,
      "stance"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-02-30","to":"2020-03-02"}"#,
      "from"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-03","to":"2020-01-02"}"#,
      "to"
    ),
    (#"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01"}"#, "to"),
    (
      #"{"id":5,"claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "id"
    ),
    (
      #"{"id":"a","claimant":null,"place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "claimant"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p\u12","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "place"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g\ud800","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "controller"
    ),
    (
      #"{"id":"","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "id"
    ),
    (
      #"{"id":"a\tb","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"}"#,
      "id"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02"} x"#,
      "json"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02""#,
      "to"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02",}"#,
      "json"
    ),
    (#"["id","a"]"#, "json"),
    (#"{"id":"a" "claimant":"s"}"#, "id"),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02","n":01}"#,
      "n"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02","n":tru}"#,
      "n"
    ),
    (
      #"{"id":"a","claimant":"s","place":"p","controller":"g","stance":"asserts","from":"2020-01-01","to":"2020-01-02","n":[1,}"#,
      "n"
    ),
    (#"{"id":"a"#, "id"),
    ("{\"id\":\"a\u{1}\"}", "id"),
  ])
  func malformedLinesNameLineAndField(line: String, field: String) {
    let input = Array((Self.good.replacingOccurrences(of: "\"a\"", with: "\"ok\"") + "\n\n" + line + "\n").utf8)
    do {
      _ = try PairCheck.run(input)
      Issue.record("accepted: \(line)")
    } catch let f as PairCheck.Failure {
      #expect(f.line == 3, "\(f)")
      #expect(f.field == field, "\(f)")
      #expect(f.expected.hasPrefix("expected"), "\(f)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func invalidUTF8IsRejectedNotCrashed() {
    var input = Array(Self.good.utf8)
    input.insert(0xFF, at: 8)
    #expect(throws: PairCheck.Failure.self) { try PairCheck.run(input) }
    var overlong = Array(Self.good.utf8)
    overlong.insert(contentsOf: [0xC0, 0xAF], at: 8)
    #expect(throws: PairCheck.Failure.self) { try PairCheck.run(overlong) }
  }

  @Test func randomBytesNeverCrash() {
    var rng = SplitMix(state: 7)
    let good = Array(Self.good.utf8)
    for _ in 0..<500 {
      var bytes = good
      for _ in 0..<(1 + rng.int(4)) {
        let i = rng.int(bytes.count)
        switch rng.int(3) {
        case 0: bytes[i] = UInt8(truncatingIfNeeded: rng.next())
        case 1: bytes.remove(at: i)
        default: bytes.insert(rng.pick(Array("{}[]\",:\\u0 \n".utf8)), at: i)
        }
      }
      _ = try? PairCheck.run(bytes + bytes)
    }
  }

  /// The contract's reference result for `gen_claims.py 10000 1` (../shared/bench/README.md).
  @Test(.enabled(if: TestPaths.hasShared && Shell.hasPython))
  func matchesTheReferenceSHA256For10kClaims() throws {
    let gen = TestPaths.shared.appendingPathComponent("bench/gen_claims.py").path
    let input = try Shell.run(["python3", gen, "10000", "1"])
    let (summary, output) = try PairCheck.run(input)
    #expect(summary.pairs == 2014)
    #expect(SHA256.hex(output) == "ba5ecf87020e6a78bb57a054c9f39dbf791b93bc427ab688326a3f5d9d3fde21")
  }

  /// edge_claims.py: non-ASCII ids in non-numeric order, touching windows; checked against the brute force.
  @Test(.enabled(if: TestPaths.hasShared && Shell.hasPython))
  func matchesBruteForceOnTheSharedEdgeFile() throws {
    let gen = TestPaths.shared.appendingPathComponent("bench/edge_claims.py").path
    let input = try Shell.run(["python3", gen, "600", "3"])
    #expect(try PairCheck.run(input).output == BrutePairs.run(input))
  }
}

/// Runs a helper program for the tests that need the shared generators.
enum Shell {
  static var hasPython: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") }

  static func run(_ argv: [String]) throws -> [UInt8] {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = argv
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Array(data)
  }
}
