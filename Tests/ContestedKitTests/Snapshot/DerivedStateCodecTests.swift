import ContestedKit
import Testing

/// The snapshot payload reads back what was written, and malformed payloads throw without trapping.
@Suite struct DerivedStateCodecTests {
  func state() throws -> DerivedState {
    var ledger = ReviewLedger()
    var seq = 1
    func add(_ id: String, _ side: Side, _ day: String) throws {
      let claim = Claim(
        id: ClaimID(rawValue: id), claimant: Claimant(name: "s-\(id)"), place: PlaceRef(text: "Kansaba"),
        controller: ControllerRef(side: side), when: TimeSpan.day(Day(iso: day)!), origin: .manual,
        status: .accepted)
      var w = JSONWriter()
      w.beginObject()
      w.key("claim")
      claim.writeJSON(to: &w)
      w.endObject()
      seq += 1
      try ledger.apply(
        LedgerEntry(seq: seq, at: "2026-11-22T10:00:00Z", type: LedgerEventType.claimAdded, body: w.bytes))
    }
    try add("c1", .government, "2016-07-01")
    try add("c2", .opposition, "2016-07-01")
    try add("c3", .isis, "2016-07-02")
    return DerivedState(ledger, reconciler: Reconciler())
  }

  @Test func aPayloadReadsBackExactly() throws {
    let s = try state()
    #expect(!s.conflicts.isEmpty)
    let bytes = s.encoded()
    let back = try bytes.withUnsafeBytes { try DerivedState(decoding: $0) }
    #expect(back.conflicts == s.conflicts)
    #expect(back.claims == s.claims)
    #expect(back.stamps == s.stamps)
    #expect(back.lastSeq == s.lastSeq)
    #expect(back.encoded() == bytes)
  }

  @Test func everyCutAndManyFlipsThrowOrReadWithoutTrapping() throws {
    let bytes = try state().encoded()
    for cut in 0..<bytes.count {
      let part = Array(bytes[0..<cut])
      #expect(throws: SnapshotReader.Damage.self) { try part.withUnsafeBytes { try DerivedState(decoding: $0) } }
    }
    for offset in 0..<bytes.count {
      for bit in [0x01, 0x80] {
        var flipped = bytes
        flipped[offset] ^= UInt8(bit)
        // A flip may still read (a changed letter); it must never trap. The file checksum catches it in use.
        _ = try? flipped.withUnsafeBytes { try DerivedState(decoding: $0) }
      }
    }
    var huge = SnapshotWriter()
    huge.uint(1)
    huge.uint(Int.max)
    #expect(throws: SnapshotReader.Damage.self) { try huge.bytes.withUnsafeBytes { try DerivedState(decoding: $0) } }
  }
}
