/// The fast path of ``Claim/readJSON(_:defaults:)``: the claim JSON form as contested writes it and the flat
/// benchmark form, compact and without escapes. That is every line of a bulk import and almost every line of a
/// ledger, so it decides how fast both are.
///
/// It fills the same ``ClaimJSONReader`` fields as the full reader and ends in the same `build`, so the claim
/// and every check on it are identical; any other input (whitespace, escapes, nulls, numbers, `reported_by`,
/// `quantity`, `evidence`, unknown keys) makes it give up, and the caller runs the full reader from the start.
extension ClaimJSONReader {
  private enum Keys {
    static let id = KeyCode("id")
    static let claimant = KeyCode("claimant")
    static let place = KeyCode("place")
    static let controller = KeyCode("controller")
    static let stance = KeyCode("stance")
    static let event = KeyCode("event")
    static let when = KeyCode("when")
    static let from = KeyCode("from")
    static let to = KeyCode("to")
    static let origin = KeyCode("origin")
    static let status = KeyCode("status")
    static let note = KeyCode("note")
    static let name = KeyCode("name")
    static let side = KeyCode("side")
    static let group = KeyCode("group")
    static let text = KeyCode("text")
    static let region = KeyCode("region")
    static let precision = KeyCode("precision")
    static let partOfDay = KeyCode("part_of_day")
  }

  /// Reads one object at the scanner's position; false when the input needs the full reader.
  mutating func readCompact(_ s: inout CompactJSONScanner) -> Bool {
    guard s.consume(0x7B) else { return false }
    if s.consume(0x7D) { return true }
    repeat {
      guard let k = s.key() else { return false }
      if s.peek == 0x7B {
        let ok: Bool
        switch k {
        case Keys.claimant: ok = readCompactNested(&s, .claimant)
        case Keys.place: ok = readCompactNested(&s, .place)
        case Keys.controller: ok = readCompactNested(&s, .controller)
        case Keys.when: ok = readCompactNested(&s, .when)
        default: ok = false
        }
        guard ok else { return false }
        continue
      }
      guard let r = s.plainString() else { return false }
      let v = s.text(r)
      switch k {
      case Keys.id: id = v
      case Keys.claimant: claimantName = v
      case Keys.place: placeID = v
      case Keys.controller: controllerSide = v
      case Keys.stance: stance = v
      case Keys.event: event = v
      case Keys.from: from = v
      case Keys.to: to = v
      case Keys.origin: origin = v
      case Keys.status: status = v
      case Keys.note: note = v
      default: return false
      }
    } while s.consume(0x2C)
    return s.consume(0x7D)
  }

  private enum Nested { case claimant, place, controller, when }

  private mutating func readCompactNested(_ s: inout CompactJSONScanner, _ parent: Nested) -> Bool {
    guard s.consume(0x7B) else { return false }
    if s.consume(0x7D) { return true }
    repeat {
      guard let k = s.key(), let r = s.plainString() else { return false }
      let v = s.text(r)
      switch (parent, k) {
      case (.claimant, Keys.name): claimantName = v
      case (.claimant, Keys.side): claimantSide = v
      case (.claimant, Keys.group): claimantGroup = v
      case (.place, Keys.id): placeID = v
      case (.place, Keys.text): placeText = v
      case (.place, Keys.region): placeRegion = v
      case (.controller, Keys.name): controllerName = v
      case (.controller, Keys.side): controllerSide = v
      case (.when, Keys.from): from = v
      case (.when, Keys.to): to = v
      case (.when, Keys.precision): precision = v
      case (.when, Keys.partOfDay): partOfDay = v
      default: return false
      }
    } while s.consume(0x2C)
    return s.consume(0x7D)
  }
}

extension Claim {
  /// Reads a claim that fills `buffer[range]` exactly (valid UTF-8), taking the fast path when it can.
  /// - Throws: ``FieldError`` as ``readJSON(_:defaults:)`` does, for the same inputs.
  public static func readJSON(
    _ buffer: UnsafeRawBufferPointer, range: Range<Int>, defaults: ClaimDefaults = ClaimDefaults()
  ) throws(FieldError) -> Claim {
    var fast = ClaimJSONReader()
    var s = CompactJSONScanner(buffer, from: range.lowerBound, to: range.upperBound)
    if fast.readCompact(&s), s.position == range.upperBound {
      return try fast.build(defaults: defaults)
    }
    var c = JSONCursor(UnsafeRawBufferPointer(rebasing: buffer[range]))
    let claim = try readJSON(&c, defaults: defaults)
    do throws(JSONError) { try c.expectEnd() } catch {
      throw FieldError(field: "(line)", "invalid JSON at column \(error.offset + 1): \(error.message)")
    }
    return claim
  }
}
