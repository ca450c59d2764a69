/// The binary form of a ``DerivedState`` inside a snapshot (docs/formats.md, "Snapshot"): sections in a fixed
/// order, every string length-prefixed, enums by their raw value, claims and event bodies in the ledger's own
/// compact JSON (so they read back exactly as the ledger's lines do).
extension DerivedState {
  /// The payload.
  public func encoded() -> [UInt8] {
    var w = SnapshotWriter()
    w.uint(lastSeq)
    w.uint(conflicts.count)
    for c in conflicts { Self.write(c, to: &w) }
    w.uint(claims.count)
    for c in claims {
      var json = JSONWriter()
      c.writeJSON(to: &json)
      w.data(json.bytes)
    }
    w.uint(stamps.count)
    for (id, s) in stamps.sorted(by: { $0.key < $1.key }) {
      w.string(id.rawValue)
      w.uint(s.seq)
      w.string(s.at)
      w.optionalString(s.by)
      w.string(s.type)
    }
    w.uint(otherEntries.count)
    for e in otherEntries {
      w.uint(e.seq)
      w.string(e.at)
      w.optionalString(e.by)
      w.string(e.type)
      w.optionalString(e.txn)
      w.data(e.body)
    }
    return w.bytes
  }

  /// Reads a payload written by ``encoded()``; anything malformed throws, nothing traps.
  public init(decoding bytes: UnsafeRawBufferPointer) throws(SnapshotReader.Damage) {
    var r = SnapshotReader(bytes)
    let lastSeq = try r.uint()
    // Counts are bounded by the bytes left (``SnapshotReader/count()``), so reserving for them is safe.
    let conflictCount = try r.count()
    var conflicts: [Conflict] = []
    conflicts.reserveCapacity(conflictCount)
    for _ in 0..<conflictCount { conflicts.append(try Self.readConflict(&r)) }
    let claimCount = try r.count()
    var claims: [Claim] = []
    claims.reserveCapacity(claimCount)
    for _ in 0..<claimCount {
      let json = try r.data()
      do {
        claims.append(try Self.readClaim(json))
      } catch {
        throw r.fail("a claim that does not read: \(error)")
      }
    }
    let stampCount = try r.count()
    var stamps: [ClaimID: ClaimStamp] = [:]
    stamps.reserveCapacity(stampCount)
    for _ in 0..<stampCount {
      let id = ClaimID(rawValue: try r.string())
      stamps[id] = ClaimStamp(seq: try r.uint(), at: try r.string(), by: try r.optionalString(), type: try r.string())
    }
    var entries: [LedgerEntry] = []
    for _ in 0..<(try r.count()) {
      entries.append(
        LedgerEntry(
          seq: try r.uint(), at: try r.string(), by: try r.optionalString(), type: try r.string(),
          txn: try r.optionalString(), body: try r.data()))
    }
    guard r.atEnd else { throw r.fail("bytes after the last section") }
    do {
      try self.init(conflicts: conflicts, claims: claims, stamps: stamps, otherEntries: entries, lastSeq: lastSeq)
    } catch {
      throw r.fail("a review event that does not read: \(error)")
    }
  }

  static func readClaim(_ json: [UInt8]) throws(FieldError) -> Claim {
    var body = Array("{\"claim\":".utf8)
    body.append(contentsOf: json)
    body.append(0x7D)
    return try WorkspaceState.decodeClaimBody(body, key: "claim")
  }

  static func write(_ c: Conflict, to w: inout SnapshotWriter) {
    w.string(c.id.rawValue)
    w.string(c.kind.rawValue)
    w.string(c.place.rawValue)
    w.string(c.placeName)
    w.uint(c.sides.count)
    for s in c.sides {
      w.string(s.side.rawValue)
      w.string(s.stance.rawValue)
      w.uint(s.claims.count)
      for id in s.claims { w.string(id.rawValue) }
    }
    w.int(Int(c.window.from.ordinal))
    w.int(Int(c.window.to.ordinal))
    w.string(c.window.precision.rawValue)
    w.optionalString(c.window.partOfDay)
    w.uint(c.pairs.count)
    for p in c.pairs {
      w.string(p.a.rawValue)
      w.string(p.b.rawValue)
      w.string(p.place.rawValue)
      w.string(p.kind.rawValue)
    }
    w.uint(c.pairCount)
    w.int(c.priority.score)
    w.uint(c.priority.reasons.count)
    for reason in c.priority.reasons { w.string(reason) }
    w.int(c.priority.voices)
    w.string(c.status.rawValue)
    w.uint(c.formerIDs.count)
    for f in c.formerIDs { w.string(f.rawValue) }
  }

  static func readConflict(_ r: inout SnapshotReader) throws(SnapshotReader.Damage) -> Conflict {
    let id = ConflictID(rawValue: try r.string())
    let kind = try r.raw(ConflictKind.self)
    let place = PlaceID(rawValue: try r.string())
    let placeName = try r.string()
    var sides: [ConflictSide] = []
    for _ in 0..<(try r.count()) {
      let side = Side(rawValue: try r.string())
      let stance = try r.raw(Stance.self)
      var ids: [ClaimID] = []
      for _ in 0..<(try r.count()) { ids.append(ClaimID(rawValue: try r.string())) }
      sides.append(ConflictSide(side: side, stance: stance, claims: ids))
    }
    let from = try day(&r)
    let to = try day(&r)
    let window = TimeSpan(
      from: from, to: to, precision: try r.raw(DatePrecision.self), partOfDay: try r.optionalString())
    var pairs: [ConflictPair] = []
    for _ in 0..<(try r.count()) {
      let a = ClaimID(rawValue: try r.string())
      let b = ClaimID(rawValue: try r.string())
      pairs.append(ConflictPair(a, b, place: PlaceID(rawValue: try r.string()), kind: try r.raw(ConflictKind.self)))
    }
    let pairCount = try r.uint()
    let score = try r.int()
    var reasons: [String] = []
    for _ in 0..<(try r.count()) { reasons.append(try r.string()) }
    let priority = ConflictPriority(score: score, reasons: reasons, voices: try r.int())
    let status = try r.raw(ConflictStatus.self)
    var former: [ConflictID] = []
    for _ in 0..<(try r.count()) { former.append(ConflictID(rawValue: try r.string())) }
    return Conflict(
      id: id, kind: kind, place: place, placeName: placeName, sides: sides, window: window, pairs: pairs,
      pairCount: pairCount, priority: priority, status: status, formerIDs: former)
  }

  static func day(_ r: inout SnapshotReader) throws(SnapshotReader.Damage) -> Day {
    let v = try r.int()
    guard let ordinal = Int32(exactly: v) else { throw r.fail("a day out of range") }
    return Day(ordinal: ordinal)
  }
}
