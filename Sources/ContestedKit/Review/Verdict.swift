/// What a reviewer found about one claim.
public enum ClaimRuling: String, CaseIterable, Sendable, Codable {
  /// The evidence supports the claim.
  case upheld
  /// The evidence contradicts the claim.
  case refuted
  /// Neither could be shown.
  case unverifiable
}

/// How sure the reviewer is of a verdict.
public enum VerdictConfidence: String, CaseIterable, Sendable, Codable {
  /// Weak or indirect evidence.
  case low
  /// Some independent support.
  case medium
  /// Strong, independent evidence.
  case high
}

/// A reviewer's decision on a conflict: a ruling per claim, who actually held the place, and why.
public struct Verdict: Hashable, Sendable {
  /// One ruling per claim of the conflict, in claim-id order.
  public var rulings: [ClaimID: ClaimRuling]
  /// The side that actually held the place, or `contested` / `unknown`.
  public var heldBy: Side
  /// How sure the reviewer is.
  public var confidence: VerdictConfidence
  /// Why: the reasoning a second reviewer or an editor can check. Never empty.
  public var rationale: String
  /// Links (URLs, article ids) to the evidence used.
  public var evidence: [String]

  /// Creates a verdict.
  public init(
    rulings: [ClaimID: ClaimRuling], heldBy: Side, confidence: VerdictConfidence, rationale: String,
    evidence: [String] = []
  ) {
    self.rulings = rulings
    self.heldBy = heldBy
    self.confidence = confidence
    self.rationale = rationale
    self.evidence = evidence
  }

  /// The claims the verdict rules on, in id order.
  public var claims: [ClaimID] { rulings.keys.sorted() }

  /// The claims with a given ruling, in id order.
  public func claims(_ ruling: ClaimRuling) -> [ClaimID] {
    rulings.filter { $0.value == ruling }.map(\.key).sorted()
  }

  /// Writes the verdict as a JSON object (`rulings` keys in id order).
  public func write(to w: inout JSONWriter) {
    w.beginObject()
    w.key("rulings")
    w.beginObject()
    for id in claims {
      w.key(dynamic: id.rawValue)
      w.string(rulings[id]!.rawValue)
    }
    w.endObject()
    w.key("held_by")
    w.string(heldBy.rawValue)
    w.key("confidence")
    w.string(confidence.rawValue)
    w.key("rationale")
    w.string(rationale)
    w.key("evidence")
    w.beginArray()
    for e in evidence { w.string(e) }
    w.endArray()
    w.endObject()
  }

  /// Reads a verdict object written by ``write(to:)``.
  static func read(_ c: inout JSONCursor) throws(FieldError) -> Verdict {
    var rulings: [ClaimID: ClaimRuling] = [:]
    var heldBy: Side?
    var confidence: VerdictConfidence?
    var rationale: String?
    var evidence: [String] = []
    var failure: FieldError?
    do throws(JSONError) {
      try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
        if c.key(k, is: "rulings") {
          try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
            let id = c.name(of: k)
            let raw = try c.readString()
            if let r = ClaimRuling(rawValue: raw) {
              rulings[ClaimID(rawValue: id)] = r
            } else {
              failure = FieldError(
                field: "verdict.rulings.\(id)", "expected upheld, refuted or unverifiable, found \"\(raw)\"")
            }
          }
        } else if c.key(k, is: "held_by") {
          heldBy = Side(rawValue: try c.readString())
        } else if c.key(k, is: "confidence") {
          let raw = try c.readString()
          confidence = VerdictConfidence(rawValue: raw)
          if confidence == nil {
            failure = FieldError(field: "verdict.confidence", "expected low, medium or high, found \"\(raw)\"")
          }
        } else if c.key(k, is: "rationale") {
          rationale = try c.readString()
        } else if c.key(k, is: "evidence") {
          try c.readArray { (c: inout JSONCursor) throws(JSONError) in evidence.append(try c.readString()) }
        } else {
          try c.skipValue()
        }
      }
    } catch {
      throw FieldError(field: "verdict", "invalid JSON: \(error.message)")
    }
    if let failure { throw failure }
    guard let heldBy else { throw FieldError(field: "verdict.held_by", "missing") }
    guard let confidence else { throw FieldError(field: "verdict.confidence", "missing") }
    guard let rationale else { throw FieldError(field: "verdict.rationale", "missing") }
    guard !rulings.isEmpty else { throw FieldError(field: "verdict.rulings", "missing or empty") }
    return Verdict(rulings: rulings, heldBy: heldBy, confidence: confidence, rationale: rationale, evidence: evidence)
  }
}
