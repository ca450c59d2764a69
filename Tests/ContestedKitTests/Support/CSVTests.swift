import ContestedKit
import Foundation
import Testing

/// Parses text and returns just the fields of each record.
private func fields(_ text: String) throws -> [[String]] {
  try CSV.parse(Array(text.utf8)).map(\.fields)
}

/// Parses text and returns the starting line of each record.
private func lines(_ text: String) throws -> [Int] {
  try CSV.parse(Array(text.utf8)).map(\.line)
}

/// The error parsing `bytes` throws, or nil.
private func error(_ bytes: [UInt8]) -> CSVError? {
  do {
    _ = try CSV.parse(bytes)
    return nil
  } catch {
    return error
  }
}

/// Deterministic pseudo-random numbers (xorshift64), so failures reproduce.
private struct TestRandom: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed | 1 }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}

@Suite struct CSVTests {
  @Test func simpleRecords() throws {
    #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    #expect(try fields("") == [])
    #expect(try fields("x") == [["x"]])
  }

  @Test func quotedComma() throws {
    #expect(try fields("\"a,b\",c\n") == [["a,b", "c"]])
  }

  @Test func embeddedNewlines() throws {
    #expect(try fields("\"line1\nline2\",x\n") == [["line1\nline2", "x"]])
    #expect(try fields("\"line1\r\nline2\",x\r\ny,z\r\n") == [["line1\r\nline2", "x"], ["y", "z"]])
  }

  @Test func doubledQuotes() throws {
    #expect(try fields("\"say \"\"hi\"\"\",\"\"\"\"\n") == [["say \"hi\"", "\""]])
    #expect(try fields("\"\"\"a\"\"b\"\"\"") == [["\"a\"b\""]])
  }

  @Test func emptyFieldsAndTrailingComma() throws {
    #expect(try fields(",,\n") == [["", "", ""]])
    #expect(try fields("a,b,\n") == [["a", "b", ""]])
    #expect(try fields("a,b,") == [["a", "b", ""]])
    #expect(try fields("\"\",\"\"\n") == [["", ""]])
    #expect(try fields("\"a\",") == [["a", ""]])
    #expect(try fields("\"\"") == [[""]])
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,name\n1,x\n".utf8)
    let records = try CSV.parse(bytes)
    #expect(records.map(\.fields) == [["id", "name"], ["1", "x"]])
    #expect(records.map(\.line) == [1, 2])
    // Only at the very start; a BOM elsewhere is data.
    #expect(try fields("a\n\u{FEFF}b\n") == [["a"], ["\u{FEFF}b"]])
  }

  @Test func noFinalNewline() throws {
    #expect(try fields("a,b\nc,d") == [["a", "b"], ["c", "d"]])
    #expect(try fields("a,\"b\"") == [["a", "b"]])
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let text = "\n\na\n\r\n\nb,c\n\n"
    #expect(try fields(text) == [["a"], ["b", "c"]])
    #expect(try lines(text) == [3, 6])
    #expect(try fields("\n\n\r\n") == [])
    // A line of spaces is a record, not a blank line.
    #expect(try fields(" \n") == [[" "]])
  }

  @Test func lineNumbersAfterMultiLineFields() throws {
    let text = "h1,h2\n\"two\nlines\",x\n\"three\r\nlines\nhere\",y\nlast,z\n"
    let records = try CSV.parse(Array(text.utf8))
    #expect(records.map(\.line) == [1, 2, 4, 7])
    #expect(records[2].fields == ["three\r\nlines\nhere", "y"])
  }

  @Test func loneCarriageReturnAndStrayQuoteAreData() throws {
    #expect(try fields("a\rb,c\n") == [["a\rb", "c"]])
    #expect(try fields("5\" pipe,x\n") == [["5\" pipe", "x"]])
  }

  @Test func unicodeFields() throws {
    #expect(try fields("Kobanî,\"Айн-Иса, Сирия\",𝄞\n") == [["Kobanî", "Айн-Иса, Сирия", "𝄞"]])
  }

  @Test func invalidUTF8NamesTheLine() {
    #expect(error(Array("a\nb,".utf8) + [0xFF] + Array("\n".utf8)) == .invalidUTF8(line: 2))
    // Inside a quoted field, after an embedded newline.
    #expect(error(Array("x\n\"ok\nstill".utf8) + [0xC3] + Array("\"\n".utf8)) == .invalidUTF8(line: 3))
    // Overlong, surrogate, too large, stray continuation, truncated at end of input.
    for bad: [UInt8] in [
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ] {
      #expect(error(Array("a,".utf8) + bad) == .invalidUTF8(line: 1), "\(bad)")
    }
    #expect(CSVError.invalidUTF8(line: 2).errorDescription?.hasPrefix("line 2: ") == true)
  }

  @Test func unterminatedQuoteNamesTheStartLine() {
    #expect(error(Array("a\nb,\"never\nclosed\n".utf8)) == .unterminatedQuote(line: 2))
    #expect(error(Array("\"".utf8)) == .unterminatedQuote(line: 1))
    #expect(error(Array("\"abc\"\"".utf8)) == .unterminatedQuote(line: 1))
    #expect(CSVError.unterminatedQuote(line: 2).errorDescription?.hasPrefix("line 2: ") == true)
  }

  @Test func junkAfterQuoteNamesLineAndColumn() {
    #expect(error(Array("a,b\n\"x\"y,z\n".utf8)) == .unexpectedCharacterAfterQuote(line: 2, column: 4))
    #expect(error(Array("é,\"q\" ,z\n".utf8)) == .unexpectedCharacterAfterQuote(line: 1, column: 6))
    #expect(error(Array("\"multi\nline\"!".utf8)) == .unexpectedCharacterAfterQuote(line: 2, column: 6))
    #expect(error(Array("\"a\"\rb".utf8)) == .unexpectedCharacterAfterQuote(line: 1, column: 4))
    let message = CSVError.unexpectedCharacterAfterQuote(line: 3, column: 7).errorDescription ?? ""
    #expect(message.hasPrefix("line 3: ") && message.contains("column 7"))
  }

  @Test func tenMegabyteField() throws {
    var big = [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20)
    big[5] = UInt8(ascii: ",")
    big[7_000_000] = UInt8(ascii: "\n")
    let field = String(decoding: big, as: UTF8.self)
    let text = "id,body\n1," + CSV.escape(field) + "\n2,end\n"
    let records = try CSV.parse(Array(text.utf8))
    #expect(records.count == 3)
    #expect(records[1].fields[1] == field)
    #expect(records[2].line == 4)
    let unquoted = [UInt8](repeating: UInt8(ascii: "y"), count: 10 << 20)
    #expect(try CSV.parse(unquoted).first?.fields.first?.utf8.count == 10 << 20)
  }

  @Test func escapeQuotesOnlyWhenNeeded() {
    #expect(CSV.escape("plain") == "plain")
    #expect(CSV.escape("") == "")
    #expect(CSV.escape("a,b") == "\"a,b\"")
    #expect(CSV.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSV.escape("two\nlines") == "\"two\nlines\"")
    #expect(CSV.escape("cr\rhere") == "\"cr\rhere\"")
    #expect(CSV.escape(" lead") == "\" lead\"")
    #expect(CSV.escape("trail ") == "\"trail \"")
    #expect(CSV.escape("in side") == "in side")
    #expect(CSV.row(["a", "b,c", ""]) == "a,\"b,c\",\n")
    #expect(CSV.row([""]) == "\"\"\n")
  }

  @Test func randomRoundTrips() throws {
    var random = TestRandom(seed: 2016)
    let pieces = [
      "a", "Z", "9", " ", ",", "\"", "\n", "\r", "\r\n", "\t", "é", "Кобани", "𝄞", "\u{FEFF}", "x y", "''",
    ]
    for _ in 0..<300 {
      let recordCount = Int(random.next() % 6)
      var expected: [[String]] = []
      var text = ""
      for _ in 0..<recordCount {
        let fieldCount = 1 + Int(random.next() % 5)
        var record: [String] = []
        for _ in 0..<fieldCount {
          let length = Int(random.next() % 6)
          record.append((0..<length).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        expected.append(record)
        text += CSV.row(record)
      }
      let records = try CSV.parse(Array(text.utf8))
      #expect(records.map(\.fields) == expected, "\(text.debugDescription)")
      // Line numbers: each record starts after all newlines of the records before it.
      var line = 1
      for (record, fields) in zip(records, expected) {
        #expect(record.line == line)
        line += 1 + fields.reduce(0) { $0 + $1.utf8.filter { $0 == UInt8(ascii: "\n") }.count }
      }
    }
  }

  @Test func randomBytesNeverCrash() {
    var random = TestRandom(seed: 99)
    let alphabet: [UInt8] =
      Array("a,\"\n\r \u{FEFF}é".utf8)
      + [0xFF, 0x80, 0xBF, 0xA0, 0x90, 0x8F, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
    for _ in 0..<5000 {
      let length = Int(random.next() % 40)
      let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
      let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
      do {
        let records = try CSV.parse(bytes)
        #expect(validUTF8, "accepted invalid UTF-8 \(bytes)")
        for record in records { #expect(record.line >= 1 && !record.fields.isEmpty) }
      } catch {
        #expect(error.line >= 1)
        if case .invalidUTF8 = error { #expect(!validUTF8, "rejected valid UTF-8 \(bytes)") }
      }
    }
  }

  @Test func stringAndBufferEntryPointsAgree() throws {
    let text = "a,\"b\nc\"\nd\n"
    let fromBytes = try CSV.parse(Array(text.utf8))
    #expect(try CSV.parse(text) == fromBytes)
    #expect(try Array(text.utf8).withUnsafeBufferPointer { try CSV.parse($0) } == fromBytes)
  }
}
