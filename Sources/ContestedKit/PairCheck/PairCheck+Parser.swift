import Dispatch

// PairCheck, step 1: the parallel, validating reader of the claims JSONL (SPEC.md), interning strings.

extension PairCheck {
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
              guard let d = Day.parse(v.ptr, v.len)?.ordinal else {
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
          let n = UTF8Validation.sequenceLength(base + pos, lineEnd - pos)
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
}
