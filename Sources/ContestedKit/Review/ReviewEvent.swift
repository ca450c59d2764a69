/// The review actions a reviewer can record; each is a ledger event type `review.<rawValue>`.
public enum ReviewAction: String, CaseIterable, Sendable {
  /// The conflict is given to a reviewer: open → in review.
  case assigned
  /// A verdict is recorded: → resolved (or awaiting approval when the workspace requires it).
  case resolved
  /// The reviewer found no way to decide: → unresolvable.
  case unresolvable
  /// A decided conflict is opened again by hand: → open.
  case reopened
  /// A note in the conflict's history; the state does not change.
  case commented
  /// A second reviewer approves the verdict: awaiting approval → resolved.
  case approved

  /// The ledger event type: `review.assigned`, ….
  public var eventType: String { "review.\(rawValue)" }

  /// The action for a ledger event type, if it is a review event.
  public init?(eventType: String) {
    guard eventType.hasPrefix("review.") else { return nil }
    self.init(rawValue: String(eventType.dropFirst("review.".count)))
  }

  /// Past-tense phrase for messages and the log ("resolved it").
  public var phrase: String {
    switch self {
    case .assigned: "assigned it"
    case .resolved: "resolved it"
    case .unresolvable: "marked it unresolvable"
    case .reopened: "reopened it"
    case .commented: "commented on it"
    case .approved: "approved its verdict"
    }
  }
}

/// One recorded review action on a conflict (a `review.*` ledger line; docs/formats.md).
///
/// Body: `{"conflict":"C-…","base":N,"claims":["c-…",…], …action fields…}` where `base` is the conflict version
/// the reviewer acted on and `claims` the conflict's claims at that moment (used to follow a conflict whose id
/// changed because a claim joined it).
public struct ReviewEvent: Hashable, Sendable {
  /// The ledger line number (0 before it is written).
  public var seq: Int
  /// When (ISO-8601 UTC).
  public var at: String
  /// Who.
  public var by: String
  /// What.
  public var action: ReviewAction
  /// The conflict acted on.
  public var conflict: ConflictID
  /// The conflict version the reviewer saw.
  public var base: Int
  /// The conflict's claims when the action was taken.
  public var claims: [ClaimID]
  /// The assignee (`assigned`).
  public var assignee: String?
  /// The verdict (`resolved`).
  public var verdict: Verdict?
  /// Free text: the note of `unresolvable`, `reopened`, `assigned`, `approved`; the text of `commented`.
  public var note: String?

  /// Creates an event.
  public init(
    seq: Int = 0, at: String, by: String, action: ReviewAction, conflict: ConflictID, base: Int, claims: [ClaimID],
    assignee: String? = nil, verdict: Verdict? = nil, note: String? = nil
  ) {
    self.seq = seq
    self.at = at
    self.by = by
    self.action = action
    self.conflict = conflict
    self.base = base
    self.claims = claims
    self.assignee = assignee
    self.verdict = verdict
    self.note = note
  }

  /// The event's ledger body.
  public var body: [UInt8] {
    var w = JSONWriter()
    w.beginObject()
    w.key("conflict")
    w.string(conflict.rawValue)
    w.key("base")
    w.int(base)
    w.key("claims")
    w.beginArray()
    for c in claims { w.string(c.rawValue) }
    w.endArray()
    if let assignee {
      w.key("to")
      w.string(assignee)
    }
    if let verdict {
      w.key("verdict")
      verdict.write(to: &w)
    }
    if let note {
      w.key("note")
      w.string(note)
    }
    w.endObject()
    return w.bytes
  }

  /// The ledger entry recording this event.
  public var ledgerEntry: LedgerEntry {
    LedgerEntry(at: at, by: by, type: action.eventType, body: body)
  }

  /// Decodes a `review.*` ledger entry; nil for other event types.
  public static func decode(_ entry: LedgerEntry) throws(FieldError) -> ReviewEvent? {
    guard let action = ReviewAction(eventType: entry.type) else { return nil }
    guard let by = entry.by, !by.isEmpty else { throw FieldError(field: "by", "a review event must name its reviewer") }
    var conflict: String?
    var base = 0
    var claims: [ClaimID] = []
    var assignee: String?
    var verdict: Verdict?
    var note: String?
    var failure: FieldError?
    entry.body.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(JSONError) {
        try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
          if c.key(k, is: "conflict") {
            conflict = try c.readString()
          } else if c.key(k, is: "base") {
            base = try c.readInt()
          } else if c.key(k, is: "claims") {
            try c.readArray { (c: inout JSONCursor) throws(JSONError) in
              claims.append(ClaimID(rawValue: try c.readString()))
            }
          } else if c.key(k, is: "to") {
            assignee = try c.readString()
          } else if c.key(k, is: "verdict") {
            do throws(FieldError) {
              verdict = try Verdict.read(&c)
            } catch {
              failure = FieldError(field: "body.\(error.field)", error.message)
              try c.skipValue()
            }
          } else if c.key(k, is: "note") {
            note = try c.readString()
          } else {
            try c.skipValue()
          }
        }
      } catch {
        if failure == nil { failure = FieldError(field: "body", "invalid review event: \(error.message)") }
      }
    }
    if let failure { throw failure }
    guard let conflict, !conflict.isEmpty else {
      throw FieldError(field: "body.conflict", "missing; expected a conflict id")
    }
    if action == .assigned, assignee == nil { throw FieldError(field: "body.to", "missing; expected the assignee") }
    if action == .resolved, verdict == nil { throw FieldError(field: "body.verdict", "missing") }
    return ReviewEvent(
      seq: entry.seq, at: entry.at, by: by, action: action, conflict: ConflictID(rawValue: conflict), base: base,
      claims: claims, assignee: assignee, verdict: verdict, note: note)
  }
}
