import Dispatch

/// The stateless conflict-pair join of `../shared/bench/SPEC.md`, over claims JSONL held in memory.
///
/// Two claims a, b (a.id < b.id in UTF-8 byte order) form a pair when they name the same place, their
/// inclusive windows overlap, their claimants differ, and they are incompatible (both assert different
/// controllers, or one asserts X and the other denies X). Pairs are written as `a\tb\n`, sorted by
/// (a.id, b.id) bytes.
///
/// The pipeline avoids `String` and `Dictionary` in the hot loops:
/// 1. parse the buffer in parallel chunks split at line breaks (a small validating JSON reader that
///    accepts any key order, whitespace, escapes and extra keys), interning place, claimant and controller
///    byte strings to integers with an open-addressing table, and copying decoded ids into an arena;
/// 2. rank ids in byte order (a sort on an 8-byte big-endian prefix, full compare on ties);
/// 3. order claims by (place, from) with two counting sorts;
/// 4. sweep each place with an active list (only same-place claims whose windows overlap are compared),
///    in parallel over place groups;
/// 5. bucket pairs by the first rank (counting sort), sort each small bucket, and emit the bytes in chunks.
public enum PairCheck {
  /// A malformed line: the 1-based line number, the field at fault and what was expected there.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number in the input.
    public var line: Int
    /// The field at fault (`id`, `from`, …), or `json` for a syntax error outside any known field.
    public var field: String
    /// What was expected, and what was found.
    public var expected: String

    /// Creates a failure.
    public init(line: Int, field: String, expected: String) {
      self.line = line
      self.field = field
      self.expected = expected
    }

    /// `line: field: expected …` (the CLI prefixes the file name).
    public var description: String { "\(line): \(field): \(expected)" }
  }

  /// How many claims and pairs a run saw.
  public struct Summary: Equatable, Sendable {
    /// Claims read (blank lines are not claims).
    public var claims: Int
    /// Conflict pairs written.
    public var pairs: Int

    /// Creates a summary.
    public init(claims: Int, pairs: Int) {
      self.claims = claims
      self.pairs = pairs
    }
  }

  /// Runs the join over `input` and hands the TSV output to `emit` in chunks, in order.
  ///
  /// - Parameters:
  ///   - input: the whole claims file, UTF-8.
  ///   - threads: how many workers to use for parsing and sweeping (1 runs everything on the caller).
  ///   - emit: receives consecutive slices of the output; throwing stops the run.
  /// - Throws: `Failure` for the first malformed line (the lowest line number), or what `emit` throws.
  public static func run(
    _ input: UnsafeRawBufferPointer, threads: Int = 2, emit: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Summary {
    let table = try parse(input, threads: max(1, threads))
    let ranked = try rank(table)
    let pairs = sweep(table, rankOf: ranked.rankOf, threads: max(1, threads))
    let count = try write(
      pairs: pairs, table: table, claimOfRank: ranked.claimOfRank, threads: max(1, threads), emit: emit)
    return Summary(claims: table.count, pairs: count)
  }

  /// Convenience for tests and small inputs: the whole TSV output as bytes.
  public static func run(_ input: [UInt8], threads: Int = 2) throws -> (summary: Summary, output: [UInt8]) {
    var out: [UInt8] = []
    let summary = try input.withUnsafeBytes { buf in
      try run(buf, threads: threads) { chunk in out.append(contentsOf: chunk) }
    }
    return (summary, out)
  }

  // MARK: - Parsed table

  /// The claims of the input as parallel arrays (structure of arrays), in input order.
  struct Table {
    var count = 0
    var idStart: [Int] = []
    var idLen: [Int32] = []
    var idArena: [UInt8] = []
    var line: [Int32] = []
    var place: [Int32] = []
    var claimant: [Int32] = []
    var controller: [Int32] = []
    var denies: [UInt8] = []
    var from: [Int32] = []
    var to: [Int32] = []
    var placeCount = 0

    /// Reserves room for `rows` claims in every column (and `arenaBytes` of id bytes).
    mutating func reserve(_ rows: Int, arenaBytes: Int = 0) {
      idStart.reserveCapacity(rows)
      idLen.reserveCapacity(rows)
      line.reserveCapacity(rows)
      place.reserveCapacity(rows)
      claimant.reserveCapacity(rows)
      controller.reserveCapacity(rows)
      denies.reserveCapacity(rows)
      from.reserveCapacity(rows)
      to.reserveCapacity(rows)
      if arenaBytes > 0 { idArena.reserveCapacity(arenaBytes) }
    }
  }

  // MARK: - Parsing

  static func parse(_ input: UnsafeRawBufferPointer, threads: Int) throws -> Table {
    let n = input.count
    guard n > 0, let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return Table() }
    var start = 0
    if n >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { start = 3 }
    // Split at line breaks into roughly equal chunks; small inputs stay in one chunk.
    let chunkCount = n < (1 << 20) ? 1 : min(threads * 4, 64)
    var bounds = [start]
    for k in 1..<chunkCount {
      var p = max(bounds.last!, start + (n - start) * k / chunkCount)
      while p < n && base[p] != 10 { p += 1 }
      if p < n { p += 1 }
      if p > bounds.last! && p < n { bounds.append(p) }
    }
    bounds.append(n)
    let pieces = bounds.count - 1
    let results = UnsafeMutablePointer<ChunkResult?>.allocate(capacity: pieces)
    results.initialize(repeating: nil, count: pieces)
    defer {
      results.deinitialize(count: pieces)
      results.deallocate()
    }
    let work = { (k: Int) in
      var parser = ChunkParser(base: base, start: bounds[k], end: bounds[k + 1])
      results[k] = parser.parseAll()
    }
    if pieces == 1 || threads == 1 {
      for k in 0..<pieces { work(k) }
    } else {
      let sendable = UnsafeSendable(value: work)
      DispatchQueue.concurrentPerform(iterations: pieces) { k in sendable.value(k) }
    }
    // The first failure by line number wins: chunks are in order, so the first failing chunk.
    var lineBase = 0
    for k in 0..<pieces {
      let r = results[k]!
      if var failure = r.failure {
        failure.line += lineBase
        throw failure
      }
      lineBase += r.lines
    }
    // Merge: re-intern each chunk's strings into global tables and concatenate the columns.
    var table = Table()
    var places = InternTable()
    var claimants = InternTable()
    var controllers = InternTable()
    var total = 0
    for k in 0..<pieces { total += results[k]!.rows.count }
    table.count = total
    table.reserve(total)
    lineBase = 0
    for k in 0..<pieces {
      let r = results[k]!
      let pm = places.remap(r.places)
      let cm = claimants.remap(r.claimants)
      let km = controllers.remap(r.controllers)
      let arenaBase = table.idArena.count
      table.idArena.append(contentsOf: r.rows.idArena)
      for i in 0..<r.rows.count {
        table.idStart.append(arenaBase + r.rows.idStart[i])
        table.line.append(Int32(truncatingIfNeeded: lineBase + Int(r.rows.line[i])))
        table.place.append(pm[Int(r.rows.place[i])])
        table.claimant.append(cm[Int(r.rows.claimant[i])])
        table.controller.append(km[Int(r.rows.controller[i])])
      }
      table.idLen.append(contentsOf: r.rows.idLen)
      table.denies.append(contentsOf: r.rows.denies)
      table.from.append(contentsOf: r.rows.from)
      table.to.append(contentsOf: r.rows.to)
      lineBase += r.lines
      results[k] = nil
    }
    table.placeCount = places.count
    return table
  }

  struct ChunkResult {
    /// This chunk's claims; place, claimant and controller codes are local to the chunk's intern tables.
    var rows = Table()
    var lines = 0
    var failure: Failure?
    var places = InternTable()
    var claimants = InternTable()
    var controllers = InternTable()
  }

  /// A field of the contract, as a bit in the per-line "seen" mask.
  enum Field: Int, CaseIterable {
    case id = 0
    case claimant
    case place
    case controller
    case stance
    case from
    case to

    var name: String {
      switch self {
      case .id: return "id"
      case .claimant: return "claimant"
      case .place: return "place"
      case .controller: return "controller"
      case .stance: return "stance"
      case .from: return "from"
      case .to: return "to"
      }
    }

    /// Matches decoded key bytes against the field names.
    static func match(_ p: UnsafePointer<UInt8>, _ len: Int) -> Field? {
      func eq(_ s: StaticString) -> Bool {
        guard s.utf8CodeUnitCount == len else { return false }
        let q = s.utf8Start
        for i in 0..<len where p[i] != q[i] { return false }
        return true
      }
      switch len {
      case 2: return eq("id") ? .id : (eq("to") ? .to : nil)
      case 4: return eq("from") ? .from : nil
      case 5: return eq("place") ? .place : nil
      case 6: return eq("stance") ? .stance : nil
      case 8: return eq("claimant") ? .claimant : nil
      case 10: return eq("controller") ? .controller : nil
      default: return nil
      }
    }
  }

  /// Thrown inside a line; turned into a `Failure` with the line number.
  struct LineError: Error {
    var field: String
    var expected: String
  }

  /// Parses the lines of one chunk `[start, end)`; never reads outside it.
  struct ChunkParser {
    let base: UnsafePointer<UInt8>
    let start: Int
    let end: Int
    var pos = 0
    var lineEnd = 0
    var result = ChunkResult()
    /// Decoded bytes of the last string that had escapes.
    var scratch: [UInt8] = []
    /// The field whose value is being read (for error messages).
    var current = "json"

    init(base: UnsafePointer<UInt8>, start: Int, end: Int) {
      self.base = base
      self.start = start
      self.end = end
      let estimate = max(16, (end - start) / 100)
      result.rows.reserve(estimate, arenaBytes: estimate * 9)
      scratch.reserveCapacity(256)
    }

    mutating func parseAll() -> ChunkResult {
      var p = start
      var lineNo = 0
      while p < end {
        lineNo += 1
        var e = p
        while e < end && base[e] != 10 { e += 1 }
        do {
          try parseLine(p, e, lineNo: lineNo)
        } catch let error as LineError {
          result.failure = Failure(line: lineNo, field: error.field, expected: error.expected)
          result.lines = lineNo
          return result
        } catch {
          result.failure = Failure(line: lineNo, field: "json", expected: "\(error)")
          result.lines = lineNo
          return result
        }
        p = e + 1
      }
      result.lines = lineNo
      return result
    }

    func fail(_ expected: String) -> LineError { LineError(field: current, expected: expected) }

    func describeHere() -> String {
      if pos >= lineEnd { return "the end of the line" }
      let c = base[pos]
      if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
      return "byte 0x" + String(c, radix: 16)
    }

    @inline(__always) mutating func skipSpace() {
      while pos < lineEnd {
        let c = base[pos]
        if c == 32 || c == 9 || c == 13 { pos += 1 } else { break }
      }
    }

    mutating func parseLine(_ s: Int, _ e: Int, lineNo: Int) throws {
      pos = s
      lineEnd = e
      current = "json"
      skipSpace()
      if pos == lineEnd { return }  // blank line
      guard base[pos] == UInt8(ascii: "{") else { throw fail("expected a JSON object '{', found \(describeHere())") }
      pos += 1
      var seen = 0
      var idStart = -1
      var idLen = 0
      var place: Int32 = 0
      var claimant: Int32 = 0
      var controller: Int32 = 0
      var denies: UInt8 = 0
      var from: Int32 = 0
      var to: Int32 = 0
      skipSpace()
      if pos < lineEnd && base[pos] == UInt8(ascii: "}") {
        pos += 1
      } else {
        while true {
          current = "json"
          skipSpace()
          guard pos < lineEnd, base[pos] == UInt8(ascii: "\"") else {
            throw fail("expected a key string, found \(describeHere())")
          }
          let key = try readString()
          let field = Field.match(key.ptr, key.len)
          current = field?.name ?? String(decoding: UnsafeBufferPointer(start: key.ptr, count: key.len), as: UTF8.self)
          skipSpace()
          guard pos < lineEnd, base[pos] == UInt8(ascii: ":") else {
            throw fail("expected ':' after the key, found \(describeHere())")
          }
          pos += 1
          skipSpace()
          if let field {
            if seen & (1 << field.rawValue) != 0 {
              throw fail("expected each key once, found \"\(field.name)\" a second time (duplicate key)")
            }
            guard pos < lineEnd, base[pos] == UInt8(ascii: "\"") else {
              throw fail(
                field == .from || field == .to
                  ? "expected a date string \"YYYY-MM-DD\", found \(describeValue())"
                  : "expected a string, found \(describeValue())")
            }
            let v = try readString()
            switch field {
            case .id:
              if idStart >= 0 { result.rows.idArena.removeLast(result.rows.idArena.count - idStart) }
              guard v.len > 0 else { throw fail("expected a non-empty claim id") }
              for i in 0..<v.len {
                let c = v.ptr[i]
                if c == 9 || c == 10 || c == 13 { throw fail("expected an id without tabs or line breaks") }
              }
              idStart = result.rows.idArena.count
              idLen = v.len
              result.rows.idArena.append(contentsOf: UnsafeBufferPointer(start: v.ptr, count: v.len))
            case .claimant: claimant = result.claimants.intern(v.ptr, v.len)
            case .place: place = result.places.intern(v.ptr, v.len)
            case .controller: controller = result.controllers.intern(v.ptr, v.len)
            case .stance:
              if v.len == 7 && memEqual(v.ptr, "asserts") {
                denies = 0
              } else if v.len == 6 && memEqual(v.ptr, "denies") {
                denies = 1
              } else {
                throw fail("expected \"asserts\" or \"denies\", found \"\(lossy(v))\"")
              }
            case .from, .to:
              guard let d = parseDay(v.ptr, v.len) else {
                throw fail("expected a date \"YYYY-MM-DD\", found \"\(lossy(v))\"")
              }
              if field == .from { from = d } else { to = d }
            }
            seen |= 1 << field.rawValue
          } else {
            try skipValue(depth: 0)
          }
          skipSpace()
          guard pos < lineEnd else { throw fail("expected ',' or '}', found the end of the line") }
          let c = base[pos]
          pos += 1
          if c == UInt8(ascii: "}") { break }
          guard c == UInt8(ascii: ",") else {
            pos -= 1
            throw fail("expected ',' or '}', found \(describeHere())")
          }
        }
      }
      current = "json"
      skipSpace()
      guard pos == lineEnd else { throw fail("expected the end of the line after '}', found \(describeHere())") }
      for f in Field.allCases where seen & (1 << f.rawValue) == 0 {
        current = f.name
        switch f {
        case .from, .to: throw fail("expected a date \"YYYY-MM-DD\", found nothing (field missing)")
        case .stance: throw fail("expected \"asserts\" or \"denies\", found nothing (field missing)")
        default: throw fail("expected a string, found nothing (field missing)")
        }
      }
      if from > to {
        current = "to"
        throw fail("expected a date on or after from (\(formatDay(from))), found \(formatDay(to))")
      }
      result.rows.count += 1
      result.rows.idStart.append(idStart)
      result.rows.idLen.append(Int32(idLen))
      result.rows.line.append(Int32(truncatingIfNeeded: lineNo))
      result.rows.place.append(place)
      result.rows.claimant.append(claimant)
      result.rows.controller.append(controller)
      result.rows.denies.append(denies)
      result.rows.from.append(from)
      result.rows.to.append(to)
    }

    func lossy(_ v: (ptr: UnsafePointer<UInt8>, len: Int)) -> String {
      let s = String(decoding: UnsafeBufferPointer(start: v.ptr, count: min(v.len, 40)), as: UTF8.self)
      return v.len > 40 ? s + "…" : s
    }

    func describeValue() -> String {
      guard pos < lineEnd else { return "the end of the line" }
      switch base[pos] {
      case UInt8(ascii: "{"): return "an object"
      case UInt8(ascii: "["): return "an array"
      case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
      case UInt8(ascii: "n"): return "null"
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
      default: return describeHere()
      }
    }

    /// Reads a JSON string at `pos` (on the opening quote). Returns the decoded bytes: a slice of the
    /// input when there are no escapes, else of `scratch` (valid until the next call).
    mutating func readString() throws -> (ptr: UnsafePointer<UInt8>, len: Int) {
      pos += 1
      let s = pos
      // Fast path: plain ASCII without escapes.
      while pos < lineEnd {
        let c = base[pos]
        if c == UInt8(ascii: "\"") {
          pos += 1
          return (base + s, pos - 1 - s)
        }
        if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
        pos += 1
      }
      var hasEscape = false
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: UnsafeBufferPointer(start: base + s, count: pos - s))
      while true {
        guard pos < lineEnd else { throw fail("expected a closing '\"', found the end of the line") }
        let c = base[pos]
        if c == UInt8(ascii: "\"") {
          pos += 1
          break
        } else if c == UInt8(ascii: "\\") {
          hasEscape = true
          pos += 1
          guard pos < lineEnd else { throw fail("expected an escape after '\\', found the end of the line") }
          let e = base[pos]
          pos += 1
          switch e {
          case UInt8(ascii: "\""): scratch.append(0x22)
          case UInt8(ascii: "\\"): scratch.append(0x5C)
          case UInt8(ascii: "/"): scratch.append(0x2F)
          case UInt8(ascii: "b"): scratch.append(0x08)
          case UInt8(ascii: "f"): scratch.append(0x0C)
          case UInt8(ascii: "n"): scratch.append(0x0A)
          case UInt8(ascii: "r"): scratch.append(0x0D)
          case UInt8(ascii: "t"): scratch.append(0x09)
          case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if scalar >= 0xD800 && scalar < 0xDC00 {
              guard pos + 1 < lineEnd, base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else {
                throw fail("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
              }
              pos += 2
              let low = try readHex4()
              guard low >= 0xDC00 && low < 0xE000 else {
                throw fail("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
              }
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar < 0xE000 {
              throw fail("expected a high surrogate before \\u\(String(scalar, radix: 16, uppercase: true))")
            }
            appendUTF8(scalar)
          default:
            pos -= 1
            throw fail("expected a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \\\(describeHere())")
          }
        } else if c < 0x20 {
          throw fail("expected a control character to be escaped, found byte 0x\(String(c, radix: 16))")
        } else if c >= 0x80 {
          let n = utf8SequenceLength(base + pos, lineEnd - pos)
          guard n > 0 else { throw fail("expected valid UTF-8 text, found byte 0x\(String(c, radix: 16))") }
          scratch.append(contentsOf: UnsafeBufferPointer(start: base + pos, count: n))
          pos += n
        } else {
          scratch.append(c)
          pos += 1
        }
      }
      if !hasEscape {
        // Only non-ASCII UTF-8: the input bytes are the decoded bytes.
        return (base + s, pos - 1 - s)
      }
      return scratch.withUnsafeBufferPointer { (UnsafePointer($0.baseAddress!), $0.count) }
    }

    mutating func readHex4() throws -> UInt32 {
      guard pos + 4 <= lineEnd else { throw fail("expected 4 hex digits after \\u") }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let c = base[pos]
        let d: UInt32
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 55)
        default: throw fail("expected 4 hex digits after \\u, found \(describeHere())")
        }
        v = v << 4 | d
        pos += 1
      }
      return v
    }

    mutating func appendUTF8(_ v: UInt32) {
      if v < 0x80 {
        scratch.append(UInt8(v))
      } else if v < 0x800 {
        scratch.append(UInt8(0xC0 | (v >> 6)))
        scratch.append(UInt8(0x80 | (v & 0x3F)))
      } else if v < 0x10000 {
        scratch.append(UInt8(0xE0 | (v >> 12)))
        scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        scratch.append(UInt8(0x80 | (v & 0x3F)))
      } else {
        scratch.append(UInt8(0xF0 | (v >> 18)))
        scratch.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        scratch.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        scratch.append(UInt8(0x80 | (v & 0x3F)))
      }
    }

    /// Skips any JSON value (for keys the contract does not use), validating it.
    mutating func skipValue(depth: Int) throws {
      guard depth < 256 else { throw fail("expected a value nested less than 256 deep") }
      guard pos < lineEnd else { throw fail("expected a value, found the end of the line") }
      let c = base[pos]
      switch c {
      case UInt8(ascii: "\""):
        _ = try readString()
      case UInt8(ascii: "{"):
        pos += 1
        skipSpace()
        if pos < lineEnd && base[pos] == UInt8(ascii: "}") {
          pos += 1
          return
        }
        while true {
          skipSpace()
          guard pos < lineEnd, base[pos] == UInt8(ascii: "\"") else {
            throw fail("expected a key string, found \(describeHere())")
          }
          _ = try readString()
          skipSpace()
          guard pos < lineEnd, base[pos] == UInt8(ascii: ":") else {
            throw fail("expected ':' after the key, found \(describeHere())")
          }
          pos += 1
          skipSpace()
          try skipValue(depth: depth + 1)
          skipSpace()
          guard pos < lineEnd else { throw fail("expected ',' or '}', found the end of the line") }
          let d = base[pos]
          pos += 1
          if d == UInt8(ascii: "}") { return }
          guard d == UInt8(ascii: ",") else {
            pos -= 1
            throw fail("expected ',' or '}', found \(describeHere())")
          }
        }
      case UInt8(ascii: "["):
        pos += 1
        skipSpace()
        if pos < lineEnd && base[pos] == UInt8(ascii: "]") {
          pos += 1
          return
        }
        while true {
          skipSpace()
          try skipValue(depth: depth + 1)
          skipSpace()
          guard pos < lineEnd else { throw fail("expected ',' or ']', found the end of the line") }
          let d = base[pos]
          pos += 1
          if d == UInt8(ascii: "]") { return }
          guard d == UInt8(ascii: ",") else {
            pos -= 1
            throw fail("expected ',' or ']', found \(describeHere())")
          }
        }
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        try skipNumber()
      default:
        throw fail("expected a JSON value, found \(describeHere())")
      }
    }

    mutating func literal(_ s: StaticString) throws {
      let n = s.utf8CodeUnitCount
      guard pos + n <= lineEnd, memEqual(base + pos, s) else { throw fail("expected \(s), found \(describeHere())") }
      pos += n
    }

    mutating func skipNumber() throws {
      func digit(_ p: Int) -> Bool { p < lineEnd && base[p] >= 48 && base[p] <= 57 }
      if base[pos] == UInt8(ascii: "-") { pos += 1 }
      guard digit(pos) else { throw fail("expected a digit in a number, found \(describeHere())") }
      if base[pos] == UInt8(ascii: "0") {
        pos += 1
      } else {
        while digit(pos) { pos += 1 }
      }
      if pos < lineEnd && base[pos] == UInt8(ascii: ".") {
        pos += 1
        guard digit(pos) else { throw fail("expected a digit after '.', found \(describeHere())") }
        while digit(pos) { pos += 1 }
      }
      if pos < lineEnd && (base[pos] == UInt8(ascii: "e") || base[pos] == UInt8(ascii: "E")) {
        pos += 1
        if pos < lineEnd && (base[pos] == UInt8(ascii: "+") || base[pos] == UInt8(ascii: "-")) { pos += 1 }
        guard digit(pos) else { throw fail("expected a digit in the exponent, found \(describeHere())") }
        while digit(pos) { pos += 1 }
      }
    }
  }

  // MARK: - Ranking ids

  struct Ranked {
    /// rankOf[claim] = position of the claim's id in byte order.
    var rankOf: [Int32]
    /// claimOfRank[rank] = the claim.
    var claimOfRank: [Int32]
  }

  static func rank(_ t: Table) throws -> Ranked {
    let n = t.count
    var claimOfRank = [Int32](repeating: 0, count: n)
    var rankOf = [Int32](repeating: 0, count: n)
    try t.idArena.withUnsafeBufferPointer { arenaBuf in
      let arena = arenaBuf.baseAddress ?? UnsafePointer(bitPattern: 1)!
      @inline(__always) func compare(_ a: Int, _ b: Int) -> Int {
        compareBytes(arena + t.idStart[a], Int(t.idLen[a]), arena + t.idStart[b], Int(t.idLen[b]))
      }
      // Common case: ids already in byte order in the file (check in one pass).
      var sorted = true
      var i = 1
      while i < n {
        if compare(i - 1, i) >= 0 {
          sorted = false
          break
        }
        i += 1
      }
      if sorted {
        for k in 0..<n {
          claimOfRank[k] = Int32(k)
          rankOf[k] = Int32(k)
        }
        return
      }
      struct Key {
        var prefix: UInt64
        var index: Int32
      }
      var keys = [Key]()
      keys.reserveCapacity(n)
      for k in 0..<n {
        keys.append(Key(prefix: bigEndianPrefix(arena + t.idStart[k], Int(t.idLen[k])), index: Int32(k)))
      }
      keys.sort { x, y in
        if x.prefix != y.prefix { return x.prefix < y.prefix }
        return compare(Int(x.index), Int(y.index)) < 0
      }
      for r in 0..<n {
        let c = Int(keys[r].index)
        claimOfRank[r] = Int32(c)
        rankOf[c] = Int32(r)
        if r > 0 && keys[r - 1].prefix == keys[r].prefix && compare(Int(keys[r - 1].index), c) == 0 {
          let other = Int(keys[r - 1].index)
          let (first, second) = t.line[other] < t.line[c] ? (other, c) : (c, other)
          let id = String(
            decoding: UnsafeBufferPointer(start: arena + t.idStart[c], count: Int(t.idLen[c])), as: UTF8.self)
          throw Failure(
            line: Int(t.line[second]), field: "id",
            expected: "expected a unique claim id, found \"\(id)\" again (first on line \(t.line[first]))")
        }
      }
    }
    return Ranked(rankOf: rankOf, claimOfRank: claimOfRank)
  }

  // MARK: - Sweep

  /// One claim as the sweep sees it (16 bytes plus the rank).
  struct Item {
    var from: Int32
    var to: Int32
    var claimant: Int32
    /// controller << 1 | denies.
    var controllerStance: Int32
    var rank: Int32
  }

  static func sweep(_ t: Table, rankOf: [Int32], threads: Int) -> [[UInt64]] {
    let n = t.count
    if n == 0 { return [] }
    // Counting sort by from, then a stable counting sort by place: claims grouped by place, ordered by from.
    var minFrom = Int32.max
    var maxFrom = Int32.min
    for d in t.from {
      minFrom = min(minFrom, d)
      maxFrom = max(maxFrom, d)
    }
    let span = Int(maxFrom - minFrom) + 1
    var byFrom = [Int32](repeating: 0, count: n)
    do {
      var counts = [Int](repeating: 0, count: span + 1)
      for d in t.from { counts[Int(d - minFrom) + 1] += 1 }
      for k in 1...span { counts[k] += counts[k - 1] }
      for i in 0..<n {
        let k = Int(t.from[i] - minFrom)
        byFrom[counts[k]] = Int32(i)
        counts[k] += 1
      }
    }
    let placeCount = t.placeCount
    var groupStart = [Int](repeating: 0, count: placeCount + 1)
    for p in t.place { groupStart[Int(p) + 1] += 1 }
    for k in 0..<placeCount { groupStart[k + 1] += groupStart[k] }
    var items = [Item](repeating: Item(from: 0, to: 0, claimant: 0, controllerStance: 0, rank: 0), count: n)
    do {
      var next = groupStart
      for c in byFrom {
        let i = Int(c)
        let p = Int(t.place[i])
        items[next[p]] = Item(
          from: t.from[i], to: t.to[i], claimant: t.claimant[i],
          controllerStance: t.controller[i] << 1 | Int32(t.denies[i]), rank: rankOf[i])
        next[p] += 1
      }
    }
    byFrom = []
    // Split the places into jobs of roughly equal claim counts; workers take jobs dynamically.
    let jobCount = threads == 1 ? 1 : min(placeCount, threads * 16)
    var jobBounds = [0]
    let target = max(1, n / max(1, jobCount))
    var acc = 0
    for p in 0..<placeCount {
      acc += groupStart[p + 1] - groupStart[p]
      if acc >= target && p + 1 < placeCount {
        jobBounds.append(p + 1)
        acc = 0
      }
    }
    jobBounds.append(placeCount)
    let jobs = jobBounds.count - 1
    let outputs = UnsafeMutablePointer<[UInt64]>.allocate(capacity: jobs)
    outputs.initialize(repeating: [], count: jobs)
    defer {
      outputs.deinitialize(count: jobs)
      outputs.deallocate()
    }
    items.withUnsafeBufferPointer { itemBuf in
      let itemPtr = itemBuf.baseAddress!
      let run = { (job: Int) in
        var pairs: [UInt64] = []
        var active: [Item] = []
        active.reserveCapacity(64)
        for p in jobBounds[job]..<jobBounds[job + 1] {
          let lo = groupStart[p]
          let hi = groupStart[p + 1]
          if hi - lo < 2 { continue }
          active.removeAll(keepingCapacity: true)
          for i in lo..<hi {
            let c = itemPtr[i]
            var kept = 0
            let count = active.count
            active.withUnsafeMutableBufferPointer { act in
              for j in 0..<count {
                let a = act[j]
                if a.to < c.from { continue }
                act[kept] = a
                kept += 1
                if a.claimant == c.claimant { continue }
                let x = a.controllerStance ^ c.controllerStance
                // Both asserts: different controllers (x != 0, stance bits equal and 0).
                // One denies: same controller, stance differs (x == 1).
                let bothAssert = (a.controllerStance | c.controllerStance) & 1 == 0
                if (bothAssert && x != 0) || x == 1 {
                  let (r1, r2) = a.rank < c.rank ? (a.rank, c.rank) : (c.rank, a.rank)
                  pairs.append(UInt64(UInt32(r1)) << 32 | UInt64(UInt32(r2)))
                }
              }
            }
            active.removeLast(count - kept)
            active.append(c)
          }
        }
        outputs[job] = pairs
      }
      if jobs == 1 {
        run(0)
      } else {
        let sendable = UnsafeSendable(value: run)
        DispatchQueue.concurrentPerform(iterations: jobs) { job in sendable.value(job) }
      }
    }
    return Array(UnsafeBufferPointer(start: outputs, count: jobs))
  }

  // MARK: - Writing

  static func write(
    pairs: [[UInt64]], table t: Table, claimOfRank: [Int32], threads: Int, emit: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Int {
    let n = t.count
    var total = 0
    for p in pairs { total += p.count }
    if total == 0 { return 0 }
    // Counting sort by the first rank; each bucket holds the second ranks.
    var start = [Int32](repeating: 0, count: n + 1)
    for list in pairs { for v in list { start[Int(v >> 32) + 1] += 1 } }
    for k in 0..<n { start[k + 1] += start[k] }
    var seconds = [Int32](repeating: 0, count: total)
    do {
      var next = start
      for list in pairs {
        for v in list {
          let a = Int(v >> 32)
          seconds[Int(next[a])] = Int32(truncatingIfNeeded: v)
          next[a] += 1
        }
      }
    }
    // Id bytes in rank order, padded so that short ids can be copied a word at a time.
    var offsets = [Int](repeating: 0, count: n + 1)
    var ordered = [UInt8]()
    ordered.reserveCapacity(t.idArena.count + 16)
    t.idArena.withUnsafeBufferPointer { arena in
      for r in 0..<n {
        let c = Int(claimOfRank[r])
        offsets[r] = ordered.count
        let bytes = UnsafeBufferPointer(start: arena.baseAddress! + t.idStart[c], count: Int(t.idLen[c]))
        ordered.append(contentsOf: bytes)
      }
    }
    offsets[n] = ordered.count
    var equalLengths = n > 0 ? offsets[1] - offsets[0] : 0
    for r in 0..<n where offsets[r + 1] - offsets[r] != equalLengths {
      equalLengths = 0
      break
    }
    let fixedLength = equalLengths
    ordered.append(contentsOf: repeatElement(0, count: 16))
    // Render rank ranges of about `partPairs` pairs each; `threads` parts at a time render in parallel into
    // reused buffers, which are then emitted in order (bounded memory, no fresh pages per part).
    let partPairs = 1 << 17
    var cuts = [0]
    var nextGoal = partPairs
    for a in 0..<n where Int(start[a + 1]) >= nextGoal {
      cuts.append(a + 1)
      nextGoal = Int(start[a + 1]) + partPairs
    }
    if cuts.last! != n { cuts.append(n) }
    let parts = cuts.count - 1
    let width = max(1, threads)
    // One reusable raw buffer per slot: pointer, capacity and filled length.
    let slots = UnsafeMutablePointer<(buffer: UnsafeMutableRawPointer?, capacity: Int, used: Int)>.allocate(
      capacity: width)
    slots.initialize(repeating: (nil, 0, 0), count: width)
    defer {
      for k in 0..<width { slots[k].buffer?.deallocate() }
      slots.deinitialize(count: width)
      slots.deallocate()
    }
    try ordered.withUnsafeBufferPointer { orderedBuf in
      let ids = UnsafeRawPointer(orderedBuf.baseAddress!)
      try seconds.withUnsafeMutableBufferPointer { secBuf in
        let sec = secBuf.baseAddress!
        let render = { (slot: Int, part: Int) in
          let first = cuts[part]
          let last = cuts[part + 1]
          var o = slots[slot].buffer
          var capacity = slots[slot].capacity
          var used = 0
          for a in first..<last {
            let lo = Int(start[a])
            let hi = Int(start[a + 1])
            if lo == hi { continue }
            if hi - lo > 1 { sortSmall(sec + lo, hi - lo) }
            let aOff = offsets[a]
            let aLen = offsets[a + 1] - aOff
            for k in lo..<hi {
              let b = Int(sec[k])
              // Equal-length ids (the common case) need no offset lookup: one cache miss fewer per pair.
              let bOff = fixedLength > 0 ? b &* fixedLength : offsets[b]
              let bLen = fixedLength > 0 ? fixedLength : offsets[b + 1] - bOff
              let need = aLen + bLen + 2 + 16
              if used + need > capacity {
                // Grow (rarely: the buffer is reused across parts).
                let grown = max(capacity * 2, used + need, 4 << 20)
                let fresh = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
                if let old = o {
                  fresh.copyMemory(from: old, byteCount: used)
                  old.deallocate()
                }
                o = fresh
                capacity = grown
                slots[slot].buffer = fresh
                slots[slot].capacity = grown
              }
              let out = o.unsafelyUnwrapped + used
              copyWords(out, ids + aOff, aLen)
              out.storeBytes(of: 9, toByteOffset: aLen, as: UInt8.self)
              copyWords(out + aLen + 1, ids + bOff, bLen)
              out.storeBytes(of: 10, toByteOffset: aLen + bLen + 1, as: UInt8.self)
              used += aLen + bLen + 2
            }
          }
          slots[slot].used = used
        }
        var part = 0
        while part < parts {
          let batch = min(width, parts - part)
          if batch == 1 {
            render(0, part)
          } else {
            let sendable = UnsafeSendable(value: render)
            let base = part
            DispatchQueue.concurrentPerform(iterations: batch) { k in sendable.value(k, base + k) }
          }
          for k in 0..<batch { try emit(UnsafeRawBufferPointer(start: slots[k].buffer, count: slots[k].used)) }
          part += batch
        }
      }
    }
    return total
  }

  /// Copies `len` bytes a word at a time; may write up to 7 bytes past `dst + len` and read past `src + len`
  /// (callers leave 16 bytes of slack on both sides).
  @inline(__always) static func copyWords(_ dst: UnsafeMutableRawPointer, _ src: UnsafeRawPointer, _ len: Int) {
    var i = 0
    while i < len {
      dst.storeBytes(of: src.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
      i += 8
    }
  }

  /// Sorts a bucket of second ranks (usually a handful) in place.
  static func sortSmall(_ p: UnsafeMutablePointer<Int32>, _ n: Int) {
    if n <= 24 {
      for i in 1..<n {
        let v = p[i]
        var j = i - 1
        while j >= 0 && p[j] > v {
          p[j + 1] = p[j]
          j -= 1
        }
        p[j + 1] = v
      }
    } else {
      var buffer = UnsafeMutableBufferPointer(start: p, count: n)
      buffer.sort()
    }
  }
}

// MARK: - Byte helpers

/// Wraps a non-Sendable closure for `concurrentPerform`; the callers partition the memory each job writes.
struct UnsafeSendable<T>: @unchecked Sendable {
  let value: T
}

@inline(__always) func memEqual(_ p: UnsafePointer<UInt8>, _ s: StaticString) -> Bool {
  let q = s.utf8Start
  for i in 0..<s.utf8CodeUnitCount where p[i] != q[i] { return false }
  return true
}

/// Three-way byte comparison (like memcmp, then length).
@inline(__always) func compareBytes(_ a: UnsafePointer<UInt8>, _ al: Int, _ b: UnsafePointer<UInt8>, _ bl: Int) -> Int {
  let m = min(al, bl)
  var i = 0
  while i < m {
    let x = a[i]
    let y = b[i]
    if x != y { return x < y ? -1 : 1 }
    i += 1
  }
  return al < bl ? -1 : (al > bl ? 1 : 0)
}

/// The first 8 bytes as a big-endian integer, zero-padded: orders like the bytes (ties need a full compare).
@inline(__always) func bigEndianPrefix(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt64 {
  var v: UInt64 = 0
  for i in 0..<8 { v = v << 8 | (i < len ? UInt64(p[i]) : 0) }
  return v
}

/// The length of the valid UTF-8 sequence at `p`, or 0 when it is not valid (overlong, surrogate, > U+10FFFF).
func utf8SequenceLength(_ p: UnsafePointer<UInt8>, _ available: Int) -> Int {
  let c = p[0]
  func cont(_ i: Int) -> Bool { i < available && p[i] & 0xC0 == 0x80 }
  switch c {
  case 0xC2...0xDF: return cont(1) ? 2 : 0
  case 0xE0: return cont(1) && p[1] >= 0xA0 && cont(2) ? 3 : 0
  case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
  case 0xED: return cont(1) && p[1] < 0xA0 && cont(2) ? 3 : 0
  case 0xF0: return cont(1) && p[1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
  case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
  case 0xF4: return cont(1) && p[1] < 0x90 && cont(2) && cont(3) ? 4 : 0
  default: return 0
  }
}

/// Parses exactly `YYYY-MM-DD` (a real calendar day) to days since 1970-01-01.
func parseDay(_ p: UnsafePointer<UInt8>, _ len: Int) -> Int32? {
  guard len == 10, p[4] == UInt8(ascii: "-"), p[7] == UInt8(ascii: "-") else { return nil }
  @inline(__always) func digits(_ s: Int, _ w: Int) -> Int? {
    var x = 0
    for i in s..<(s + w) {
      let c = p[i]
      guard c >= 48 && c <= 57 else { return nil }
      x = x * 10 + Int(c - 48)
    }
    return x
  }
  guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else { return nil }
  return Day(year: y, month: m, day: d)?.ordinal
}

func formatDay(_ ordinal: Int32) -> String { Day(ordinal: ordinal).iso }

/// An open-addressing table from byte strings to dense integers (0, 1, 2 … in first-seen order).
struct InternTable {
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lens: [Int32] = []
  private(set) var arena: [UInt8] = []

  /// How many distinct strings are interned.
  var count: Int { starts.count }

  /// The bytes of entry `k`.
  func bytes(_ k: Int) -> ArraySlice<UInt8> { arena[starts[k]..<(starts[k] + Int(lens[k]))] }

  mutating func intern(_ p: UnsafePointer<UInt8>, _ len: Int) -> Int32 {
    let h = hashBytes(p, len)
    var mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[i]
      if s < 0 { break }
      let k = Int(s)
      if hashes[k] == h && Int(lens[k]) == len {
        let equal = arena.withUnsafeBufferPointer { a in compareBytes(a.baseAddress! + starts[k], len, p, len) == 0 }
        if equal { return s }
      }
      i = (i + 1) & mask
    }
    let id = Int32(starts.count)
    hashes.append(h)
    starts.append(arena.count)
    lens.append(Int32(len))
    arena.append(contentsOf: UnsafeBufferPointer(start: p, count: len))
    if starts.count * 2 > slots.count {
      slots = Array(repeating: -1, count: slots.count * 2)
      mask = slots.count - 1
      for k in 0..<starts.count {
        var j = Int(truncatingIfNeeded: hashes[k]) & mask
        while slots[j] >= 0 { j = (j + 1) & mask }
        slots[j] = Int32(k)
      }
    } else {
      slots[i] = id
    }
    return id
  }

  /// Interns every entry of `other`; returns the map from its numbers to ours.
  mutating func remap(_ other: InternTable) -> [Int32] {
    var map = [Int32](repeating: 0, count: other.count)
    other.arena.withUnsafeBufferPointer { a in
      for k in 0..<other.count {
        map[k] = intern(a.baseAddress! + other.starts[k], Int(other.lens[k]))
      }
    }
    return map
  }
}

/// A fast 64-bit hash of a short byte string (8 bytes at a time, multiply-xorshift mixing).
@inline(__always) func hashBytes(_ p: UnsafePointer<UInt8>, _ len: Int) -> UInt64 {
  var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(len)
  var i = 0
  let raw = UnsafeRawPointer(p)
  while i + 8 <= len {
    let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
    h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 29
    i += 8
  }
  var tail: UInt64 = 0
  var shift: UInt64 = 0
  while i < len {
    tail |= UInt64(p[i]) << shift
    shift += 8
    i += 1
  }
  h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
  h ^= h >> 32
  return h
}
