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
    let (tail, sum) = prepared.finish(prev: prev)
    return (prepared.prefix + tail, sum)
  }

  /// A line whose chain link is not known yet: its bytes up to `"prev":"` and the SHA-256 state after
  /// them. Preparing is the expensive part and can run in parallel; ``finish(prev:)`` is cheap and sequential.
  public struct Prepared: Sendable {
    /// `{"seq":…,"body":{…},"prev":"`.
    public var prefix: [UInt8]
    var hasher: SHA256

    /// The rest of the line (`prev`, `sum`, newline) and the line's sum, chained to `prev`.
    public mutating func finish(prev: String) -> (tail: [UInt8], sum: String) {
      var tail: [UInt8] = []
      tail.reserveCapacity(64 + 1 + LedgerLine.sumMarker.count + 64 + 3)
      tail.append(contentsOf: prev.utf8)
      tail.append(UInt8(ascii: "\""))
      var h = hasher
      tail.withUnsafeBytes { h.update($0) }
      let sum = Hex.encode(h.finalize())
      tail.append(contentsOf: LedgerLine.sumMarker)
      tail.append(contentsOf: sum.utf8)
      tail.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "\n")])
      return (tail, sum)
    }
  }

  /// Encodes everything of a line before its `prev` value and hashes it (the entry's `seq` must be set).
  public static func prepare(_ entry: LedgerEntry) -> Prepared {
    var w = JSONWriter(capacity: entry.body.count + 120)
    w.beginObject()
    w.key("seq"); w.int(entry.seq)
    w.key("at"); w.string(entry.at)
    if let by = entry.by { w.key("by"); w.string(by) }
    w.key("type"); w.string(entry.type)
    if let t = entry.txn { w.key("txn"); w.string(t) }
    w.key("body"); w.raw(entry.body)
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
    public var prev: String
    /// This line's sum, as recorded (and verified when requested).
    public var sum: String
  }

  /// The recorded sum of a line (without its newline), or nil if it has none.
  public static func recordedSum(_ line: UnsafeRawBufferPointer) -> String? {
    let n = line.count
    guard n >= sumMarker.count + tailLength else { return nil }
    let markerStart = n - tailLength - sumMarker.count
    for (i, b) in sumMarker.enumerated() where line[markerStart + i] != b { return nil }
    guard line[n - 2] == UInt8(ascii: "\""), line[n - 1] == UInt8(ascii: "}") else { return nil }
    let digits = UnsafeRawBufferPointer(rebasing: line[(n - tailLength)..<(n - 2)])
    return String(unsafeUninitializedCapacity: 64) { out in
      for i in 0..<64 { out[i] = digits[i] }
      return 64
    }
  }

  /// Checks the line's own checksum (not its place in the chain).
  public static func verifyChecksum(_ line: UnsafeRawBufferPointer) throws(Damage) -> String {
    guard let recorded = recordedSum(line) else { throw .missingChecksum }
    let covered = UnsafeRawBufferPointer(rebasing: line[0..<(line.count - tailLength - sumMarker.count)])
    let actual = SHA256.hex(covered)
    guard actual == recorded else { throw .checksumMismatch(expected: actual, found: recorded) }
    return recorded
  }

  /// Parses a line (without its newline). With `verify`, checks its checksum as well.
  public static func parse(_ line: UnsafeRawBufferPointer, verify: Bool) throws(Damage) -> Parsed {
    if UTF8Validation.firstInvalidOffset(line) != nil { throw .invalidUTF8 }
    let sum: String
    if verify {
      sum = try verifyChecksum(line)
    } else {
      guard let s = recordedSum(line) else { throw .missingChecksum }
      sum = s
    }
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
    return Parsed(entry: LedgerEntry(seq: seq, at: at, by: by, type: type, txn: txn, body: body), prev: prev, sum: sum)
  }
}
