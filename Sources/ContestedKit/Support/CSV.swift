// RFC 4180 CSV: a hand-written byte loop for reading, and quoting rules for writing that round-trip.
import Foundation

/// One CSV record: its fields and the 1-based line on which it starts.
public struct CSVRecord: Sendable, Equatable {
  /// The fields, unquoted, in order.
  public var fields: [String]
  /// The 1-based line where the record starts (a record with quoted newlines spans several lines).
  public var line: Int

  /// Creates a record from fields and its starting line.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}

/// Why a CSV text could not be read; every case names the 1-based line (and column, counted in characters).
public enum CSVError: Error, Equatable, Sendable, LocalizedError {
  /// A quoted field is still open at the end of the input; `line` is where the field started.
  case unterminatedQuote(line: Int)
  /// A closing quote is followed by something other than a comma or a line end.
  case unexpectedCharacterAfterQuote(line: Int, column: Int)
  /// The bytes on this line are not valid UTF-8.
  case invalidUTF8(line: Int)
  /// A raw NUL byte (no text has one; a sign of a binary or corrupted file).
  case nul(line: Int, column: Int)

  /// The 1-based line the error refers to.
  public var line: Int {
    switch self {
    case .unterminatedQuote(let line), .unexpectedCharacterAfterQuote(let line, _), .invalidUTF8(let line),
      .nul(let line, _):
      line
    }
  }

  /// A one-line message starting with `line N:`.
  public var errorDescription: String? {
    switch self {
    case .unterminatedQuote(let line):
      "line \(line): quoted field is never closed (missing closing \")"
    case .unexpectedCharacterAfterQuote(let line, let column):
      "line \(line): unexpected character after closing quote at column \(column) (expected , or end of line)"
    case .invalidUTF8(let line):
      "line \(line): invalid UTF-8"
    case .nul(let line, let column):
      "line \(line): a NUL character (byte 0) at column \(column); text fields cannot hold one (is this a binary file?)"
    }
  }
}

/// RFC 4180 CSV reading and writing.
///
/// Reading: comma separator; fields may be quoted with `"`, and `""` inside quotes is one quote; quoted fields may
/// hold commas, CR and LF; records end at LF or CRLF outside quotes; a UTF-8 byte order mark at the start is
/// skipped; a last record without a line end is accepted; completely empty lines are skipped (but counted for line
/// numbers). Lenient where RFC 4180 is silent or strict: a `"` inside an unquoted field and a lone CR are kept as
/// data, and records may have different numbers of fields (checking that is the caller's job).
///
/// Writing: `row` ends every record with a single LF (`"\n"`), not CRLF: the files are meant for diffs and Unix
/// tools, and the reader accepts both.
///
/// Spreadsheet safety (docs/formats.md, "CSV"): a field that a spreadsheet would run as a formula — one starting
/// with `=`, `+`, `-`, `@`, a tab or a CR — is written with a leading `'`, which spreadsheets show as text. So that
/// every field reads back unchanged, a field that starts with `'` followed by one of those characters or another
/// `'` gets one more `'`, and the reader removes one `'` from every field that starts with `'` followed by one of
/// them (or `'`). A raw NUL byte is refused.
public enum CSV {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")

  /// Parses CSV bytes into records, or throws the first error with its line.
  public static func parse(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
    try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) -> [CSVRecord] in try parse(buffer) }
  }

  /// Parses CSV text into records, or throws the first error with its line.
  public static func parse(_ text: String) throws(CSVError) -> [CSVRecord] {
    var text = text
    let result = text.withUTF8 { buffer in Result { () throws(CSVError) -> [CSVRecord] in try parse(buffer) } }
    return try result.get()
  }

  /// Parses CSV bytes from a buffer into records, or throws the first error with its line.
  public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(CSVError) -> [CSVRecord] {
    let n = buffer.count
    guard n > 0, let p = buffer.baseAddress else { return [] }
    var i = 0
    if n >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
    var line = 1
    var lineStart = i
    var records: [CSVRecord] = []
    var fields: [String] = []
    var recordLine = 1
    var atRecordStart = true
    var scratch: [UInt8] = []

    /// The 1-based character column of byte `index` on the current line.
    func column(_ index: Int) -> Int {
      var count = 1
      var j = lineStart
      while j < index {
        if p[j] & 0xC0 != 0x80 { count += 1 }
        j += 1
      }
      return count
    }

    /// Appends the finished record; the next one reserves as many fields as this one had.
    func emit() {
      let width = fields.count
      records.append(CSVRecord(fields: fields, line: recordLine))
      fields = []
      fields.reserveCapacity(width)
    }

    /// The (already validated) UTF-8 bytes start..<end as a string.
    func string(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(start: p + start, count: end - start), as: UTF8.self)
    }

    while i < n {
      if atRecordStart {
        // Completely empty lines are skipped.
        if p[i] == lf {
          i += 1
          line += 1
          lineStart = i
          continue
        }
        if p[i] == cr, i + 1 < n, p[i + 1] == lf {
          i += 2
          line += 1
          lineStart = i
          continue
        }
        recordLine = line
        atRecordStart = false
      }
      // Here `i` is at the start of a field.
      if p[i] == quote {
        let fieldLine = line
        i += 1
        var segmentStart = i
        var usedScratch = false
        var closed = false
        while i < n {
          let b = p[i]
          if b == quote {
            if i + 1 < n, p[i + 1] == quote {
              if !usedScratch {
                scratch.removeAll(keepingCapacity: true)
                usedScratch = true
              }
              scratch.append(contentsOf: UnsafeBufferPointer(start: p + segmentStart, count: i + 1 - segmentStart))
              i += 2
              segmentStart = i
              continue
            }
            closed = true
            break
          } else if b == lf {
            i += 1
            line += 1
            lineStart = i
          } else if b < 0x80 {
            if b == 0 { throw .nul(line: line, column: column(i)) }
            i += 1
          } else {
            let length = UTF8Validation.sequenceLength(p + i, n - i)
            if length == 0 { throw .invalidUTF8(line: line) }
            i += length
          }
        }
        if !closed { throw .unterminatedQuote(line: fieldLine) }
        if usedScratch {
          scratch.append(contentsOf: UnsafeBufferPointer(start: p + segmentStart, count: i - segmentStart))
          fields.append(unguarded(String(decoding: scratch, as: UTF8.self)))
        } else {
          fields.append(unguarded(string(segmentStart, i)))
        }
        i += 1  // past the closing quote
        if i >= n { break }
        let b = p[i]
        if b == comma {
          i += 1
          if i >= n { fields.append("") }
          continue
        }
        let crlf = b == cr && i + 1 < n && p[i + 1] == lf
        guard b == lf || crlf else {
          throw .unexpectedCharacterAfterQuote(line: line, column: column(i))
        }
        emit()
        i += crlf ? 2 : 1
        line += 1
        lineStart = i
        atRecordStart = true
      } else {
        let start = i
        var crlf = false
        while i < n {
          let b = p[i]
          if b == comma || b == lf { break }
          if b < 0x80 {
            if b == cr, i + 1 < n, p[i + 1] == lf {
              crlf = true
              break
            }
            if b == 0 { throw .nul(line: line, column: column(i)) }
            i += 1
          } else {
            let length = UTF8Validation.sequenceLength(p + i, n - i)
            if length == 0 { throw .invalidUTF8(line: line) }
            i += length
          }
        }
        fields.append(unguarded(string(start, i)))
        if i >= n { break }
        if p[i] == comma {
          i += 1
          if i >= n { fields.append("") }
          continue
        }
        emit()
        i += crlf ? 2 : 1
        line += 1
        lineStart = i
        atRecordStart = true
      }
    }
    if !atRecordStart { records.append(CSVRecord(fields: fields, line: recordLine)) }
    return records
  }

  /// Whether a field starting with `b` would be run as a formula by a spreadsheet.
  @inline(__always) static func isFormulaStart(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "=") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
      || b == UInt8(ascii: "\t") || b == cr
  }

  /// Whether a field needs a leading `'` when written: it starts like a formula, or starts with `'` followed by
  /// a formula character or another `'` (so the reader's removal gives it back unchanged).
  static func needsGuard(_ utf8: String.UTF8View) -> Bool {
    guard let first = utf8.first else { return false }
    if isFormulaStart(first) { return true }
    guard first == apostrophe, let second = utf8.dropFirst().first else { return false }
    return isFormulaStart(second) || second == apostrophe
  }

  /// A field as read: one leading `'` removed when a formula character or `'` follows it.
  @inline(__always) static func unguarded(_ field: String) -> String {
    guard field.utf8.first == apostrophe else { return field }
    let rest = field.utf8.dropFirst()
    guard let second = rest.first, isFormulaStart(second) || second == apostrophe else { return field }
    return String(field.dropFirst())
  }

  private static let apostrophe = UInt8(ascii: "'")

  /// Writes a field: a leading `'` when a spreadsheet would run it as a formula (see the type's notes); quotes
  /// when it holds a comma, quote, CR or LF, starts or ends with a space or tab, or starts with a byte order mark;
  /// quotes inside are doubled. Other fields are returned unchanged.
  public static func escape(_ field: String) -> String {
    let field = needsGuard(field.utf8) ? "'" + field : field
    let utf8 = field.utf8
    guard let first = utf8.first, let last = utf8.last else { return field }
    var needsQuotes =
      first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || last == UInt8(ascii: " ")
      || last == UInt8(ascii: "\t") || field.unicodeScalars.first == "\u{FEFF}"
    var quotes = 0
    for b in utf8 {
      if b == quote {
        quotes += 1
        needsQuotes = true
      } else if b == comma || b == lf || b == cr {
        needsQuotes = true
      }
    }
    guard needsQuotes else { return field }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + quotes + 2)
    out.append(quote)
    for b in utf8 {
      out.append(b)
      if b == quote { out.append(quote) }
    }
    out.append(quote)
    return String(decoding: out, as: UTF8.self)
  }

  /// One CSV record: the escaped fields joined with commas, ending with `"\n"`.
  ///
  /// A record of one empty field is written as `""` so that it does not read back as a skipped blank line; an
  /// empty array gives just `"\n"`, which reads back as no record at all.
  public static func row(_ fields: [String]) -> String {
    if fields.count == 1, fields[0].isEmpty { return "\"\"\n" }
    var text = ""
    for (index, field) in fields.enumerated() {
      if index > 0 { text += "," }
      text += escape(field)
    }
    text += "\n"
    return text
  }
}
