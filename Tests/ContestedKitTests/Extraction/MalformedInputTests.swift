import ContestedKit
import Testing

@Suite struct MalformedInputTests {
  func run(_ text: String) -> ExtractionResult {
    ClaimExtractor().extract(from: Article(id: "t", text: text, outlet: "X", published: Day(iso: "2020-01-01")!))
  }

  @Test func `empty text gives an empty result with a note`() {
    let r = run("")
    #expect(r.claims.isEmpty)
    #expect(r.notes.contains { $0.message.contains("empty") })
  }

  @Test func `binary data decoded lossily gives no crash`() {
    var bytes: [UInt8] = []
    var x: UInt32 = 12345
    for _ in 0..<200_000 {
      x = x &* 1_103_515_245 &+ 12345
      bytes.append(UInt8(truncatingIfNeeded: x >> 16))
    }
    let r = run(String(decoding: bytes, as: UTF8.self))
    #expect(r.claims.count < 50)
  }

  @Test func `invalid UTF-8 decoded lossily still extracts`() {
    let bytes: [UInt8] =
      Array("Title\n\nRebels ".utf8) + [0xFF, 0xFE, 0xC3] + Array(" seized the village of Kabani.".utf8)
    let r = run(String(decoding: bytes, as: UTF8.self))
    #expect(r.claims.map { $0.place.text } == ["Kabani"])
  }

  @Test func `odd characters, lone punctuation and unclosed quotes`() {
    for t in [
      "\u{201C}", "...", "-", "'s", "\u{0000}\u{0001}", "al-", "Mount", "the village of", "seized",
      "\"Rebels seized", "Rebels seized the villages of , and .", "1 2 3 4 5 6 7 8 9 0 %",
      String(repeating: "\u{201C}", count: 5000),
    ] {
      _ = run(t)
    }
  }

  @Test func `a 50 MB single line finishes`() {
    // One line, no full stop: a claim at the start, then 50 MB of long words (kept cheap for debug builds).
    var s = "Rebels seized the village of Kabani on Friday, "
    let unit = String(repeating: "x", count: 250) + " "
    s.reserveCapacity(50_000_100)
    while s.utf8.count < 50_000_000 { s += unit }
    let r = run(s)
    #expect(r.notes.contains { $0.message.contains("cut") })
    #expect(!r.claims.isEmpty)
  }
}
