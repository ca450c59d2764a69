import ContestedKit

/// How much of a ledger something derived from it covers: the complete lines up to a byte offset, and the chain
/// head (the sum of the last of them). A snapshot is keyed by one; it is valid while the ledger still has that head
/// at that offset, and what follows is its tail. (A ledger of several segments extends this with one position per
/// segment; a tail that sorts before the covered events must then force a rebuild.)
public struct LedgerPosition: Sendable, Equatable {
  /// Complete lines covered.
  public var lineCount: Int
  /// Bytes of those lines.
  public var byteCount: Int
  /// The sum of the last covered line (64 hex digits), or the genesis value for none.
  public var headSum: String

  /// A position.
  public init(lineCount: Int, byteCount: Int, headSum: String) {
    self.lineCount = lineCount
    self.byteCount = byteCount
    self.headSum = headSum
  }

  /// Where a read of the whole ledger ended.
  public init(_ summary: Ledger.Summary) {
    self.init(lineCount: summary.lineCount, byteCount: summary.byteCount, headSum: summary.headSum)
  }

  func write(to w: inout SnapshotWriter) {
    w.uint(lineCount)
    w.uint(byteCount)
    w.string(headSum)
  }

  static func read(_ r: inout SnapshotReader) throws(SnapshotReader.Damage) -> LedgerPosition {
    LedgerPosition(lineCount: try r.uint(), byteCount: try r.uint(), headSum: try r.string())
  }
}
