// The fast path of ``Claim/readJSON(_:defaults:)`` for the claim JSON form as contested writes it and the flat
// benchmark form, compact and without escapes: every line of a bulk import and almost every line of a ledger.

/// Packed keys (see ``KeyCode``), written as literals so matching costs no lazy initialisation.
enum CompactKeys {
  static var id: KeyCode { KeyCode(value: 0x0200_0000_0000_0000_0000_0000_0000_6469) }  // "id"
  static var claimant: KeyCode { KeyCode(value: 0x0800_0000_0000_0000_746e_616d_6961_6c63) }  // "claimant"
  static var place: KeyCode { KeyCode(value: 0x0500_0000_0000_0000_0000_0065_6361_6c70) }  // "place"
  static var controller: KeyCode { KeyCode(value: 0x0a00_0000_0000_7265_6c6c_6f72_746e_6f63) }  // "controller"
  static var stance: KeyCode { KeyCode(value: 0x0600_0000_0000_0000_0000_6563_6e61_7473) }  // "stance"
  static var event: KeyCode { KeyCode(value: 0x0500_0000_0000_0000_0000_0074_6e65_7665) }  // "event"
  static var when: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_6e65_6877) }  // "when"
  static var from: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_6d6f_7266) }  // "from"
  static var to: KeyCode { KeyCode(value: 0x0200_0000_0000_0000_0000_0000_0000_6f74) }  // "to"
  static var origin: KeyCode { KeyCode(value: 0x0600_0000_0000_0000_0000_6e69_6769_726f) }  // "origin"
  static var status: KeyCode { KeyCode(value: 0x0600_0000_0000_0000_0000_7375_7461_7473) }  // "status"
  static var note: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_6574_6f6e) }  // "note"
  static var name: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_656d_616e) }  // "name"
  static var side: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_6564_6973) }  // "side"
  static var group: KeyCode { KeyCode(value: 0x0500_0000_0000_0000_0000_0070_756f_7267) }  // "group"
  static var text: KeyCode { KeyCode(value: 0x0400_0000_0000_0000_0000_0000_7478_6574) }  // "text"
  static var region: KeyCode { KeyCode(value: 0x0600_0000_0000_0000_0000_6e6f_6967_6572) }  // "region"
  static var precision: KeyCode { KeyCode(value: 0x0900_0000_0000_006e_6f69_7369_6365_7270) }  // "precision"
  static var idSource: KeyCode { KeyCode(value: 0x0900_0000_0000_0065_6372_756f_735f_6469) }  // "id_source"
  static var partOfDay: KeyCode { KeyCode(value: 0x0b00_0000_0079_6164_5f66_6f5f_7472_6170) }  // "part_of_day"
}

extension Claim {
  /// Reads a claim that fills `buffer[range]` exactly (valid UTF-8), taking the fast path when it can.
  /// - Throws: ``FieldError`` as ``readJSON(_:defaults:)`` does, for the same inputs.
  public static func readJSON(
    _ buffer: UnsafeRawBufferPointer, range: Range<Int>, defaults: ClaimDefaults = ClaimDefaults()
  ) throws(FieldError) -> Claim {
    var s = CompactJSONScanner(buffer, from: range.lowerBound, to: range.upperBound)
    if let claim = CompactClaim.read(&s, defaults: defaults), s.position == range.upperBound {
      try defaults.vetSides(claim)
      return claim
    }
    var c = JSONCursor(UnsafeRawBufferPointer(rebasing: buffer[range]))
    let claim = try readJSON(&c, defaults: defaults)
    do throws(JSONError) { try c.expectEnd() } catch {
      throw FieldError(field: "(line)", "invalid JSON at column \(error.offset + 1): \(error.message)")
    }
    try defaults.vetSides(claim)
    return claim
  }
}

/// A compact record read straight into typed values, with no intermediate strings for dates, stances, events,
/// origins or statuses. It accepts only records that are valid as they stand; anything else (whitespace, escapes,
/// nulls, `reported_by`, `quantity`, `evidence`, unknown keys, a bad date, an unknown stance, a blank claimant, no
/// id) makes it return nil, and the full ``ClaimJSONReader`` reads the record again and says what is wrong.
enum CompactClaim {
  private typealias Keys = CompactKeys

  /// One bit per top-level key the fast path knows.
  static func bit(outer k: KeyCode) -> UInt32? {
    switch k {
    case Keys.id: 1 << 0
    case Keys.claimant: 1 << 1
    case Keys.place: 1 << 2
    case Keys.controller: 1 << 3
    case Keys.stance: 1 << 4
    case Keys.event: 1 << 5
    case Keys.when: 1 << 6
    case Keys.from: 1 << 7
    case Keys.to: 1 << 8
    case Keys.origin: 1 << 9
    case Keys.status: 1 << 10
    case Keys.note: 1 << 11
    default: nil
    }
  }

  /// One bit per nested key the fast path knows.
  static func bit(inner k: KeyCode) -> UInt32? {
    switch k {
    case Keys.name: 1 << 0
    case Keys.side: 1 << 1
    case Keys.group: 1 << 2
    case Keys.id: 1 << 3
    case Keys.text: 1 << 4
    case Keys.region: 1 << 5
    case Keys.from: 1 << 6
    case Keys.to: 1 << 7
    case Keys.precision: 1 << 8
    case Keys.partOfDay: 1 << 9
    case Keys.idSource: 1 << 10
    default: nil
    }
  }

  /// A claim read from the object at the scanner's position, or nil.
  static func read(_ s: inout CompactJSONScanner, defaults: ClaimDefaults) -> Claim? {
    var id: String?
    var claimantName: String?
    var claimantSide: Side?
    var claimantGroup: String?
    var placeID: String?
    var placeText: String?
    var placeRegion: String?
    var placeFromGazetteer = false
    var controllerName: String?
    var controllerSide: String?
    var stance = Stance.asserts
    var event = defaults.event
    var from: Day?
    var to: Day?
    var precision: DatePrecision?
    var partOfDay: String?
    var origin = defaults.origin
    var status = defaults.status
    var note: String?

    func day(_ r: Range<Int>) -> Day? {
      Day.parse(s.base + r.lowerBound, r.count)
    }
    /// Some byte that is ASCII and not white space: the value is certainly not blank.
    func visible(_ r: Range<Int>) -> Bool {
      for i in r {
        let b = s.base[i]
        if b < 0x80 && b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return true }
      }
      return false
    }

    // A key twice sends the record to the full reader, which refuses it naming the key.
    var seen: UInt32 = 0
    guard s.consume(0x7B), !s.consume(0x7D) else { return nil }
    repeat {
      guard let k = s.key(), let bit = Self.bit(outer: k), seen & bit == 0 else { return nil }
      seen |= bit
      if s.peek == 0x7B {
        s.position += 1
        guard !s.consume(0x7D) else { return nil }
        var inner: UInt32 = 0
        repeat {
          guard let n = s.key(), let b = Self.bit(inner: n), inner & b == 0, let r = s.plainString() else { return nil }
          inner |= b
          switch (k, n) {
          case (Keys.claimant, Keys.name):
            guard visible(r) else { return nil }
            claimantName = s.text(r)
          case (Keys.claimant, Keys.side): claimantSide = Side(rawValue: s.word(r))
          case (Keys.claimant, Keys.group): claimantGroup = s.text(r)
          case (Keys.place, Keys.id): placeID = s.text(r)
          case (Keys.place, Keys.text): placeText = s.text(r)
          case (Keys.place, Keys.region): placeRegion = s.text(r)
          case (Keys.place, Keys.idSource):
            // Anything but "gazetteer" is the full reader's to refuse, with its message.
            guard s.text(r) == "gazetteer" else { return nil }
            placeFromGazetteer = true
          case (Keys.controller, Keys.name): controllerName = s.text(r)
          case (Keys.controller, Keys.side):
            guard visible(r) else { return nil }
            controllerSide = s.word(r)
          case (Keys.when, Keys.from):
            guard let d = day(r) else { return nil }
            from = d
          case (Keys.when, Keys.to):
            guard let d = day(r) else { return nil }
            to = d
          case (Keys.when, Keys.precision):
            guard let p = DatePrecision(rawValue: s.word(r)) else { return nil }
            precision = p
          case (Keys.when, Keys.partOfDay): partOfDay = s.text(r)
          default: return nil
          }
        } while s.consume(0x2C)
        guard s.consume(0x7D) else { return nil }
        continue
      }
      guard let r = s.plainString() else { return nil }
      switch k {
      case Keys.id: id = s.text(r)
      case Keys.claimant:
        guard visible(r) else { return nil }
        claimantName = s.text(r)
      case Keys.place: placeID = s.text(r)
      case Keys.controller:
        guard visible(r) else { return nil }
        controllerSide = s.word(r)
      case Keys.stance:
        guard let v = Stance(rawValue: s.word(r)) else { return nil }
        stance = v
      case Keys.event:
        let v = ControlEvent(rawValue: s.word(r))
        guard ControlEvent.allKnown.contains(v) else { return nil }
        event = v
      case Keys.from:
        guard let d = day(r) else { return nil }
        from = d
      case Keys.to:
        guard let d = day(r) else { return nil }
        to = d
      case Keys.origin:
        guard let v = ClaimOrigin(rawValue: s.word(r)) else { return nil }
        origin = v
      case Keys.status:
        guard let v = ClaimStatus(rawValue: s.word(r)) else { return nil }
        status = v
      case Keys.note: note = s.text(r)
      default: return nil
      }
    } while s.consume(0x2C)
    guard s.consume(0x7D) else { return nil }

    guard let id, !id.isEmpty, let claimantName, let controllerSide, placeID != nil || placeText != nil else {
      return nil
    }
    var span: TimeSpan?
    if from != nil || to != nil {
      guard let a = from else { return nil }
      let b = to ?? a
      guard a <= b else { return nil }
      span = TimeSpan(from: a, to: b, precision: precision ?? (a == b ? .day : .range), partOfDay: partOfDay)
    } else if precision != nil || partOfDay != nil {
      // `when` without dates: the full reader decides what that means.
      return nil
    }
    return Claim(
      id: ClaimID(rawValue: id),
      claimant: Claimant(name: claimantName, side: claimantSide, group: claimantGroup),
      place: PlaceRef(
        id: placeID.map(PlaceID.init(rawValue:)), text: placeText ?? placeID ?? "",
        region: placeRegion.map(PlaceID.init(rawValue:)), idFromGazetteer: placeFromGazetteer),
      controller: ControllerRef(name: controllerName, side: Side(rawValue: controllerSide)),
      stance: stance, event: event, when: span, origin: origin, status: status, note: note)
  }
}
