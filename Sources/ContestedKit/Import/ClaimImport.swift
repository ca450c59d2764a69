import Dispatch
import Foundation  // trimmingCharacters in CSV headers

/// An import problem at a place in a file: `file:line: field: what was expected`.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible, ClassifiedError {
  /// The file as the user named it.
  public var file: String
  /// 1-based line, or nil for the file as a whole.
  public var line: Int?
  /// The field at fault (`stance`, `when.from`, `header`), or nil.
  public var field: String?
  /// What was expected and found.
  public var message: String

  /// An error.
  public init(file: String, line: Int?, field: String?, _ message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  /// `file:line: field: message`.
  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    s += ": "
    if let field { s += "\(field): " }
    s += message
    if !s.hasSuffix(".") && !s.hasSuffix("?") { s += "." }
    return s
  }

  public var failureClass: FailureClass { .data }
}

/// The formats `contested import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
  /// One JSON object per line: the claim JSON form or the flat benchmark form.
  case jsonl
  /// CSV with a header row (docs/formats.md lists the columns).
  case csv

  /// Chooses by file extension, else by the first non-blank byte (`{` means JSON lines).
  public static func detect(fileName: String, bytes: [UInt8]) -> ImportFormat {
    let lower = fileName.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .jsonl }
    if lower.hasSuffix(".csv") { return .csv }
    for b in bytes where b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0xEF && b != 0xBB && b != 0xBF {
      return b == UInt8(ascii: "{") ? .jsonl : .csv
    }
    return .jsonl
  }
}

/// Parses whole import files into claims, all or nothing.
public enum ClaimImport {
  /// Parses a file. The first problem stops the parse with its line and field; nothing is partially returned.
  public static func parse(
    _ bytes: [UInt8], fileName: String, format: ImportFormat? = nil, defaults: ClaimDefaults = .init()
  )
    throws(ImportError) -> [Claim]
  {
    let chunks = try parseChunks(bytes, fileName: fileName, format: format, defaults: defaults)
    return chunks.count == 1 ? chunks[0] : Array(chunks.joined())
  }

  /// ``parse(_:fileName:format:defaults:)`` in file order, in the arrays the parser built (large JSON-lines files
  /// are parsed in parallel; joining them would copy every claim).
  public static func parseChunks(
    _ bytes: [UInt8], fileName: String, format: ImportFormat? = nil, defaults: ClaimDefaults = .init()
  ) throws(ImportError) -> [[Claim]] {
    let nonBlank = bytes.contains { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    guard nonBlank else {
      throw ImportError(
        file: fileName, line: nil, field: nil, "the file is empty; expected JSON lines or CSV with a header row")
    }
    switch format ?? ImportFormat.detect(fileName: fileName, bytes: bytes) {
    case .jsonl: return try parseJSONLineChunks(bytes, fileName: fileName, defaults: defaults)
    case .csv: return [try parseCSV(bytes, fileName: fileName, defaults: defaults)]
    }
  }

  /// JSON lines: one claim per non-blank line. Large files are parsed on all cores in line-aligned chunks; the
  /// error reported is always the one on the earliest line.
  public static func parseJSONLines(_ bytes: [UInt8], fileName: String, defaults: ClaimDefaults = .init())
    throws(ImportError) -> [Claim]
  {
    let chunks = try parseJSONLineChunks(bytes, fileName: fileName, defaults: defaults)
    return chunks.count == 1 ? chunks[0] : Array(chunks.joined())
  }

  /// ``parseJSONLines(_:fileName:defaults:)`` in file order, as the arrays the workers built (no copy).
  public static func parseJSONLineChunks(_ bytes: [UInt8], fileName: String, defaults: ClaimDefaults = .init())
    throws(ImportError) -> [[Claim]]
  {
    let workers = bytes.count >= 1 << 20 ? 2 : 1
    var bounds: [Int] = [0]
    bytes.withUnsafeBytes { buf in
      for w in 1..<workers {
        var cut = buf.count * w / workers
        while cut < buf.count, buf[cut - 1] != 0x0A { cut += 1 }
        bounds.append(cut)
      }
    }
    bounds.append(bytes.count)
    // Line number of each chunk's first line.
    var firstLines = [1]
    bytes.withUnsafeBytes { buf in
      for w in 1..<workers {
        var newlines = 0
        for i in bounds[w - 1]..<bounds[w] where buf[i] == 0x0A { newlines += 1 }
        firstLines.append(firstLines[w - 1] + newlines)
      }
    }
    let parts = UnsafeMutableBufferPointer<(claims: [Claim], lines: [Int], hashes: [UInt64], error: ImportError?)>
      .allocate(capacity: workers)
    parts.initialize(repeating: ([], [], [], nil))
    defer {
      parts.deinitialize()
      parts.deallocate()
    }
    bytes.withUnsafeBytes { raw in
      // Each worker writes only its own slot; the buffers outlive the concurrentPerform.
      nonisolated(unsafe) let buf = raw
      nonisolated(unsafe) let parts = parts
      let (bounds, firstLines) = (bounds, firstLines)
      let work: @Sendable (Int) -> Void = { w in
        let (claims, lines, error) = parseLines(
          UnsafeRawBufferPointer(rebasing: buf[bounds[w]..<bounds[w + 1]]), firstLine: firstLines[w],
          skipBOM: w == 0, fileName: fileName, defaults: defaults)
        parts[w] = (claims, lines, error == nil ? claims.map { idHash($0.id) } : [], error)
      }
      if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
    }
    for w in 0..<workers { if let e = parts[w].error { throw e } }
    // Duplicate ids, through a table of id hashes computed by the workers (no String hashing here). Each worker's
    // claims stay in the array it built (no copy of a million claims into one array).
    let total = (0..<workers).reduce(0) { $0 + parts[$1].claims.count }
    var seen = IDHashTable(capacity: total)
    var chunks: [[Claim]] = []
    var chunkLines: [[Int]] = []
    var base = 0
    func locate(_ j: Int, current: [Claim], currentLines: [Int]) -> (id: ClaimID, line: Int) {
      if j >= base { return (current[j - base].id, currentLines[j - base]) }
      var start = 0
      for (c, chunk) in chunks.enumerated() {
        if j < start + chunk.count { return (chunk[j - start].id, chunkLines[c][j - start]) }
        start += chunk.count
      }
      preconditionFailure("index \(j) is outside every chunk")
    }
    for w in 0..<workers {
      let (claims, lines, hashes, _) = parts[w]
      parts[w] = ([], [], [], nil)
      for k in claims.indices {
        let id = claims[k].id
        if let first = seen.insert(
          hashes[k], index: base + k, isSame: { locate($0, current: claims, currentLines: lines).id == id })
        {
          let firstLine = locate(first, current: claims, currentLines: lines).line
          throw ImportError(
            file: fileName, line: lines[k], field: "id", "duplicate id \(id) (first on line \(firstLine))")
        }
      }
      chunks.append(claims)
      chunkLines.append(lines)
      base += claims.count
    }
    return chunks
  }

  /// A 64-bit hash of an id's bytes (FNV-1a with a final mix), for ``IDHashTable``.
  static func idHash(_ id: ClaimID) -> UInt64 {
    var text = id.rawValue
    return text.withUTF8 { bytes in
      var h: UInt64 = 0xCBF2_9CE4_8422_2325
      for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
      h ^= h >> 33
      h &*= 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 33
      return h
    }
  }

  /// Open addressing over precomputed hashes: finds an earlier record with the same id.
  struct IDHashTable {
    private var hashes: [UInt64]
    private var indices: [Int]
    private let mask: Int

    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size <<= 1 }
      hashes = [UInt64](repeating: 0, count: size)
      indices = [Int](repeating: 0, count: size)
      mask = size - 1
    }

    /// Records `index` under `hash`, or returns the index of an earlier record for which `isSame` holds.
    mutating func insert(_ hash: UInt64, index: Int, isSame: (Int) -> Bool) -> Int? {
      let h = hash | 1  // 0 marks an empty slot
      var slot = Int(truncatingIfNeeded: h) & mask
      while hashes[slot] != 0 {
        if hashes[slot] == h && isSame(indices[slot]) { return indices[slot] }
        slot = (slot + 1) & mask
      }
      hashes[slot] = h
      indices[slot] = index
      return nil
    }
  }

  static func parseLines(
    _ buf: UnsafeRawBufferPointer, firstLine: Int, skipBOM: Bool, fileName: String, defaults: ClaimDefaults
  ) -> (claims: [Claim], lines: [Int], error: ImportError?) {
    var claims: [Claim] = []
    var lines: [Int] = []
    // Room for a claim per ~100 bytes (the shortest real lines): reserved address space is not touched memory.
    claims.reserveCapacity(buf.count / 100 + 16)
    lines.reserveCapacity(buf.count / 100 + 16)
    var lineNo = firstLine - 1
    var start = 0
    let n = buf.count
    if skipBOM, n >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { start = 3 }
    while start < n {
      lineNo += 1
      var end = start
      if let base = buf.baseAddress, let nl = memchr(base + start, 0x0A, n - start) {
        end = UnsafeRawPointer(nl) - base
      } else {
        end = n
      }
      var lineEnd = end
      if lineEnd > start, buf[lineEnd - 1] == 0x0D { lineEnd -= 1 }
      let line = UnsafeRawBufferPointer(rebasing: buf[start..<lineEnd])
      start = end + 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      if let bad = UTF8Validation.firstInvalidOffset(line) {
        return (
          claims, lines,
          ImportError(
            file: fileName, line: lineNo, field: nil,
            "invalid UTF-8 at byte \(bad + 1) of the line; save the file as UTF-8")
        )
      }
      do throws(FieldError) {
        claims.append(try Claim.readJSON(line, range: 0..<line.count, defaults: defaults))
        lines.append(lineNo)
      } catch {
        return (
          claims, lines,
          ImportError(file: fileName, line: lineNo, field: error.field == "(line)" ? nil : error.field, error.message)
        )
      }
    }
    return (claims, lines, nil)
  }

  /// The CSV columns `contested import` understands (docs/formats.md).
  public static let csvColumns = [
    "id", "claimant", "claimant_side", "claimant_group", "place", "place_id", "place_id_source", "region",
    "controller",
    "controller_name", "stance", "event", "from", "to", "when", "precision", "part_of_day", "quantity", "all",
    "unit", "quote", "article", "outlet", "url", "published", "origin", "status", "note",
  ]

  /// CSV with a header row; each record becomes one claim.
  public static func parseCSV(_ bytes: [UInt8], fileName: String, defaults: ClaimDefaults = .init())
    throws(ImportError) -> [Claim]
  {
    let records: [CSVRecord]
    do {
      records = try CSV.parse(bytes)
    } catch {
      var reason = error.errorDescription ?? "\(error)"
      if let colon = reason.range(of: ": "), reason.hasPrefix("line ") { reason = String(reason[colon.upperBound...]) }
      throw ImportError(file: fileName, line: error.line, field: nil, reason)
    }
    guard let header = records.first else {
      throw ImportError(file: fileName, line: nil, field: nil, "the file is empty; expected a header row")
    }
    var columns: [String] = []
    for raw in header.fields {
      let name = raw.trimmingCharacters(in: CharacterSet.whitespaces).lowercased()
      guard csvColumns.contains(name) else {
        var m = "unknown column '\(raw)'"
        if let s = EditDistance.suggestion(for: name, among: csvColumns) {
          m += "; did you mean '\(s)'?"
        } else {
          m += "; expected some of \(csvColumns.joined(separator: ", "))"
        }
        throw ImportError(file: fileName, line: header.line, field: "header", m)
      }
      if columns.contains(name) {
        throw ImportError(file: fileName, line: header.line, field: "header", "column '\(name)' appears twice")
      }
      columns.append(name)
    }
    for required in ["claimant", "controller"] where !columns.contains(required) {
      throw ImportError(file: fileName, line: header.line, field: "header", "missing the required column '\(required)'")
    }
    if !columns.contains("place") && !columns.contains("place_id") {
      throw ImportError(file: fileName, line: header.line, field: "header", "missing the required column 'place'")
    }
    var claims: [Claim] = []
    var firstLineOfID: [ClaimID: Int] = [:]
    for record in records.dropFirst() {
      guard record.fields.count == columns.count else {
        throw ImportError(
          file: fileName, line: record.line, field: nil,
          "expected \(columns.count) fields as in the header, found \(record.fields.count)")
      }
      var w = JSONWriter()
      w.beginObject()
      var placeText: String?
      var placeID: String?
      var region: String?
      var quantity: String?
      var placeIDSource: String?
      var all: String?
      var unit: String?
      for (name, value) in zip(columns, record.fields) where !value.isEmpty {
        switch name {
        case "place": placeText = value
        case "place_id": placeID = value
        case "place_id_source": placeIDSource = value
        case "region": region = value
        case "quantity": quantity = value
        case "all": all = value
        case "unit": unit = value
        case "claimant", "claimant_side", "claimant_group", "controller", "controller_name":
          w.key(dynamic: name)
          w.string(value)
        default:
          w.key(dynamic: name)
          w.string(value)
        }
      }
      if placeText != nil || placeID != nil || region != nil {
        w.key("place")
        w.beginObject()
        if let i = placeID ?? (placeText == nil ? nil : nil) {
          w.key("id")
          w.string(i)
          if let s = placeIDSource {
            w.key("id_source")
            w.string(s)
          }
        }
        w.key("text")
        w.string(placeText ?? placeID ?? "")
        if let r = region {
          w.key("region")
          w.string(r)
        }
        w.endObject()
      }
      var count: Int?
      if let q = quantity {
        guard let v = Int(q.trimmingCharacters(in: .whitespaces)), v >= 0 else {
          throw ImportError(
            file: fileName, line: record.line, field: "quantity", "expected a whole number >= 0, found \"\(q)\"")
        }
        count = v
      }
      var isAll = false
      if let a = all {
        switch a.lowercased() {
        case "true", "yes", "1": isAll = true
        case "false", "no", "0": isAll = false
        default:
          throw ImportError(file: fileName, line: record.line, field: "all", "expected true or false, found \"\(a)\"")
        }
      }
      if count != nil || isAll || unit != nil {
        w.key("quantity")
        w.beginObject()
        if let count {
          w.key("count")
          w.int(count)
        }
        if isAll {
          w.key("all")
          w.bool(true)
        }
        if let unit {
          w.key("unit")
          w.string(unit)
        }
        w.endObject()
      }
      w.endObject()
      let claim: Claim
      do {
        claim = try w.bytes.withUnsafeBytes { buf throws(FieldError) in
          var c = JSONCursor(buf)
          var claim = try Claim.readJSON(&c, defaults: defaults)
          if let text = placeText, placeID == nil {
            claim.place = PlaceRef(id: nil, text: text, region: claim.place.region)
          }
          try defaults.vetSides(claim)
          return claim
        }
      } catch let e as FieldError {
        let field = csvField(for: e.field)
        throw ImportError(file: fileName, line: record.line, field: field, e.message)
      } catch {
        throw ImportError(file: fileName, line: record.line, field: nil, "\(error)")
      }
      var final = claim
      if columns.contains("id") == false || final.id.rawValue.isEmpty { final.id = final.contentID }
      if let first = firstLineOfID[final.id] {
        throw ImportError(
          file: fileName, line: record.line, field: "id", "duplicate id \(final.id) (first on line \(first))")
      }
      firstLineOfID[final.id] = record.line
      claims.append(final)
    }
    return claims
  }

  static func csvField(for jsonField: String) -> String {
    switch jsonField {
    case "when.from": "from"
    case "when.to": "to"
    case "when.precision": "precision"
    case "quantity.count": "quantity"
    case "reported_by.published": "published"
    case "evidence.quote": "quote"
    case "controller.side": "controller"
    case "claimant.side": "claimant_side"
    case "place.id_source": "place_id_source"
    default: jsonField
    }
  }
}

#if canImport(Glibc)
  import Glibc
#endif
