/// A field-level problem while reading a record: which field, and what was expected.
public struct FieldError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Dotted path of the field (`when.from`, `stance`), or `(line)` for the record as a whole.
  public var field: String
  /// What was expected and found.
  public var message: String

  /// A problem with `field`.
  public init(field: String, _ message: String) {
    self.field = field
    self.message = message
  }

  /// `field: message`.
  public var description: String { "\(field): \(message)" }
}

extension Claim {
  /// The version of the claim JSON form written by ``writeJSON(to:)`` (docs/formats.md).
  /// Version 2 added `place.extent`; version 1 records read unchanged (no extent: the text decides).
  public static let jsonFormVersion = 2

  /// Writes the claim in its versioned JSON form, keys in a fixed order, absent optionals omitted.
  public func writeJSON(to w: inout JSONWriter) {
    w.beginObject()
    w.key("id")
    w.string(id.rawValue)
    w.key("claimant")
    w.beginObject()
    w.key("name")
    w.string(claimant.name)
    if let s = claimant.side {
      w.key("side")
      w.string(s.rawValue)
    }
    if let g = claimant.group {
      w.key("group")
      w.string(g)
    }
    w.endObject()
    if !reportedBy.isEmpty {
      w.key("reported_by")
      w.beginObject()
      if let o = reportedBy.outlet {
        w.key("outlet")
        w.string(o)
      }
      if let a = reportedBy.article {
        w.key("article")
        w.string(a.rawValue)
      }
      if let u = reportedBy.url {
        w.key("url")
        w.string(u)
      }
      if let p = reportedBy.published {
        w.key("published")
        w.string(p.iso)
      }
      if !reportedBy.chain.isEmpty {
        w.key("chain")
        w.beginArray()
        for c in reportedBy.chain { w.string(c) }
        w.endArray()
      }
      w.endObject()
    }
    w.key("place")
    w.beginObject()
    if let i = place.id {
      w.key("id")
      w.string(i.rawValue)
      if place.idFromGazetteer {
        w.key("id_source")
        w.string("gazetteer")
      }
    }
    if place.id?.rawValue != place.text {
      w.key("text")
      w.string(place.text)
    }
    if let r = place.region {
      w.key("region")
      w.string(r.rawValue)
    }
    if let e = place.extent { e.writeJSON(to: &w) }
    w.endObject()
    w.key("controller")
    w.beginObject()
    if let n = controller.name {
      w.key("name")
      w.string(n)
    }
    w.key("side")
    w.string(controller.side.rawValue)
    w.endObject()
    w.key("stance")
    w.string(stance.rawValue)
    w.key("event")
    w.string(event.rawValue)
    if let t = when {
      w.key("when")
      w.beginObject()
      w.key("from")
      w.string(t.from.iso)
      w.key("to")
      w.string(t.to.iso)
      if t.precision != (t.from == t.to ? .day : .range) {
        w.key("precision")
        w.string(t.precision.rawValue)
      }
      if let p = t.partOfDay {
        w.key("part_of_day")
        w.string(p)
      }
      w.endObject()
    }
    if let q = quantity {
      w.key("quantity")
      w.beginObject()
      if let c = q.count {
        w.key("count")
        w.int(c)
      }
      if q.isAll {
        w.key("all")
        w.bool(true)
      }
      if let u = q.unit {
        w.key("unit")
        w.string(u)
      }
      w.endObject()
    }
    if let e = evidence {
      w.key("evidence")
      w.beginObject()
      w.key("quote")
      w.string(e.quote)
      if let a = e.article {
        w.key("article")
        w.string(a.rawValue)
      }
      if let r = e.range {
        w.key("range")
        w.beginArray()
        w.int(r.lowerBound)
        w.int(r.upperBound)
        w.endArray()
      }
      w.endObject()
    }
    w.key("origin")
    w.string(origin.rawValue)
    w.key("status")
    w.string(status.rawValue)
    if let n = note {
      w.key("note")
      w.string(n)
    }
    w.endObject()
  }

  /// The claim's JSON form as a String.
  public var jsonString: String {
    var w = JSONWriter()
    writeJSON(to: &w)
    return w.string
  }

  /// Reads a claim from its JSON form, or from the flat benchmark form
  /// (`{"id","claimant","place","controller","stance","from","to"}`, see docs/formats.md).
  ///
  /// Unknown keys are ignored. `defaults` fills what the record leaves out (origin, status, id).
  /// - Throws: ``FieldError`` naming the field and what was expected.
  public static func readJSON(_ c: inout JSONCursor, defaults: ClaimDefaults = ClaimDefaults()) throws(FieldError)
    -> Claim
  {
    var reader = ClaimJSONReader()
    do {
      try reader.read(&c)
    } catch let e as FieldError {
      throw e
    } catch let e as JSONError {
      throw FieldError(field: "(line)", "invalid JSON at column \(e.offset + 1): \(e.message)")
    } catch {
      throw FieldError(field: reader.currentField ?? "(line)", "\(error)")
    }
    return try reader.build(defaults: defaults)
  }
}

/// What an import fills in when a record leaves it out.
public struct ClaimDefaults: Sendable {
  /// Origin for records without one.
  public var origin: ClaimOrigin
  /// Status for records without one.
  public var status: ClaimStatus
  /// Event for records without one (the benchmark form has none): a state held over the window.
  public var event: ControlEvent
  /// When set, the sides a record may name (controller and claimant); any other is refused with a suggestion.
  /// Nil (reading the ledger) accepts every side.
  public var knownSides: [String]?

  /// Defaults for `contested import`: imported, accepted, holds.
  public init(
    origin: ClaimOrigin = .imported, status: ClaimStatus = .accepted, event: ControlEvent = .holds,
    knownSides: [String]? = nil
  ) {
    self.origin = origin
    self.status = status
    self.event = event
    self.knownSides = knownSides
  }

  /// Refuses a claim whose controller or claimant side is outside ``knownSides``.
  public func vetSides(_ claim: Claim) throws(FieldError) {
    guard let knownSides else { return }
    if let p = KnownValue.problem(claim.controller.side.rawValue, among: knownSides, what: "side") {
      throw FieldError(field: "controller.side", p + " " + KnownValue.newSideHint)
    }
    if let s = claim.claimant.side, let p = KnownValue.problem(s.rawValue, among: knownSides, what: "side") {
      throw FieldError(field: "claimant.side", p + " " + KnownValue.newSideHint)
    }
  }
}

/// Collects the fields of one claim record, whichever of the two forms it uses.
struct ClaimJSONReader {
  var currentField: String?
  var id: String?
  var claimantName: String?
  var claimantSide: String?
  var claimantGroup: String?
  var outlet: String?
  var article: String?
  var url: String?
  var published: String?
  var chain: [String] = []
  var placeID: String?
  var placeText: String?
  var placeRegion: String?
  var placeFromGazetteer = false
  var placeExtent: Extent?
  var controllerName: String?
  var controllerSide: String?
  var stance: String?
  var event: String?
  var from: String?
  var to: String?
  var precision: String?
  var partOfDay: String?
  var count: Int?
  var all = false
  var unit: String?
  var quote: String?
  var evidenceArticle: String?
  var range: (Int, Int)?
  var origin: String?
  var status: String?
  var note: String?

  mutating func field(_ name: String) { currentField = name }

  mutating func read(_ c: inout JSONCursor) throws {
    guard try c.peekKind() == .object else { throw FieldError(field: "(line)", "expected a JSON object per line") }
    var failure: (any Error)?
    do {
      try c.readObject { (c: inout JSONCursor, key: JSONKey) throws(JSONError) in
        do { try self.readTop(&c, key) } catch let e as JSONError { throw e } catch {
          failure = error
          throw JSONError("field error", offset: c.position)
        }
      }
    } catch {
      if let failure { throw failure }
      throw error
    }
    currentField = nil
  }

  mutating func string(_ c: inout JSONCursor, _ name: String) throws -> String? {
    field(name)
    if try c.readNullIfPresent() { return nil }
    guard try c.peekKind() == .string else { throw FieldError(field: name, "expected a string") }
    return try c.readString()
  }

  mutating func readTop(_ c: inout JSONCursor, _ key: JSONKey) throws {
    if c.key(key, is: "id") {
      id = try string(&c, "id")
    } else if c.key(key, is: "claimant") {
      field("claimant")
      if try c.peekKind() == .object {
        try readNested(&c, "claimant") { r, c, k in
          if c.key(k, is: "name") {
            r.claimantName = try r.string(&c, "claimant.name")
          } else if c.key(k, is: "side") {
            r.claimantSide = try r.string(&c, "claimant.side")
          } else if c.key(k, is: "group") {
            r.claimantGroup = try r.string(&c, "claimant.group")
          }
        }
      } else {
        claimantName = try string(&c, "claimant")
      }
    } else if c.key(key, is: "reported_by") {
      try readNested(&c, "reported_by") { r, c, k in
        if c.key(k, is: "outlet") {
          r.outlet = try r.string(&c, "reported_by.outlet")
        } else if c.key(k, is: "article") {
          r.article = try r.string(&c, "reported_by.article")
        } else if c.key(k, is: "url") {
          r.url = try r.string(&c, "reported_by.url")
        } else if c.key(k, is: "published") {
          r.published = try r.string(&c, "reported_by.published")
        } else if c.key(k, is: "chain") {
          r.field("reported_by.chain")
          var items: [String] = []
          var failure: FieldError?
          try c.readArray { (c: inout JSONCursor) throws(JSONError) in
            if (try? c.peekKind()) == .string {
              items.append(try c.readString())
            } else {
              failure = FieldError(field: "reported_by.chain", "expected an array of strings")
              try c.skipValue()
            }
          }
          if let failure { throw failure }
          r.chain = items
        }
      }
    } else if c.key(key, is: "place") {
      field("place")
      if try c.peekKind() == .object {
        try readNested(&c, "place") { r, c, k in
          if c.key(k, is: "id") {
            r.placeID = try r.string(&c, "place.id")
          } else if c.key(k, is: "text") {
            r.placeText = try r.string(&c, "place.text")
          } else if c.key(k, is: "region") {
            r.placeRegion = try r.string(&c, "place.region")
          } else if c.key(k, is: "id_source") {
            guard try r.string(&c, "place.id_source") == "gazetteer" else {
              throw FieldError(
                field: "place.id_source", "expected \"gazetteer\" (an id the gazetteer resolved), or leave it out")
            }
            r.placeFromGazetteer = true
          } else if c.key(k, is: "extent") {
            r.field("place.extent")
            r.placeExtent = try Extent.read(&c)
          }
        }
      } else {
        placeID = try string(&c, "place")
      }
    } else if c.key(key, is: "controller") {
      field("controller")
      if try c.peekKind() == .object {
        try readNested(&c, "controller") { r, c, k in
          if c.key(k, is: "name") {
            r.controllerName = try r.string(&c, "controller.name")
          } else if c.key(k, is: "side") {
            r.controllerSide = try r.string(&c, "controller.side")
          }
        }
      } else {
        controllerSide = try string(&c, "controller")
      }
    } else if c.key(key, is: "stance") {
      stance = try string(&c, "stance")
    } else if c.key(key, is: "event") {
      event = try string(&c, "event")
    } else if c.key(key, is: "from") {
      from = try string(&c, "from")
    } else if c.key(key, is: "to") {
      to = try string(&c, "to")
    } else if c.key(key, is: "when") {
      field("when")
      if try c.peekKind() == .string {
        let text = try c.readString()
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        from = parts.first.map(String.init)
        to = parts.count > 1 ? String(parts[1]) : from
        if parts.count > 2 {
          throw FieldError(field: "when", "expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, found '\(text)'")
        }
      } else if try c.readNullIfPresent() {
      } else {
        try readNested(&c, "when") { r, c, k in
          if c.key(k, is: "from") {
            r.from = try r.string(&c, "when.from")
          } else if c.key(k, is: "to") {
            r.to = try r.string(&c, "when.to")
          } else if c.key(k, is: "precision") {
            r.precision = try r.string(&c, "when.precision")
          } else if c.key(k, is: "part_of_day") {
            r.partOfDay = try r.string(&c, "when.part_of_day")
          }
        }
      }
    } else if c.key(key, is: "quantity") {
      field("quantity")
      if try c.readNullIfPresent() { return }
      if try c.peekKind() == .number {
        count = try c.readInt()
        return
      }
      try readNested(&c, "quantity") { r, c, k in
        if c.key(k, is: "count") {
          r.field("quantity.count")
          if try c.readNullIfPresent() { return }
          guard try c.peekKind() == .number else {
            throw FieldError(field: "quantity.count", "expected a whole number")
          }
          do { r.count = try c.readInt() } catch {
            throw FieldError(field: "quantity.count", "expected a whole number")
          }
        } else if c.key(k, is: "all") {
          r.field("quantity.all")
          guard try c.peekKind() == .bool else { throw FieldError(field: "quantity.all", "expected true or false") }
          r.all = try c.readBool()
        } else if c.key(k, is: "unit") {
          r.unit = try r.string(&c, "quantity.unit")
        }
      }
    } else if c.key(key, is: "evidence") {
      try readNested(&c, "evidence") { r, c, k in
        if c.key(k, is: "quote") {
          r.quote = try r.string(&c, "evidence.quote")
        } else if c.key(k, is: "article") {
          r.evidenceArticle = try r.string(&c, "evidence.article")
        } else if c.key(k, is: "range") {
          r.field("evidence.range")
          var values: [Int] = []
          var bad = false
          try c.readArray { (c: inout JSONCursor) throws(JSONError) in
            if (try? c.peekKind()) == .number, let v = try? c.readInt() {
              values.append(v)
            } else {
              bad = true
              try c.skipValue()
            }
          }
          guard !bad, values.count == 2, values[0] >= 0, values[0] <= values[1] else {
            throw FieldError(field: "evidence.range", "expected [start, end] byte offsets with start <= end")
          }
          r.range = (values[0], values[1])
        }
      }
    } else if c.key(key, is: "quote") {
      quote = try string(&c, "quote")
    } else if c.key(key, is: "origin") {
      origin = try string(&c, "origin")
    } else if c.key(key, is: "status") {
      status = try string(&c, "status")
    } else if c.key(key, is: "note") {
      note = try string(&c, "note")
    } else if c.key(key, is: "outlet") {
      outlet = try string(&c, "outlet")
    } else if c.key(key, is: "published") {
      published = try string(&c, "published")
    } else if c.key(key, is: "url") {
      url = try string(&c, "url")
    } else if c.key(key, is: "claimant_side") {
      claimantSide = try string(&c, "claimant_side")
    } else if c.key(key, is: "claimant_group") {
      claimantGroup = try string(&c, "claimant_group")
    } else if c.key(key, is: "controller_name") {
      controllerName = try string(&c, "controller_name")
    } else if c.key(key, is: "precision") {
      precision = try string(&c, "precision")
    } else if c.key(key, is: "part_of_day") {
      partOfDay = try string(&c, "part_of_day")
    } else if c.key(key, is: "article") {
      evidenceArticle = try string(&c, "article")
      article = evidenceArticle
    } else {
      try c.skipValue()
    }
  }

  mutating func readNested(
    _ c: inout JSONCursor, _ name: String,
    _ body: (inout ClaimJSONReader, inout JSONCursor, JSONKey) throws -> Void
  ) throws {
    field(name)
    guard try c.peekKind() == .object else { throw FieldError(field: name, "expected an object") }
    var failure: (any Error)?
    do {
      try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
        do { try body(&self, &c, k) } catch let e as JSONError { throw e } catch {
          failure = error
          throw JSONError("field error", offset: c.position)
        }
      }
    } catch {
      if let failure { throw failure }
      throw error
    }
  }

  func build(defaults: ClaimDefaults) throws(FieldError) -> Claim {
    func required(_ v: String?, _ name: String, _ what: String) throws(FieldError) -> String {
      guard let v else { throw FieldError(field: name, "missing; expected \(what)") }
      guard !v.isBlank else {
        throw FieldError(field: name, "empty; expected \(what)")
      }
      return v
    }
    let claimant = try required(claimantName, "claimant", "who makes the claim")
    guard placeID != nil || placeText != nil else {
      throw FieldError(field: "place", "missing; expected a place id or name")
    }
    let side = try required(controllerSide, "controller", "a side such as government or opposition")
    var stanceValue = Stance.asserts
    if let s = stance {
      guard let v = Stance(rawValue: s) else {
        var m = "expected \"asserts\" or \"denies\", found \"\(s)\""
        if let d = EditDistance.suggestion(for: s, among: ["asserts", "denies"]) { m += "; did you mean \"\(d)\"?" }
        throw FieldError(field: "stance", m)
      }
      stanceValue = v
    }
    var eventValue = defaults.event
    if let e = event {
      let v = ControlEvent(rawValue: e)
      guard ControlEvent.allKnown.contains(v) else {
        let known = ControlEvent.allKnown.map(\.rawValue)
        var m = "expected one of \(known.joined(separator: ", ")), found \"\(e)\""
        if let d = EditDistance.suggestion(for: e, among: known) { m += "; did you mean \"\(d)\"?" }
        throw FieldError(field: "event", m)
      }
      eventValue = v
    }
    var span: TimeSpan?
    if from != nil || to != nil {
      let fromName = precision == nil && (from != nil) ? "from" : "when.from"
      guard let f = from else { throw FieldError(field: "from", "missing; expected a date YYYY-MM-DD (to is given)") }
      guard let a = Day(iso: f) else { throw FieldError(field: fromName, "expected a date YYYY-MM-DD, found \"\(f)\"") }
      let t = to ?? f
      guard let b = Day(iso: t) else {
        throw FieldError(field: fromName == "from" ? "to" : "when.to", "expected a date YYYY-MM-DD, found \"\(t)\"")
      }
      guard a <= b else { throw FieldError(field: fromName == "from" ? "to" : "when.to", "\(t) is before \(f)") }
      var p: DatePrecision = a == b ? .day : .range
      if let raw = precision {
        guard let v = DatePrecision(rawValue: raw) else {
          let known = DatePrecision.allCases.map(\.rawValue)
          var m = "expected one of \(known.joined(separator: ", ")), found \"\(raw)\""
          if let d = EditDistance.suggestion(for: raw, among: known) { m += "; did you mean \"\(d)\"?" }
          throw FieldError(field: "when.precision", m)
        }
        p = v
      }
      span = TimeSpan(from: a, to: b, precision: p, partOfDay: partOfDay)
    }
    var publishedDay: Day?
    if let p = published {
      guard let d = Day(iso: p) else {
        throw FieldError(field: "reported_by.published", "expected a date YYYY-MM-DD, found \"\(p)\"")
      }
      publishedDay = d
    }
    var originValue = defaults.origin
    if let o = origin {
      guard let v = ClaimOrigin(rawValue: o) else {
        throw FieldError(field: "origin", "expected extracted, manual or imported, found \"\(o)\"")
      }
      originValue = v
    }
    var statusValue = defaults.status
    if let s = status {
      guard let v = ClaimStatus(rawValue: s) else {
        throw FieldError(field: "status", "expected proposed, accepted or rejected, found \"\(s)\"")
      }
      statusValue = v
    }
    if let c = count, c < 0 { throw FieldError(field: "quantity.count", "expected a count >= 0, found \(c)") }
    let quantity = (count != nil || all || unit != nil) ? Quantity(count: count, isAll: all, unit: unit) : nil
    let evidence = quote.map {
      Evidence(quote: $0, article: evidenceArticle.map(ArticleID.init(rawValue:)), range: range.map { $0.0..<$0.1 })
    }
    var claim = Claim(
      id: ClaimID(rawValue: id ?? ""),
      claimant: Claimant(name: claimant, side: claimantSide.map(Side.init(rawValue:)), group: claimantGroup),
      reportedBy: Report(
        outlet: outlet, article: article.map(ArticleID.init(rawValue:)), url: url, published: publishedDay,
        chain: chain),
      place: PlaceRef(
        id: placeID.map(PlaceID.init(rawValue:)), text: placeText ?? placeID ?? "",
        region: placeRegion.map(PlaceID.init(rawValue:)), extent: placeExtent, idFromGazetteer: placeFromGazetteer),
      controller: ControllerRef(name: controllerName, side: Side(rawValue: side)),
      stance: stanceValue, event: eventValue, when: span, quantity: quantity, evidence: evidence,
      origin: originValue, status: statusValue, note: note)
    if id == nil || id!.isEmpty { claim.id = claim.contentID }
    return claim
  }
}

extension String {
  /// Whether the string is empty or only white space and line breaks (no Foundation, for hot paths).
  public var isBlank: Bool {
    var nonASCII = false
    for b in utf8 {
      if b >= 0x80 {
        nonASCII = true
      } else if b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D {
        return false
      }
    }
    return !nonASCII || unicodeScalars.allSatisfy(\.properties.isWhitespace)
  }
}
