/// The on-disk form of one ledger line and its checksums (docs/formats.md):
///
///     {"seq":N,"at":"…","by":"…","type":"…","txn":"…","body":{…},"prev":"<64 hex>","sum":"<64 hex>"}
///
/// `sum` is the SHA-256 of every byte of the line before `,"sum":"`, so it covers `prev`, which is the
/// `sum` of the line before (64 zeros on line 1): a hash chain. Keys appear in exactly this order.
public enum LedgerLine {
  /// The `prev` of the first line.
  public static let genesis = String(repeating: "0", count: 64)
  static let sumMarker: [UInt8] = Array(",\"sum\":\"".utf8)
  /// Bytes after the sum marker: 64 hex digits, `"`, `}`.
  static let tailLength = 64 + 2

  /// Encodes an entry chained to `prev`; returns the line (with its final newline) and its sum.
  public static func encode(_ entry: LedgerEntry, prev: String) -> (line: [UInt8], sum: String) {
    var prepared = prepare(entry)
    var line: [UInt8] = []
    let sum = prepared.finish(prev: LedgerDigest(prev) ?? .genesis, into: &line)
    return (line, sum.description)
  }

  /// A line whose chain link is not known yet: its bytes up to `"prev":"` and the SHA-256 state after
  /// them. Preparing is the expensive part and can run in parallel; ``finish(prev:into:)`` is cheap and sequential.
  public struct Prepared: Sendable {
    /// `{"seq":…,"body":{…},"prev":"`.
    public var prefix: [UInt8]
    var hasher: SHA256

    /// Appends the whole line (prefix, `prev`, `sum`, newline) to `out` and returns its sum.
    public mutating func finish(prev: LedgerDigest, into out: inout [UInt8]) -> LedgerDigest {
      out.append(contentsOf: prefix)
      let linkStart = out.count
      prev.append(to: &out)
      out.append(UInt8(ascii: "\""))
      var h = hasher
      out.withUnsafeBytes { h.update(UnsafeRawBufferPointer(rebasing: $0[linkStart...])) }
      out.append(contentsOf: LedgerLine.sumMarker)
      let sumStart = out.count
      out.append(contentsOf: LedgerDigest.genesis.bytes)
      out.withUnsafeMutableBytes { h.finalize(hexInto: $0.baseAddress! + sumStart) }
      out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\n")])
      return out.withUnsafeBytes { LedgerDigest(hexAt: $0.baseAddress! + sumStart) }
    }
  }

  /// Encodes everything of a line before its `prev` value and hashes it (the entry's `seq` must be set).
  public static func prepare(_ entry: LedgerEntry) -> Prepared {
    var w = JSONWriter(capacity: entry.body.count + 200)
    writeEnvelope(seq: entry.seq, at: entry.at, by: entry.by, type: entry.type, txn: entry.txn, to: &w)
    w.raw(entry.body)
    return finishPrefix(&w)
  }

  /// ``prepare(_:)`` for a `claim.added` line, writing the claim straight into the line (no body array).
  public static func prepareClaimAdded(seq: Int, at: String, by: String? = nil, txn: String?, claim: Claim) -> Prepared
  {
    var w = JSONWriter(capacity: 512)
    writeEnvelope(seq: seq, at: at, by: by, type: LedgerEventType.claimAdded, txn: txn, to: &w)
    w.beginObject()
    w.key("claim")
    claim.writeJSON(to: &w)
    w.endObject()
    return finishPrefix(&w)
  }

  private static func writeEnvelope(
    seq: Int, at: String, by: String?, type: String, txn: String?, to w: inout JSONWriter
  ) {
    w.beginObject()
    w.key("seq")
    w.int(seq)
    w.key("at")
    w.string(at)
    if let by {
      w.key("by")
      w.string(by)
    }
    w.key("type")
    w.string(type)
    if let txn {
      w.key("txn")
      w.string(txn)
    }
    w.key("body")
  }

  private static func finishPrefix(_ w: inout JSONWriter) -> Prepared {
    w.key("prev")
    var bytes = w.bytes
    bytes.append(UInt8(ascii: "\""))
    var hasher = SHA256()
    bytes.withUnsafeBytes { hasher.update($0) }
    return Prepared(prefix: bytes, hasher: hasher)
  }

  /// Why a line is not a valid ledger line.
  public enum Damage: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `"sum"` at the end of the line.
    case missingChecksum
    /// The line's bytes do not hash to its `sum`: it was changed after it was written.
    case checksumMismatch(expected: String, found: String)
    /// `prev` is not the sum of the line before: a line was removed, inserted or reordered.
    case brokenChain(expectedPrev: String, found: String)
    /// `seq` is not the line number.
    case wrongSequence(expected: Int, found: Int)
    /// The line is not the JSON object the format requires.
    case malformed(String)
    /// The line is not valid UTF-8.
    case invalidUTF8

    /// Explains the damage.
    public var description: String {
      switch self {
      case .missingChecksum: "the line has no checksum (\"sum\" must be its last field)"
      case .checksumMismatch(let e, let f):
        "checksum mismatch: the line hashes to \(e.prefix(12))… but says \(f.prefix(12))…; it was changed after it was written"
      case .brokenChain(let e, let f):
        "broken chain: prev is \(f.prefix(12))… but the line before has sum \(e.prefix(12))…; a line was removed, inserted or reordered"
      case .wrongSequence(let e, let f): "seq is \(f) but this is line \(e)"
      case .malformed(let m): "not a ledger line: \(m)"
      case .invalidUTF8: "the line is not valid UTF-8"
      }
    }
  }

  /// A parsed line: the entry, its `prev` and its `sum`.
  public struct Parsed: Sendable {
    /// The event.
    public var entry: LedgerEntry
    /// The previous line's sum, as recorded.
    public var prev: LedgerDigest
    /// This line's sum, as recorded (and verified when requested).
    public var sum: LedgerDigest
  }

  /// The recorded sum of a line (without its newline), or nil if it has none.
  public static func recordedSum(_ line: UnsafeRawBufferPointer) -> LedgerDigest? {
    let n = line.count
    guard n >= sumMarker.count + tailLength else { return nil }
    let markerStart = n - tailLength - sumMarker.count
    for (i, b) in sumMarker.enumerated() where line[markerStart + i] != b { return nil }
    guard line[n - 2] == UInt8(ascii: "\""), line[n - 1] == UInt8(ascii: "}") else { return nil }
    return LedgerDigest(hexAt: line.baseAddress! + (n - tailLength))
  }

  /// Checks the line's own checksum (not its place in the chain).
  public static func verifyChecksum(_ line: UnsafeRawBufferPointer) throws(Damage) -> LedgerDigest {
    guard let recorded = recordedSum(line) else { throw .missingChecksum }
    let covered = UnsafeRawBufferPointer(rebasing: line[0..<(line.count - tailLength - sumMarker.count)])
    var hasher = SHA256()
    hasher.update(covered)
    var actual = LedgerDigest.genesis
    withUnsafeMutableBytes(of: &actual.words) { hasher.finalize(hexInto: $0.baseAddress!) }
    guard actual == recorded else { throw .checksumMismatch(expected: actual.description, found: recorded.description) }
    return recorded
  }

  /// Parses a line (without its newline). With `verify`, checks its checksum as well.
  public static func parse(_ line: UnsafeRawBufferPointer, verify: Bool) throws(Damage) -> Parsed {
    if UTF8Validation.firstInvalidOffset(line) != nil { throw .invalidUTF8 }
    let sum: LedgerDigest
    if verify {
      sum = try verifyChecksum(line)
    } else {
      guard let s = recordedSum(line) else { throw .missingChecksum }
      sum = s
    }
    if let fast = parseCompact(line, sum: sum) { return fast }
    return try parseFull(line, sum: sum)
  }

  /// The full parser: any JSON object with the ledger's keys, explaining what is wrong.
  static func parseFull(_ line: UnsafeRawBufferPointer, sum: LedgerDigest) throws(Damage) -> Parsed {
    var c = JSONCursor(line)
    var seq: Int?
    var at: String?
    var by: String?
    var type: String?
    var txn: String?
    var body: [UInt8]?
    var prev: String?
    do {
      try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
        if c.key(k, is: "seq") {
          seq = try c.readInt()
        } else if c.key(k, is: "at") {
          at = try c.readString()
        } else if c.key(k, is: "by") {
          by = try c.readString()
        } else if c.key(k, is: "type") {
          type = try c.readString()
        } else if c.key(k, is: "txn") {
          txn = try c.readString()
        } else if c.key(k, is: "body") {
          c.skipWhitespace()
          let start = c.position
          guard try c.peekKind() == .object else { throw JSONError("body must be an object", offset: start) }
          try c.skipValue()
          body = Array(UnsafeRawBufferPointer(rebasing: line[start..<c.position]))
        } else if c.key(k, is: "prev") {
          prev = try c.readString()
        } else {
          try c.skipValue()
        }
      }
      try c.expectEnd()
    } catch {
      throw .malformed(error.description)
    }
    guard let seq, let at, let type, let body, let prev else {
      throw .malformed("missing one of seq, at, type, body, prev")
    }
    return Parsed(
      entry: LedgerEntry(seq: seq, at: at, by: by, type: type, txn: txn, body: body),
      prev: LedgerDigest(prev) ?? LedgerDigest(unchecked: prev), sum: sum)
  }

  /// `,"prev":"` + 64 + `","sum":"` + 64 + `"}`.
  static let compactTailLength = 9 + 64 + 9 + 64 + 2

  /// The fast path of ``parse(_:verify:)``: a line exactly as ``prepare(_:)`` writes it (keys in order, no
  /// whitespace, no escapes outside the body). Nil sends the line to the full parser.
  static func parseCompact(_ line: UnsafeRawBufferPointer, sum: LedgerDigest) -> Parsed? {
    let n = line.count
    guard n > compactTailLength + 20 else { return nil }
    var s = CompactJSONScanner(line)
    guard s.consume("{\"seq\":"), let seq = s.plainInt(), s.consume(",\"at\":"), let at = s.plainString() else {
      return nil
    }
    var by: Range<Int>?
    if s.consume(",\"by\":") {
      guard let r = s.plainString() else { return nil }
      by = r
    }
    guard s.consume(",\"type\":"), let type = s.plainString() else { return nil }
    var txn: Range<Int>?
    if s.consume(",\"txn\":") {
      guard let r = s.plainString() else { return nil }
      txn = r
    }
    guard s.consume(",\"body\":"), s.peek == UInt8(ascii: "{") else { return nil }
    let bodyStart = s.position
    let tailStart = n - compactTailLength
    var t = CompactJSONScanner(line, from: tailStart)
    guard t.consume(",\"prev\":\"") else { return nil }
    let prevStart = t.position
    t.position += 64
    guard t.consume("\",\"sum\":\"") else { return nil }
    // The body must be exactly one JSON object filling the space up to `,"prev"`.
    var v = CompactJSONScanner(line, from: bodyStart, to: tailStart)
    if !(v.skipCompactValue() && v.position == tailStart) {
      var c = JSONCursor(UnsafeRawBufferPointer(rebasing: line[bodyStart..<tailStart]))
      do throws(JSONError) {
        try c.skipValue()
      } catch {
        return nil
      }
      guard c.position == tailStart - bodyStart else { return nil }
    }
    for i in prevStart..<(prevStart + 64) where line[i] == UInt8(ascii: "\"") || line[i] == UInt8(ascii: "\\") {
      return nil
    }
    return Parsed(
      entry: LedgerEntry(
        seq: seq, at: s.text(at), by: by.map { s.text($0) }, type: s.text(type), txn: txn.map { s.text($0) },
        body: Array(UnsafeRawBufferPointer(rebasing: line[bodyStart..<tailStart]))),
      prev: LedgerDigest(hexAt: line.baseAddress! + prevStart), sum: sum)
  }
}

/// A line's SHA-256 as the ledger records it: 64 hex digits, held inline (no heap), so chaining and comparing are
/// cheap. Its text is whatever the line says, even when that is not hex (then it will not match any real sum).
public struct LedgerDigest: Equatable, Sendable, CustomStringConvertible {
  /// The 64 ASCII bytes.
  var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

  /// The digest whose text is the 64 bytes at `p`.
  public init(hexAt p: UnsafeRawPointer) {
    words = (0, 0, 0, 0, 0, 0, 0, 0)
    withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: p, byteCount: 64) }
  }

  /// A digest from its text; nil unless it is exactly 64 bytes.
  public init?(_ text: String) {
    var t = text
    guard let d = t.withUTF8({ $0.count == 64 ? LedgerDigest(hexAt: $0.baseAddress!) : nil }) else { return nil }
    self = d
  }

  /// A `prev` of the wrong length, kept only to be reported: it never equals a real sum.
  init(unchecked text: String) {
    var b = Array(text.utf8.prefix(64))
    while b.count < 64 { b.append(UInt8(ascii: "?")) }
    self = b.withUnsafeBytes { LedgerDigest(hexAt: $0.baseAddress!) }
  }

  /// The `prev` of the first line: 64 zeros.
  public static let genesis = LedgerDigest(String(repeating: "0", count: 64))!

  /// The 64 bytes.
  public var bytes: [UInt8] {
    var w = words
    return withUnsafeBytes(of: &w) { Array($0) }
  }

  /// Appends the 64 bytes to `out`.
  public func append(to out: inout [UInt8]) {
    var w = words
    withUnsafeBytes(of: &w) { out.append(contentsOf: $0) }
  }

  /// The 64 digits as text.
  public var description: String { String(decoding: bytes, as: UTF8.self) }

  public static func == (a: Self, b: Self) -> Bool {
    a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
      && a.words.4 == b.words.4 && a.words.5 == b.words.5 && a.words.6 == b.words.6 && a.words.7 == b.words.7
  }
}
