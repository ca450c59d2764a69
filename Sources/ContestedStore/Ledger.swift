import ContestedKit
import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The append-only, hash-chained event log of a workspace (`ledger.jsonl`; docs/formats.md).
///
/// Appends take an exclusive `flock` on the file and `fsync` before returning, so concurrent writers in
/// different processes lose nothing. A torn last line (a crash mid-write) is reported by readers and set
/// aside into `torn/` by the next writer, never silently dropped.
public struct Ledger: Sendable {
  /// The schema this version writes and the highest it reads.
  public static let schemaVersion = 1

  /// Path of `ledger.jsonl`.
  public let path: String
  /// How long a writer waits for the lock, and whom it tells while it waits.
  public var lockWait = LockWait()

  /// A ledger at `path` (not opened until used).
  public init(path: String) { self.path = path }

  /// The verified-prefix cache (derived; safe to delete): `cache/verified-prefix` beside the ledger.
  public var verifiedPrefixPath: String {
    (((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("cache") as NSString)
      .appendingPathComponent("verified-prefix")
  }

  /// Where torn tails are set aside.
  public var tornFolder: String {
    ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("torn")
  }

  // MARK: Reading

  /// An incomplete last line: bytes after the last newline.
  public struct TornTail: Sendable, Equatable {
    /// The line number it would have had.
    public var line: Int
    /// How many bytes it has.
    public var byteCount: Int
  }

  /// What a full read found besides the entries.
  public struct Summary: Sendable {
    /// Complete lines read.
    public var lineCount = 0
    /// The last complete line's sum (the chain head), or the genesis value for an empty ledger.
    public var headSum = LedgerLine.genesis
    /// A torn last line, if any.
    public var tornTail: TornTail?
    /// Bytes of the complete lines (where the next line starts).
    public var byteCount = 0
    /// Device and inode of the file read, so a later catch-up can tell the ledger was replaced (`compact`).
    public var fileID: [UInt64] = []
    /// Set when the ledger no longer starts with the bytes last recorded as verified (cache/verified-prefix):
    /// it was cut short or rewritten since. The recorded size in bytes.
    public var changedSinceVerified: Int?
  }

  /// How much checking a read does.
  public enum Verification: Sendable {
    /// Recompute every line's SHA-256 (`contested verify`).
    case full
    /// Recompute the SHA-256 only of lines after the prefix recorded in the cache file at this path as verified,
    /// after checking with a fast hash that the prefix is byte-for-byte what was verified; refresh the cache.
    case cached(String)
    /// Recompute every SHA-256, then record the whole ledger as verified in the cache file at this path.
    case fullRecording(String)
    /// Check structure and chain links only.
    case none

    /// Where the verified prefix is recorded after the read.
    var recordPath: String? {
      switch self {
      case .cached(let p), .fullRecording(let p): p
      case .full, .none: nil
      }
    }
  }

  /// Reads every complete line in order, checking checksums, the chain and sequence numbers.
  @discardableResult
  public func read(verify: Bool = true, _ visit: (LedgerEntry) throws -> Void) throws -> Summary {
    try read(verification: verify ? .full : .none, decode: { _ in () }, { entry, _ in try visit(entry) })
  }

  /// Reads every complete line in order. Lines are parsed, hashed and passed through `decode` on all cores in
  /// blocks; `visit` then sees each entry with its decoded value, in order, on the calling thread.
  /// - Throws: ``LedgerError/damaged(path:line:reason:)`` at the first damaged complete line (also when `decode`
  ///   throws for it).
  @discardableResult
  public func read<T>(
    verification: Verification, decode: @escaping @Sendable (LedgerEntry) throws -> T,
    _ visit: (LedgerEntry, T) throws -> Void
  ) throws -> Summary {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { throw LedgerError.missingWorkspace(path: (path as NSString).deletingLastPathComponent) }
      throw LedgerError.posix(path, "read the ledger")
    }
    defer { close(fd) }
    var summary = Summary()
    summary.fileID = Self.identity(fd)

    // A prefix already verified with SHA-256 (cache/verified-prefix) is not re-hashed with SHA-256. That it is
    // unchanged is checked with the fast hash in the same pass: when the read reaches the end of the prefix, the
    // hash must match, else every line of the prefix is checked with SHA-256 after all (before any result is
    // returned, so damage still stops the read).
    var trustedBytes = 0
    var cacheHasher = FastHash64()
    var pendingCheck: VerifiedPrefix?
    var rechecked = false
    if case .cached(let cachePath) = verification, let cache = VerifiedPrefix.load(cachePath) {
      trustedBytes = cache.bytes
      pendingCheck = cache
    }

    var prevSum = LedgerDigest.genesis
    var carry: [UInt8] = []
    var carryOffset = 0  // file offset of carry[0]
    let blockSize = 8 << 20
    var block = [UInt8](repeating: 0, count: blockSize)
    var eof = false
    var completeBytes = 0
    let slots = ParseSlots<T>()
    while !eof {
      let n = block.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, blockSize) }
      if n < 0 {
        if errno == EINTR { continue }
        throw LedgerError.posix(path, "read the ledger")
      }
      if n == 0 {
        eof = true
      } else {
        carry.append(contentsOf: block[0..<n])
      }
      var starts: [Int] = []
      var ends: [Int] = []
      carry.withUnsafeBytes { buf in
        var i = 0
        let base = buf.baseAddress!.assumingMemoryBound(to: UInt8.self)
        while i < buf.count {
          guard let nl = memchr(base + i, 0x0A, buf.count - i) else { break }
          let e = UnsafeRawPointer(nl) - UnsafeRawPointer(base)
          starts.append(i)
          ends.append(e)
          i = e + 1
        }
      }
      guard !starts.isEmpty else { continue }
      let firstLine = summary.lineCount + 1
      let verifyFrom: Int  // index of the first line that must be SHA-checked
      switch verification {
      case .full, .fullRecording: verifyFrom = 0
      case .none: verifyFrom = starts.count
      case .cached:
        verifyFrom = starts.firstIndex(where: { carryOffset + $0 >= trustedBytes }) ?? starts.count
      }
      slots.parse(carry, starts: starts, ends: ends, verifyFrom: verifyFrom, decode: decode)
      for k in 0..<starts.count {
        let lineNo = firstLine + k
        let (p, value): (LedgerLine.Parsed, T)
        switch slots.take(k) {
        case .success(let v): (p, value) = v
        case .failure(let failure):
          let reason: String
          switch failure {
          case .damage(let d): reason = ends[k] == starts[k] ? "empty line" : d.description
          case .body(let m): reason = m
          }
          throw LedgerError.damaged(path: path, line: lineNo, reason: reason)
        }
        if p.prev != prevSum {
          throw LedgerError.damaged(
            path: path, line: lineNo,
            reason: LedgerLine.Damage.brokenChain(expectedPrev: prevSum.description, found: p.prev.description)
              .description)
        }
        if p.entry.seq != lineNo {
          throw LedgerError.damaged(
            path: path, line: lineNo,
            reason: LedgerLine.Damage.wrongSequence(expected: lineNo, found: p.entry.seq).description)
        }
        if lineNo == 1 { try checkHeader(p.entry) }
        prevSum = p.sum
        try visit(p.entry, value)
      }
      summary.lineCount += starts.count
      let consumed = ends.last! + 1
      if verification.recordPath != nil {
        var prefixChanged = false
        carry.withUnsafeBytes { buf in
          var from = 0
          if let check = pendingCheck, carryOffset + consumed >= check.bytes {
            let cut = check.bytes - carryOffset
            cacheHasher.update(UnsafeRawBufferPointer(rebasing: buf[0..<cut]))
            prefixChanged = cacheHasher.value() != check.hash
            pendingCheck = nil
            from = cut
          }
          cacheHasher.update(UnsafeRawBufferPointer(rebasing: buf[from..<consumed]))
        }
        if prefixChanged {
          try verifyChecksums(fd, linesStartingBefore: trustedBytes)
          rechecked = true
          summary.changedSinceVerified = trustedBytes
        }
      }
      carry.removeSubrange(0..<consumed)
      carryOffset += consumed
      completeBytes = carryOffset
    }
    // The ledger ended inside the recorded prefix: it was cut or rewritten since.
    if pendingCheck != nil {
      try verifyChecksums(fd, linesStartingBefore: completeBytes)
      rechecked = true
      summary.changedSinceVerified = trustedBytes
    }
    summary.headSum = prevSum.description
    summary.byteCount = completeBytes
    if !carry.isEmpty { summary.tornTail = TornTail(line: summary.lineCount + 1, byteCount: carry.count) }
    // A cut or rewritten ledger keeps its old record, so every command warns until `verify` (or `compact`)
    // records the ledger as it is now.
    let keepRecord: Bool
    if case .cached = verification { keepRecord = summary.changedSinceVerified != nil } else { keepRecord = false }
    if let cachePath = verification.recordPath, !keepRecord, completeBytes != trustedBytes || rechecked {
      VerifiedPrefix(bytes: completeBytes, hasher: cacheHasher).save(cachePath)
    }
    return summary
  }

  /// Checks the SHA-256 of every complete line that starts before `limit` (a recorded prefix turned out to have
  /// changed); throws at the first damaged one.
  private func verifyChecksums(_ fd: Int32, linesStartingBefore limit: Int) throws {
    var offset = 0
    var line = 1
    var carry: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 8 << 20)
    while offset < limit {
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(offset + carry.count)) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { throw LedgerError.posix(path, "read the ledger") }
      if n == 0 { return }
      carry.append(contentsOf: buffer[0..<n])
      var start = 0
      while offset + start < limit, let nl = carry[start...].firstIndex(of: 0x0A) {
        let damage: LedgerLine.Damage? = carry.withUnsafeBytes { buf in
          do throws(LedgerLine.Damage) {
            _ = try LedgerLine.verifyChecksum(UnsafeRawBufferPointer(rebasing: buf[start..<nl]))
            return nil
          } catch {
            return error
          }
        }
        if let damage { throw LedgerError.damaged(path: path, line: line, reason: damage.description) }
        line += 1
        start = nl + 1
      }
      carry.removeSubrange(0..<start)
      offset += start
    }
  }

  /// Per-line results of one block, parsed on all cores; reused from block to block so its memory is touched once.
  private final class ParseSlots<T>: @unchecked Sendable {
    private var results = UnsafeMutableBufferPointer<Result<(LedgerLine.Parsed, T), LineFailure>?>.allocate(capacity: 0)

    deinit {
      results.deinitialize()
      results.deallocate()
    }

    /// Parses (and decodes) every line of the block; line `k` is `bytes[starts[k]..<ends[k]]`.
    func parse(
      _ bytes: [UInt8], starts: [Int], ends: [Int], verifyFrom: Int,
      decode: @escaping @Sendable (LedgerEntry) throws -> T
    ) {
      let count = starts.count
      if results.count < count {
        results.deinitialize()
        results.deallocate()
        results = .allocate(capacity: count + count / 4)
        results.initialize(repeating: nil)
      }
      let workers = count >= 1024 ? min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
      bytes.withUnsafeBytes { raw in
        // Each worker writes only its own slots of `results`; the buffers outlive the concurrentPerform.
        nonisolated(unsafe) let buf = raw
        nonisolated(unsafe) let results = results
        let work: @Sendable (Int) -> Void = { (w: Int) in
          var k = w * count / workers
          let stop = (w + 1) * count / workers
          while k < stop {
            let line = UnsafeRawBufferPointer(rebasing: buf[starts[k]..<ends[k]])
            do throws(LedgerLine.Damage) {
              let parsed = try LedgerLine.parse(line, verify: k >= verifyFrom)
              do {
                results[k] = .success((parsed, try decode(parsed.entry)))
              } catch {
                results[k] = .failure(.body("\(error)"))
              }
            } catch {
              results[k] = .failure(.damage(error))
            }
            k += 1
          }
        }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
      }
    }

    /// Moves line `k`'s result out (the slot is left empty).
    func take(_ k: Int) -> Result<(LedgerLine.Parsed, T), LineFailure> {
      var r: Result<(LedgerLine.Parsed, T), LineFailure>? = nil
      swap(&r, &results[k])
      return r!
    }
  }

  enum LineFailure: Error {
    case damage(LedgerLine.Damage)
    case body(String)
  }

  private func checkHeader(_ entry: LedgerEntry) throws {
    guard entry.type == LedgerEventType.created else {
      throw LedgerError.damaged(
        path: path, line: 1, reason: "the first line must be a \(LedgerEventType.created) event, found \(entry.type)")
    }
    var schema = 1
    entry.body.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      try? c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
        if c.key(k, is: "schema") { schema = try c.readInt() } else { try c.skipValue() }
      }
    }
    if schema > Self.schemaVersion {
      throw LedgerError.unsupportedSchema(path: path, found: schema, highestSupported: Self.schemaVersion)
    }
  }

  // MARK: Writing

  /// What an append did besides appending.
  public struct AppendOutcome: Sendable {
    /// The entries as written, with their sequence numbers.
    public var entries: [LedgerEntry]
    /// Where a torn last line found before appending was set aside, and which line it was.
    public var setAside: (line: Int, path: String)?
  }

  /// Creates a new ledger with its header line. Fails if one exists. The file appears complete or not at all: the
  /// header is written and synced to a temporary file, then linked into place (which fails if a ledger exists).
  public static func create(at path: String, header: LedgerEntry) throws -> Ledger {
    let folder = (path as NSString).deletingLastPathComponent
    if FileIO.exists(path) { throw LedgerError.alreadyInitialized(path: folder) }
    let tmp = (folder as NSString).appendingPathComponent(
      ".ledger.jsonl.init-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw LedgerError.posix(path, "create the ledger") }
    defer { unlink(tmp) }
    var h = header
    h.seq = 1
    let (line, _) = LedgerLine.encode(h, prev: LedgerLine.genesis)
    do {
      try FileIO.writeAll(fd, line, path: path)
      guard fsync(fd) == 0 else { throw LedgerError.posix(path, "sync the ledger") }
    } catch {
      close(fd)
      throw error
    }
    close(fd)
    guard link(tmp, path) == 0 else {
      if errno == EEXIST { throw LedgerError.alreadyInitialized(path: folder) }
      throw LedgerError.posix(path, "create the ledger")
    }
    FileIO.syncFolder(folder)
    let ledger = Ledger(path: path)
    // Start the verified-prefix record with the line just written, so appends can extend it.
    var hasher = FastHash64()
    line.withUnsafeBytes { hasher.update($0) }
    VerifiedPrefix(bytes: line.count, hasher: hasher).save(ledger.verifiedPrefixPath)
    return ledger
  }

  /// Appends entries atomically with respect to other writers: exclusive lock, chain from the current head,
  /// one write, fsync. Sequence numbers are assigned here.
  ///
  /// `prepare` runs under the lock with the ledger's current line count, so a caller can check
  /// preconditions (e.g. a conflict's version) against the latest state without a race; returning
  /// nil from it appends nothing.
  @discardableResult
  public func append(
    _ entries: [LedgerEntry], clock: Date, prepare: ((Int) throws -> [LedgerEntry]?)? = nil
  ) throws -> AppendOutcome {
    try appendCore(clock: clock) { lineCount in
      var toWrite = entries
      if let prepare {
        guard let prepared = try prepare(lineCount) else { return nil }
        toWrite = prepared
      }
      return Self.plan(count: toWrite.count, collect: true, entry: { [toWrite] i in toWrite[i] })
    }
  }

  /// Appends `count` entries produced on demand by `entry(i)` (called in parallel, possibly more than once), under
  /// the same lock and durability rules as ``append(_:clock:prepare:)``. For large imports: nothing is
  /// materialised all at once, and the outcome lists no entries.
  @discardableResult
  public func append(count: Int, clock: Date, entry: @escaping @Sendable (Int) -> LedgerEntry) throws -> AppendOutcome {
    try appendCore(clock: clock) { _ in Self.plan(count: count, collect: false, entry: entry) }
  }

  /// Appends `count` lines prepared on demand by `line(i, seq)` (called in parallel, exactly once each), under
  /// the same lock and durability rules as ``append(_:clock:prepare:)``. The fastest way in: each line is
  /// encoded straight from the caller's values (see ``LedgerLine/prepareClaimAdded(seq:at:by:txn:claim:)``).
  public func append(
    count: Int, clock: Date, line: @escaping @Sendable (_ index: Int, _ seq: Int) -> LedgerLine.Prepared
  ) throws -> AppendOutcome {
    try appendCore(clock: clock) { _ in (count, line, nil) }
  }

  private typealias Plan = (
    count: Int, line: @Sendable (Int, Int) -> LedgerLine.Prepared, collect: (@Sendable (Int, Int) -> LedgerEntry)?
  )

  private static func plan(count: Int, collect: Bool, entry: @escaping @Sendable (Int) -> LedgerEntry) -> Plan {
    let numbered: @Sendable (Int, Int) -> LedgerEntry = { i, seq in
      var e = entry(i)
      e.seq = seq
      return e
    }
    return (count, { i, seq in LedgerLine.prepare(numbered(i, seq)) }, collect ? numbered : nil)
  }

  /// Appends lines prepared on demand, like ``append(count:clock:line:)``, where `prepare` decides under the lock,
  /// from the ledger's current line count, how many lines and which (nil: append nothing). An import uses it to
  /// skip claims another writer added while it parsed.
  public func append(
    clock: Date,
    prepare: (_ lineCount: Int) throws -> (
      count: Int, line: @Sendable (_ index: Int, _ seq: Int) -> LedgerLine.Prepared
    )?
  ) throws -> AppendOutcome {
    try appendCore(clock: clock) { lineCount in
      guard let p = try prepare(lineCount) else { return nil }
      return (p.count, p.line, nil)
    }
  }

  private func appendCore(clock: Date, plan: (Int) throws -> Plan?) throws -> AppendOutcome {
    let fd = try openLocked(clock: clock)
    defer {
      flock(fd, LOCK_UN)
      close(fd)
    }

    var st = stat()
    guard fstat(fd, &st) == 0 else { throw LedgerError.posix(path, "stat the ledger") }
    var size = Int(st.st_size)
    var outcome = AppendOutcome(entries: [], setAside: nil)

    // 1. A torn tail: set it aside, then cut the file back to its last complete line.
    if size > 0, try byte(fd, at: size - 1) != 0x0A {
      let lastNewline = try lastNewline(fd, before: size)
      let tornStart = lastNewline + 1
      let torn = try readRange(fd, tornStart..<size)
      let completeLines = try countLines(fd, upTo: tornStart)
      let aside = try setAside(torn, line: completeLines + 1, clock: clock)
      guard ftruncate(fd, off_t(tornStart)) == 0, fsync(fd) == 0 else {
        throw LedgerError.posix(path, "cut the torn last line")
      }
      size = tornStart
      outcome.setAside = (completeLines + 1, aside)
    }

    // 2. The head of the chain: the last complete line, which must be intact.
    guard size > 0 else {
      throw LedgerError.damaged(
        path: path, line: 1, reason: "the ledger is empty (it has no header line); run 'contested init' in a new folder"
      )
    }
    let lastStart = try lastNewline(fd, before: size - 1) + 1
    let lastLine = try readRange(fd, lastStart..<(size - 1))
    let lastNumber = try countLines(fd, upTo: size)
    let parsedLast: LedgerLine.Parsed
    let lastResult = lastLine.withUnsafeBytes { buf -> Result<LedgerLine.Parsed, LedgerLine.Damage> in
      do throws(LedgerLine.Damage) { return .success(try LedgerLine.parse(buf, verify: true)) } catch {
        return .failure(error)
      }
    }
    switch lastResult {
    case .success(let p): parsedLast = p
    case .failure(let damage): throw LedgerError.damaged(path: path, line: lastNumber, reason: damage.description)
    }

    // 3. Chain and write: lines are prepared (encoded and hashed up to their chain link) in parallel in
    //    chunks; only the last SHA-256 blocks, which cover `prev`, are computed in sequence.
    guard let planned = try plan(lastNumber) else { return outcome }
    // If everything before the append is recorded as verified, the lines written now (hashed as they are made)
    // extend that record, so the next reload need not hash them again.
    var cache = VerifiedPrefix.load(verifiedPrefixPath)
    if cache?.bytes != size { cache = nil }
    do {
      let (entries, extended) = try writeChained(
        count: planned.count, fd: fd, after: parsedLast, collect: planned.collect, line: planned.line,
        prefixHasher: cache?.hasher)
      outcome.entries = entries
      if let extended, let before = cache {
        VerifiedPrefix(bytes: before.bytes + extended.written, hasher: extended.hasher).save(verifiedPrefixPath)
      }
    } catch {
      // Leave no partial append behind: cut the file back to where it was (we still hold the lock).
      _ = ftruncate(fd, off_t(size))
      _ = fsync(fd)
      throw error
    }
    return outcome
  }

  private func writeChained(
    count: Int, fd: Int32, after head: LedgerLine.Parsed, collect: (@Sendable (Int, Int) -> LedgerEntry)?,
    line: @escaping @Sendable (Int, Int) -> LedgerLine.Prepared, prefixHasher: FastHash64?
  ) throws -> (entries: [LedgerEntry], extended: (hasher: FastHash64, written: Int)?) {
    var prev = head.sum
    let firstSeq = head.entry.seq + 1
    let chunk = 32_768
    let workers = count >= 2048 ? min(ProcessInfo.processInfo.activeProcessorCount, 8) : 1
    var written: [LedgerEntry] = []
    if collect != nil { written.reserveCapacity(count) }
    var start = 0
    let writer = WriteBehind(fd: fd, path: path, hasher: prefixHasher)
    while start < count {
      let n = min(chunk, count - start)
      let slots = UnsafeMutableBufferPointer<LedgerLine.Prepared?>.allocate(capacity: n)
      slots.initialize(repeating: nil)
      defer {
        slots.deinitialize()
        slots.deallocate()
      }
      nonisolated(unsafe) let shared = slots
      let base = start
      let parts = (workers == 1 || n < 256) ? 1 : workers
      let work: @Sendable (Int) -> Void = { w in
        var k = w * n / parts
        let stop = (w + 1) * n / parts
        while k < stop {
          shared[k] = line(base + k, firstSeq + base + k)
          k += 1
        }
      }
      if parts == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
      var buffer = writer.take()
      for k in 0..<n {
        prev = slots[k]!.finish(prev: prev, into: &buffer)
        if let collect { written.append(collect(base + k, firstSeq + base + k)) }
      }
      writer.submit(buffer)
      start += n
    }
    let extended = try writer.finish()
    guard fsync(fd) == 0 else { throw LedgerError.posix(path, "sync the ledger") }
    return (written, extended)
  }

  /// Writes chunks of lines in order on a background queue while the caller prepares the next chunk (at most two
  /// buffers in flight, reused), and starts flushing each to disk so the final fsync has little left to do.
  private final class WriteBehind: @unchecked Sendable {
    private let fd: Int32
    private let path: String
    private let queue = DispatchQueue(label: "contested.ledger.write")
    private let flushing = DispatchGroup()
    private let inFlight = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var spare: [[UInt8]] = []
    private var failure: (any Error)?
    /// Absorbs every byte written, when the caller extends a fast hash of the file.
    private var hasher: FastHash64?
    private var written = 0

    init(fd: Int32, path: String, hasher: FastHash64?) {
      self.fd = fd
      self.path = path
      self.hasher = hasher
    }

    /// An empty buffer to fill (waits while two are being written).
    func take() -> [UInt8] {
      inFlight.wait()
      lock.lock()
      defer { lock.unlock() }
      var b = spare.popLast() ?? []
      b.removeAll(keepingCapacity: true)
      return b
    }

    /// Appends `bytes` to the file after everything submitted before.
    func submit(_ bytes: [UInt8]) {
      queue.async { [self] in
        lock.lock()
        let failed = failure != nil
        lock.unlock()
        if !failed {
          do {
            try FileIO.writeAll(fd, bytes, path: path)
            written += bytes.count
            if hasher != nil { bytes.withUnsafeBytes { hasher!.update($0) } }
            // Start writing to disk now; success is still reported only after the caller's final fsync.
            if flushing.wait(timeout: .now()) == .success {
              let fd = self.fd
              DispatchQueue.global().async(group: flushing) { _ = fdatasync(fd) }
            }
          } catch {
            lock.lock()
            failure = error
            lock.unlock()
          }
        }
        lock.lock()
        spare.append(bytes)
        lock.unlock()
        inFlight.signal()
      }
    }

    /// Waits for every write and flush; throws the first write error. Returns the extended hasher, if any.
    func finish() throws -> (hasher: FastHash64, written: Int)? {
      queue.sync {}
      flushing.wait()
      lock.lock()
      defer { lock.unlock() }
      if let failure { throw failure }
      return hasher.map { ($0, written) }
    }
  }

  private func byte(_ fd: Int32, at offset: Int) throws -> UInt8 {
    var b: UInt8 = 0
    guard pread(fd, &b, 1, off_t(offset)) == 1 else { throw LedgerError.posix(path, "read the ledger") }
    return b
  }

  func readRange(_ fd: Int32, _ range: Range<Int>) throws -> [UInt8] {
    var out = [UInt8](repeating: 0, count: range.count)
    var done = 0
    while done < range.count {
      let n = out.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw LedgerError.posix(path, "read the ledger") }
      done += n
    }
    return out
  }

  /// Offset of the last newline strictly before `end`, or -1.
  private func lastNewline(_ fd: Int32, before end: Int) throws -> Int {
    var hi = end
    let chunk = 65536
    while hi > 0 {
      let lo = max(0, hi - chunk)
      let bytes = try readRange(fd, lo..<hi)
      if let i = bytes.lastIndex(of: 0x0A) { return lo + i }
      hi = lo
    }
    return -1
  }

  /// Number of newlines in the first `end` bytes (the complete lines before `end`).
  private func countLines(_ fd: Int32, upTo end: Int) throws -> Int {
    var count = 0
    var offset = 0
    let chunk = 4 << 20
    while offset < end {
      let bytes = try readRange(fd, offset..<min(end, offset + chunk))
      for b in bytes where b == 0x0A { count += 1 }
      offset += bytes.count
    }
    return count
  }

  private func setAside(_ torn: [UInt8], line: Int, clock: Date) throws -> String {
    let folder = tornFolder
    if !FileIO.isDirectory(folder), mkdir(folder, 0o755) != 0, errno != EEXIST {
      throw LedgerError.posix(folder, "create the folder for torn lines")
    }
    let stamp = Timestamp.iso(clock).replacingOccurrences(of: ":", with: "")
    let file = (folder as NSString).appendingPathComponent("ledger-line-\(line)-\(stamp)-\(getpid()).txt")
    try FileIO.writeAtomically(torn, to: file)
    return file
  }
}
