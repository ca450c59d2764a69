import Foundation
import Testing

@testable import ContestedKit

/// The fast paths for compact JSON (claims in imports and in the ledger, ledger lines) must agree with the full
/// readers on every input: same value, or the same error. These tests generate inputs that stay on the fast path
/// and inputs that leave it at every turn (escapes, whitespace, nulls, unknown keys, odd numbers).
@Suite struct FastPathTests {
  /// A small deterministic generator (xorshift), so failures reproduce.
  struct Rng {
    var state: UInt64
    mutating func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
  }

  static let pieces = ["a", "Tal", " ", "é", "\"", "\\", "\n", "/", "ش", "🙂", "\u{7F}", "-", "0", "x y", "\u{2028}"]

  static func text(_ r: inout Rng, plain: Bool) -> String {
    var s = ""
    for _ in 0..<(1 + r.below(4)) {
      s += plain ? ["a", "Tal", "é", "ش", "-", "0", "x y", "s0042"][r.below(8)] : pieces[r.below(pieces.count)]
    }
    return s
  }

  static func claim(_ r: inout Rng, plain: Bool) -> Claim {
    let from = Day(ordinal: Int32(16_000 + r.below(3000)))
    let sides = ["government", "opposition", "kurdish", "isis"]
    return Claim(
      id: ClaimID(rawValue: "c\(r.below(1_000_000))" + (plain ? "" : text(&r, plain: false))),
      claimant: Claimant(
        name: text(&r, plain: plain), side: r.chance(50) ? Side(rawValue: sides[r.below(4)]) : nil,
        group: r.chance(30) ? text(&r, plain: plain) : nil),
      reportedBy: !plain && r.chance(30) ? Report(outlet: text(&r, plain: false), chain: ["A", "B"]) : Report(),
      place: PlaceRef(
        id: r.chance(70) ? PlaceID(rawValue: "p\(r.below(999))") : nil, text: text(&r, plain: plain),
        region: r.chance(20) ? PlaceID(rawValue: "region:x") : nil),
      controller: ControllerRef(
        name: r.chance(40) ? text(&r, plain: plain) : nil, side: Side(rawValue: sides[r.below(4)])),
      stance: r.chance(80) ? .asserts : .denies,
      event: ControlEvent.allKnown[r.below(ControlEvent.allKnown.count)],
      when: r.chance(85)
        ? TimeSpan(
          from: from, to: from.adding(days: r.below(4)),
          precision: r.chance(20) ? .week : (r.chance(50) ? .day : .range))
        : nil,
      quantity: !plain && r.chance(20) ? Quantity(count: r.below(9), unit: "villages") : nil,
      evidence: !plain && r.chance(20) ? Evidence(quote: text(&r, plain: false), range: 3..<9) : nil,
      origin: [.extracted, .manual, .imported][r.below(3)], status: [.proposed, .accepted, .rejected][r.below(3)],
      note: r.chance(20) ? text(&r, plain: plain) : nil)
  }

  /// Whitespace, nulls, reordering-free noise that only the full reader accepts.
  static func roughen(_ json: String, _ r: inout Rng) -> String {
    var out = ""
    for ch in json {
      out.append(ch)
      if (ch == "," || ch == ":" || ch == "{") && r.chance(5) { out += [" ", "\n", "\t"][r.below(3)] }
    }
    if r.chance(10) { out = out.replacingOccurrences(of: "{\"id\"", with: "{\"extra\":[1,2.5e3,null,true],\"id\"") }
    if r.chance(10) { out = out.replacingOccurrences(of: "\"note\":", with: "\"note\":null,\"nothing\":") }
    if r.chance(5) { out += " x" }
    if r.chance(5) { out = out.replacingOccurrences(of: "\"stance\":\"asserts\"", with: "\"stance\":\"holds\"") }
    if r.chance(5) { out = out.replacingOccurrences(of: "-", with: "/") }
    return out
  }

  static func full(_ text: String, defaults: ClaimDefaults) -> Result<Claim, FieldError> {
    Array(text.utf8).withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(FieldError) {
        let claim = try Claim.readJSON(&c, defaults: defaults)
        do throws(JSONError) { try c.expectEnd() } catch {
          throw FieldError(field: "(line)", "invalid JSON at column \(error.offset + 1): \(error.message)")
        }
        return .success(claim)
      } catch {
        return .failure(error)
      }
    }
  }

  static func fast(_ text: String, defaults: ClaimDefaults) -> Result<Claim, FieldError> {
    Array(text.utf8).withUnsafeBytes { buf in
      do throws(FieldError) { return .success(try Claim.readJSON(buf, range: 0..<buf.count, defaults: defaults)) } catch
      {
        return .failure(error)
      }
    }
  }

  @Test func `the claim fast path agrees with the full reader on 4000 generated records`() {
    var r = Rng(state: 0x1234_5678_9ABC_DEF1)
    var tookTypedPath = 0
    for i in 0..<4000 {
      let plain = i % 2 == 0
      let c = Self.claim(&r, plain: plain)
      var text = c.jsonString
      if i % 4 == 1 { text = Self.roughen(text, &r) }
      if i % 8 == 3 {
        // The flat benchmark form.
        text =
          #"{"id":"\#(c.id.rawValue.filter { $0.isLetter || $0.isNumber })","claimant":"s\#(r.below(99))","place":"p\#(r.below(99))","controller":"\#(c.controller.side.rawValue)","stance":"\#(c.stance.rawValue)","from":"2016-01-2\#(r.below(9))","to":"2016-01-2\#(r.below(9))"}"#
      }
      let defaults = ClaimDefaults(origin: .imported, status: i % 3 == 0 ? .accepted : .proposed)
      let a = Self.fast(text, defaults: defaults)
      let b = Self.full(text, defaults: defaults)
      #expect(a == b, "record \(i): \(text)")
      if plain || i % 8 == 3 {
        let typed = Array(text.utf8).withUnsafeBytes { buf in
          var s = CompactJSONScanner(buf)
          return CompactClaim.read(&s, defaults: defaults).map { s.position == buf.count ? $0 : nil } ?? nil
        }
        if let typed {
          tookTypedPath += 1
          #expect(.success(typed) == b, "record \(i): \(text)")
        }
      }
    }
    // Canonical records without escapes must really take the fast path (else it is dead code).
    #expect(tookTypedPath > 1000)
  }

  @Test func `the claim fast path reports the same errors as the full reader`() {
    let bad = [
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","stance":"maybe"}"#,
      #"{"id":"c1","claimant":"","place":"p1","controller":"government"}"#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","from":"2016-02-30","to":"2016-03-01"}"#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","from":"2016-03-02","to":"2016-03-01"}"#,
      #"{"id":"c1","claimant":"s1","controller":"government"}"#,
      #"{"id":"c1","claimant":{"name":"s1"},"place":{"id":"p1"},"controller":{"side":"isis"},"event":"won"}"#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","status":"done"}"#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government"}}"#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government""#,
      #"{"id":"c1","claimant":"s1","place":"p1","controller":"government","when":{"from":"2016-01-01","precision":"era"}}"#,
      #"{}"#,
      #"[]"#,
    ]
    for text in bad {
      let a = Self.fast(text, defaults: ClaimDefaults())
      let b = Self.full(text, defaults: ClaimDefaults())
      #expect(a == b, "\(text)")
      if case .success = a { Issue.record("accepted a bad record: \(text)") }
    }
  }

  static func entry(_ r: inout Rng, seq: Int) -> LedgerEntry {
    let types = [
      LedgerEventType.claimAdded, LedgerEventType.claimStatus, "review.resolved", LedgerEventType.batchCommit,
    ]
    var body = JSONWriter()
    body.beginObject()
    for k in 0..<r.below(5) {
      body.key(dynamic: "k\(k)" + (r.chance(10) ? "\"é" : ""))
      switch r.below(6) {
      case 0: body.string(text(&r, plain: r.chance(50)))
      case 1: body.int(r.below(2000) - 1000)
      case 2: body.double(Double(r.below(1000)) / 7)
      case 3: body.bool(r.chance(50))
      case 4: body.null()
      default:
        body.beginArray()
        body.string("x")
        body.int(r.below(100))
        body.beginObject()
        body.key("n")
        body.int(0)
        body.endObject()
        body.endArray()
      }
    }
    body.endObject()
    return LedgerEntry(
      seq: seq, at: r.chance(90) ? "2026-11-22T07:03:57Z" : "2026-11-22T07:03:5\"Z",
      by: r.chance(30) ? text(&r, plain: r.chance(50)) : nil, type: types[r.below(types.count)],
      txn: r.chance(40) ? "b-\(r.below(99999))" : nil, body: body.bytes)
  }

  @Test func `the ledger line fast path agrees with the full parser`() throws {
    var r = Rng(state: 0xDEAD_BEEF_0BAD_F00D)
    var prev = LedgerLine.genesis
    for i in 1...3000 {
      let e = Self.entry(&r, seq: i)
      var (line, sum) = LedgerLine.encode(e, prev: prev)
      line.removeLast()  // the newline
      prev = sum
      try line.withUnsafeBytes { buf in
        let viaParse = try LedgerLine.parse(buf, verify: true)
        let full = try LedgerLine.parseFull(buf, sum: try #require(LedgerLine.recordedSum(buf)))
        #expect(viaParse.entry == e)
        #expect(full.entry == e)
        #expect(viaParse.prev == full.prev && viaParse.sum == full.sum)
        #expect(viaParse.sum.description == sum)
      }
      // A line written by hand with spaces is still read (by the full parser), with the same entry.
      if i % 10 == 0 {
        var text = String(decoding: line, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"seq\":", with: "\"seq\": ")
        Array(text.utf8).withUnsafeBytes { buf in
          let p = try? LedgerLine.parse(buf, verify: false)
          #expect(p?.entry == e)
        }
      }
    }
  }

  @Test func `a body that is not one JSON object is damage on both paths`() {
    let prev = LedgerLine.genesis
    let good = LedgerEntry(seq: 1, at: "2026-11-22T07:03:57Z", type: "claim.added", body: Array(#"{"a":1}"#.utf8))
    let (line, _) = LedgerLine.encode(good, prev: prev)
    let text = String(decoding: line.dropLast(), as: UTF8.self)
    for broken in [#"{"a":1}{"b":2}"#, #"{"a":1,}"#, #"{"a":01}"#, #"{"a":"x"#, #"{"a":[1,}"#] {
      let damaged = text.replacingOccurrences(of: #"{"a":1}"#, with: broken)
      Array(damaged.utf8).withUnsafeBytes { buf in
        _ = #expect(throws: LedgerLine.Damage.self, "\(broken)") { try LedgerLine.parse(buf, verify: false) }
      }
    }
  }

  @Test func `digests compare by their text and print it`() {
    let hex = String(repeating: "ab", count: 32)
    let d = LedgerDigest(hex)
    #expect(d?.description == hex)
    #expect(d != LedgerDigest.genesis)
    #expect(LedgerDigest("abc") == nil)
    var h = SHA256()
    Array("abc".utf8).withUnsafeBytes { h.update($0) }
    var out = [UInt8](repeating: 0, count: 64)
    out.withUnsafeMutableBytes { h.finalize(hexInto: $0.baseAddress!) }
    #expect(String(decoding: out, as: UTF8.self) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func `replaying batches keeps committed claims once, in order, and reports unfinished ones`() throws {
    func added(_ id: String, txn: String?, place: String = "p1") -> LedgerEntry {
      let c = Claim(
        id: ClaimID(rawValue: id), claimant: Claimant(name: "s1"),
        place: PlaceRef(id: PlaceID(rawValue: place), text: place),
        controller: ControllerRef(side: .government))
      var w = JSONWriter()
      w.beginObject()
      w.key("claim")
      c.writeJSON(to: &w)
      w.endObject()
      return LedgerEntry(at: "t", type: LedgerEventType.claimAdded, txn: txn, body: w.bytes)
    }
    func commit(_ txn: String) -> LedgerEntry {
      LedgerEntry(at: "t", type: LedgerEventType.batchCommit, body: Array(#"{"batch":"\#(txn)","count":1}"#.utf8))
    }
    let status = LedgerEntry(
      at: "t", type: LedgerEventType.claimStatus, body: Array(#"{"id":"c1","status":"rejected"}"#.utf8))
    let events = [
      added("c1", txn: "A"), added("c2", txn: "A"), commit("A"),
      added("c3", txn: "B"), status,
      added("c2", txn: "C", place: "p9"), added("c4", txn: "C"), commit("C"),
      added("c6", txn: nil),
      commit("B"),
      added("c5", txn: "D"),
    ]
    for hint in [0, 1000] {
      var state = WorkspaceState()
      state.batchCapacityHint = hint
      for (i, e) in events.enumerated() {
        var e = e
        e.seq = i + 1
        try state.apply(e)
      }
      #expect(state.claims.map(\.id.rawValue) == ["c1", "c2", "c4", "c6", "c3"])
      #expect(state.claim("c2")?.place.id == "p1", "the first claim of an id wins")
      #expect(state.claim("c1")?.status == .rejected)
      #expect(state.claim("c5") == nil)
      #expect(state.pendingBatches.mapValues { $0.map(\.id.rawValue) } == ["D": ["c5"]])
    }
  }

  @Test func `a duplicate id across the halves of a big import names both lines`() {
    // Over 1 MiB, so two workers parse it; the duplicate sits in the second half, its first copy in the first.
    var text = ""
    let n = 12_000
    for i in 1...n {
      let id = i == n - 5 ? "c42" : "c\(i)"
      text +=
        #"{"id":"\#(id)","claimant":"s1","place":"p\#(i % 97)","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#
        + "\n"
    }
    #expect(text.utf8.count > 1 << 20)
    #expect(throws: ImportError(file: "big.jsonl", line: n - 5, field: "id", "duplicate id c42 (first on line 42)")) {
      try ClaimImport.parseJSONLines(Array(text.utf8), fileName: "big.jsonl")
    }
    let fine = text.replacingOccurrences(
      of: #""id":"c42","claimant":"s1","place":"p\#((n - 5) % 97)""#,
      with: #""id":"c0","claimant":"s1","place":"p\#((n - 5) % 97)""#)
    #expect((try? ClaimImport.parseJSONLines(Array(fine.utf8), fileName: "big.jsonl"))?.count == n)
  }
}
