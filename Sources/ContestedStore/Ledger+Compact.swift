import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension Ledger {
  /// What ``compact(clock:)`` did.
  public struct Compaction: Sendable {
    /// Lines before and after.
    public var linesBefore: Int
    public var linesAfter: Int
    /// The uncommitted import batches whose lines were dropped, with how many lines each had.
    public var dropped: [(batch: String, lines: Int)]
    /// Where the old ledger was kept, and the record of what was dropped.
    public var keptAt: String
    public var recordAt: String
    /// Chain heads before and after.
    public var oldHead: String
    public var newHead: String
  }

  /// Removes the lines of import batches that never committed (an import killed mid-write), holding the lock so no
  /// import is live: every other line is kept in order, renumbered and re-chained; the new ledger is written to a
  /// temporary file, synced and read back with full verification before it replaces the old one, which is kept in
  /// `compacted/` beside a record of what was dropped. Returns nil when there is nothing to drop.
  public func compact(clock: Date) throws -> Compaction? {
    try withExclusiveLock(clock: clock) { _ in
      var entries: [LedgerEntry] = []
      var committed: Set<String> = []
      let before = try read(verify: true) { e in
        entries.append(e)
        if e.type == LedgerEventType.batchCommit, case .batchCommit(let b)? = try? WorkspaceState.decode(e) {
          committed.insert(b)
        }
      }
      var dropped: [String: Int] = [:]
      for e in entries where e.type == LedgerEventType.claimAdded {
        if let txn = e.txn, !committed.contains(txn) { dropped[txn, default: 0] += 1 }
      }
      guard !dropped.isEmpty else { return nil }
      var bytes: [UInt8] = []
      var prev = LedgerLine.genesis
      var seq = 0
      for var e in entries where !(e.type == LedgerEventType.claimAdded && e.txn.map { dropped[$0] != nil } == true) {
        seq += 1
        e.seq = seq
        let (line, sum) = LedgerLine.encode(e, prev: prev)
        bytes += line
        prev = sum
      }
      let folder = (path as NSString).deletingLastPathComponent
      let tmp = (folder as NSString).appendingPathComponent(".ledger.jsonl.compact-\(getpid())")
      try FileIO.writeAtomically(bytes, to: tmp)
      defer { unlink(tmp) }
      let check = try Ledger(path: tmp).read(verify: true) { _ in }
      guard check.lineCount == seq, check.headSum == prev, check.tornTail == nil else {
        throw LedgerError.damaged(path: tmp, line: check.lineCount, reason: "the compacted ledger did not read back")
      }
      let aside = (folder as NSString).appendingPathComponent("compacted")
      if !FileIO.isDirectory(aside), mkdir(aside, 0o755) != 0, errno != EEXIST {
        throw LedgerError.posix(aside, "create the folder for compacted ledgers")
      }
      let stamp = Timestamp.iso(clock).replacingOccurrences(of: ":", with: "")
      let kept = (aside as NSString).appendingPathComponent("ledger-\(stamp)-\(getpid()).jsonl")
      let record = (aside as NSString).appendingPathComponent("dropped-\(stamp)-\(getpid()).json")
      let list = dropped.sorted { $0.key < $1.key }
      var w = JSONWriter()
      w.beginObject()
      w.key("at")
      w.string(Timestamp.iso(clock))
      w.key("old_head")
      w.string(before.headSum)
      w.key("new_head")
      w.string(prev)
      w.key("old_ledger")
      w.string((kept as NSString).lastPathComponent)
      w.key("dropped")
      w.beginArray()
      for (batch, n) in list {
        w.beginObject()
        w.key("batch")
        w.string(batch)
        w.key("lines")
        w.int(n)
        w.endObject()
      }
      w.endArray()
      w.endObject()
      try FileIO.writeAtomically(w.bytes + [0x0A], to: record)
      guard link(path, kept) == 0 else { throw LedgerError.posix(kept, "keep the old ledger") }
      guard rename(tmp, path) == 0 else { throw LedgerError.posix(path, "replace the ledger") }
      FileIO.syncFolder(folder)
      // The verified prefix described the old file; the next read verifies the new one in full.
      unlink(verifiedPrefixPath)
      return Compaction(
        linesBefore: before.lineCount, linesAfter: seq, dropped: list.map { ($0.key, $0.value) }, keptAt: kept,
        recordAt: record, oldHead: before.headSum, newHead: prev)
    }
  }
}
