import Foundation

/// One event in a workspace ledger: what happened (`type`), when, by whom, and its JSON body.
public struct LedgerEntry: Sendable, Equatable {
  /// 1-based position in the ledger (line number).
  public var seq: Int
  /// When it was recorded, ISO-8601 UTC (`2026-11-22T04:52:01Z`).
  public var at: String
  /// Who recorded it (reviewer name), when known.
  public var by: String?
  /// The event type: `claim.added`, `claim.status`, `review.resolved`, … (docs/formats.md).
  public var type: String
  /// The batch an import belongs to; a batch counts only once its `batch.commit` is in the ledger.
  public var txn: String?
  /// The event's body: one JSON object, compact UTF-8.
  public var body: [UInt8]

  /// An entry; `seq` is assigned when it is appended.
  public init(seq: Int = 0, at: String, by: String? = nil, type: String, txn: String? = nil, body: [UInt8]) {
    self.seq = seq
    self.at = at
    self.by = by
    self.type = type
    self.txn = txn
    self.body = body
  }

  /// The body as text.
  public var bodyString: String { String(decoding: body, as: UTF8.self) }
}

/// The event types this version writes and understands.
public enum LedgerEventType {
  /// The first line of every ledger: `{"schema":1,"tool":"contested 0.1.0"}`.
  public static let created = "ledger.created"
  /// A claim enters the ledger: `{"claim":{…}}`.
  public static let claimAdded = "claim.added"
  /// A claim's status changes: `{"id":"…","status":"accepted","note":"…"}`.
  public static let claimStatus = "claim.status"
  /// A claim's fields change: `{"id":"…","claim":{…the whole new claim…}}`.
  public static let claimEdited = "claim.edited"
  /// Closes an import batch: `{"batch":"…","count":N}`.
  public static let batchCommit = "batch.commit"
  /// An article was stored: `{"id":"…","outlet":"…","published":"…","url":"…","bytes":N,"claims":N}`.
  public static let articleStored = "article.stored"
}

/// Formats instants as ISO-8601 UTC without Foundation's formatters (pure and fast).
public enum Timestamp {
  /// `2026-11-22T04:52:01Z`.
  public static func iso(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rest = seconds - days * 86400
    let day = Day(ordinal: Int32(days))
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "\(day.iso)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
  }

  /// The calendar day of a timestamp written by ``iso(_:)``.
  public static func day(of timestamp: String) -> Day? {
    Day(iso: timestamp.prefix(10))
  }
}
