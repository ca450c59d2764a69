import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a writer waits for the ledger's lock.
public struct LockWait: Sendable {
  /// The default wait, in seconds (docs/cli.md, `--lock-timeout`).
  public static let defaultTimeout = 60.0
  /// Give up after this many seconds (0: do not wait at all).
  public var timeout: Double
  /// Told once, after a second of waiting, who holds the lock.
  public var notify: (@Sendable (String) -> Void)?

  /// A wait of `timeout` seconds.
  public init(timeout: Double = LockWait.defaultTimeout, notify: (@Sendable (String) -> Void)? = nil) {
    self.timeout = timeout
    self.notify = notify
  }
}

extension Ledger {
  /// `ledger.lock-info` beside the ledger: who holds the lock (pid, command, since when), written by each writer
  /// once it has the lock, read by writers that wait. Informational; it is never trusted for safety.
  public var lockInfoPath: String {
    ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("ledger.lock-info")
  }

  /// Opens the ledger for appending and takes its exclusive lock, waiting at most `lockWait.timeout` seconds.
  /// If the file was replaced while this writer waited (`contested compact`), the new file is locked instead.
  /// - Throws: ``LedgerError/lockTimeout(path:holder:seconds:)`` when the wait runs out.
  func openLocked(clock: Date) throws -> Int32 {
    let started = Date()
    var told = false
    while true {
      let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
      guard fd >= 0 else {
        if errno == ENOENT { throw LedgerError.missingWorkspace(path: (path as NSString).deletingLastPathComponent) }
        throw LedgerError.posix(path, "open the ledger for writing")
      }
      var delay: useconds_t = 5_000
      while flock(fd, LOCK_EX | LOCK_NB) != 0 {
        guard errno == EWOULDBLOCK || errno == EINTR else {
          close(fd)
          throw LedgerError.posix(path, "lock the ledger")
        }
        let waited = Date().timeIntervalSince(started)
        if waited >= lockWait.timeout {
          close(fd)
          throw LedgerError.lockTimeout(path: path, holder: lockHolder(), seconds: lockWait.timeout)
        }
        if !told && waited >= 1 {
          told = true
          lockWait.notify?(
            "\(path): waiting for the ledger lock, held by \(lockHolder()) (giving up after \(Self.seconds(lockWait.timeout)); see --lock-timeout)."
          )
        }
        usleep(min(delay, useconds_t(max(1, (lockWait.timeout - waited) * 1_000_000))))
        delay = min(delay * 2, 100_000)
      }
      // Same file as the path names now? A compaction may have renamed it away while we waited.
      var now = stat()
      if stat(path, &now) == 0, Self.identity(fd) == [UInt64(now.st_dev), UInt64(now.st_ino)] {
        writeLockInfo(clock: clock)
        return fd
      }
      flock(fd, LOCK_UN)
      close(fd)
    }
  }

  /// Runs `body` holding the ledger's exclusive lock (the descriptor is open for appending).
  public func withExclusiveLock<T>(clock: Date, _ body: (Int32) throws -> T) throws -> T {
    let fd = try openLocked(clock: clock)
    defer {
      flock(fd, LOCK_UN)
      close(fd)
    }
    return try body(fd)
  }

  private func writeLockInfo(clock: Date) {
    let command = ProcessInfo.processInfo.arguments.map { $0.replacingOccurrences(of: "\n", with: " ") }
    let text = "pid \(getpid())\nsince \(Timestamp.iso(clock))\ncommand \(command.joined(separator: " "))\n"
    let fd = open(lockInfoPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    try? FileIO.writeAll(fd, Array(text.utf8), path: lockInfoPath)
    close(fd)
  }

  /// Who holds the lock, from `ledger.lock-info` when its process is alive: `pid 123 (contested import x.csv,
  /// since …)`, else "another process".
  public func lockHolder() -> String {
    guard let bytes = try? FileIO.read(lockInfoPath) else { return "another process" }
    var fields: [String: String] = [:]
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      guard let space = line.firstIndex(of: " ") else { continue }
      fields[String(line[..<space])] = String(line[line.index(after: space)...])
    }
    guard let pid = fields["pid"].flatMap({ Int32($0) }), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM
    else { return "another process" }
    var text = "pid \(pid)"
    if let c = fields["command"] { text += " (\(c)\(fields["since"].map { ", since \($0)" } ?? ""))" }
    return text
  }

  /// Who holds the lock when another writer holds it right now, else nil (readers use this to tell a live
  /// import from an interrupted one).
  public func activeWriter() -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    if flock(fd, LOCK_SH | LOCK_NB) == 0 {
      flock(fd, LOCK_UN)
      return nil
    }
    return errno == EWOULDBLOCK ? lockHolder() : nil
  }

  static func seconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
  }

  /// Device and inode of an open file.
  static func identity(_ fd: Int32) -> [UInt64] {
    var st = stat()
    guard fstat(fd, &st) == 0 else { return [] }
    return [UInt64(st.st_dev), UInt64(st.st_ino)]
  }

  // MARK: Catching up under the lock

  /// Reads the complete lines written after an earlier read ended (`since`), checking each line's SHA-256, the
  /// chain from `since.headSum` and the sequence numbers, and returns the summary extended to the new end. A
  /// writer calls it holding the lock, so what it decides (a duplicate id, an import already done) counts every
  /// line written before it. Returns nil when the file is no longer the one read (replaced by `compact`, or
  /// shorter): the caller reads it again from the start.
  public func readTail<T>(
    since: Summary, decode: (LedgerEntry) throws -> T, _ visit: (LedgerEntry, T) throws -> Void
  ) throws -> Summary? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw LedgerError.posix(path, "read the ledger") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw LedgerError.posix(path, "read the ledger") }
    guard Self.identity(fd) == since.fileID, Int(st.st_size) >= since.byteCount else { return nil }
    let tail = try readRange(fd, since.byteCount..<Int(st.st_size))
    var summary = since
    var prev = since.headSum
    var start = 0
    while let nl = tail[start...].firstIndex(of: 0x0A) {
      let lineNo = summary.lineCount + 1
      let result = tail.withUnsafeBytes { buf -> Result<LedgerLine.Parsed, LedgerLine.Damage> in
        do throws(LedgerLine.Damage) {
          return .success(try LedgerLine.parse(UnsafeRawBufferPointer(rebasing: buf[start..<nl]), verify: true))
        } catch { return .failure(error) }
      }
      let p: LedgerLine.Parsed
      switch result {
      case .success(let parsed): p = parsed
      case .failure(let d): throw LedgerError.damaged(path: path, line: lineNo, reason: d.description)
      }
      guard p.prev.description == prev else {
        throw LedgerError.damaged(
          path: path, line: lineNo,
          reason: LedgerLine.Damage.brokenChain(expectedPrev: prev, found: p.prev.description).description)
      }
      guard p.entry.seq == lineNo else {
        throw LedgerError.damaged(
          path: path, line: lineNo,
          reason: LedgerLine.Damage.wrongSequence(expected: lineNo, found: p.entry.seq).description)
      }
      let value: T
      do { value = try decode(p.entry) } catch {
        throw LedgerError.damaged(path: path, line: lineNo, reason: "\(error)")
      }
      try visit(p.entry, value)
      prev = p.sum.description
      summary.lineCount = lineNo
      start = nl + 1
    }
    summary.headSum = prev
    summary.byteCount = since.byteCount + start
    return summary
  }

  /// The size in bytes recorded as verified in cache/verified-prefix when the ledger no longer starts with
  /// exactly those bytes (it was cut short or rewritten since), else nil.
  public func changedSinceLastVerified() -> Int? {
    guard let record = VerifiedPrefix.load(verifiedPrefixPath) else { return nil }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { return nil }
    if Int(st.st_size) < record.bytes { return record.bytes }
    var hasher = FastHash64()
    var offset = 0
    var buffer = [UInt8](repeating: 0, count: 4 << 20)
    while offset < record.bytes {
      let want = min(buffer.count, record.bytes - offset)
      let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(offset)) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return record.bytes }
      buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
      offset += n
    }
    return hasher.value() == record.hash ? nil : record.bytes
  }
}

extension Ledger {
  /// The number of the complete line whose recorded sum is `hash` (64 lowercase hex digits), or nil. With the
  /// chain verified, finding a head recorded earlier proves every line up to it unchanged since.
  public func lineNumber(ofSum hash: String) throws -> Int? {
    let needle = Array(",\"sum\":\"\(hash)\"}\n".utf8)
    let bytes = try FileIO.read(path)
    var line = 1
    var start = 0
    while let nl = bytes[start...].firstIndex(of: 0x0A) {
      if nl + 1 - start >= needle.count, bytes[(nl + 1 - needle.count)...nl].elementsEqual(needle) { return line }
      line += 1
      start = nl + 1
    }
    return nil
  }
}
