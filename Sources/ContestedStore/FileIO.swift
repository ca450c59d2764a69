import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Small POSIX helpers: whole-file reads, atomic writes, durable appends.
public enum FileIO {
  /// Reads a whole file, or throws `.noInput`-class errors naming the path.
  public static func read(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { throw FileError.missing(path) }
      throw FileError.io(path, "read", String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw FileError.io(path, "read", String(cString: strerror(errno))) }
    if (st.st_mode & S_IFMT) == S_IFDIR { throw FileError.io(path, "read", "it is a folder, not a file") }
    var bytes = [UInt8](repeating: 0, count: max(0, Int(st.st_size)))
    var total = 0
    while true {
      if total == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(65536, bytes.count / 2))) }
      let n = bytes.withUnsafeMutableBytes { buf in Glibc.read(fd, buf.baseAddress! + total, buf.count - total) }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError.io(path, "read", String(cString: strerror(errno)))
      }
      if n == 0 { break }
      total += n
    }
    bytes.removeSubrange(total...)
    return bytes
  }

  /// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename, fsync the folder.
  /// Readers see the old file or the new one, never a part. A file replaced keeps its permission bits.
  public static func writeAtomically(_ bytes: some Collection<UInt8>, to path: String) throws {
    let dir = (path as NSString).deletingLastPathComponent
    let tmp =
      (dir.isEmpty ? "." : dir)
      + "/.\((path as NSString).lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileError.io(path, "write", String(cString: strerror(errno))) }
    do {
      keepMode(of: path, on: fd)
      try writeAll(fd, Array(bytes), path: path)
      guard fsync(fd) == 0 else { throw FileError.io(path, "sync", String(cString: strerror(errno))) }
      close(fd)
    } catch {
      close(fd)
      unlink(tmp)
      throw error
    }
    guard rename(tmp, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(tmp)
      throw FileError.io(path, "write", reason)
    }
    syncFolder(dir.isEmpty ? "." : dir)
  }

  /// Gives the open file `fd` the permission bits of an existing file at `path` (a replacement keeps them).
  public static func keepMode(of path: String, on fd: Int32) {
    var st = stat()
    if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { _ = fchmod(fd, st.st_mode & 0o7777) }
  }

  /// Writes every byte, retrying short writes and EINTR.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    var offset = 0
    try bytes.withUnsafeBytes { buf in
      while offset < buf.count {
        let n = write(fd, buf.baseAddress! + offset, buf.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          throw FileError.io(path, "write", String(cString: strerror(errno)))
        }
        offset += n
      }
    }
  }

  static func syncFolder(_ dir: String) {
    let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }

  /// Whether a file or folder exists at `path`.
  public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  /// The size of a file in bytes, or nil if it cannot be read.
  public static func size(_ path: String) -> Int? {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : nil
  }

  /// Whether `path` is a folder.
  public static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }
}

/// A file could not be read or written.
public enum FileError: Error, LocalizedError, Equatable, ClassifiedError {
  /// The file does not exist.
  case missing(String)
  /// A system call failed.
  case io(String, String, String)

  public var errorDescription: String? {
    switch self {
    case .missing(let p): "\(p): no such file."
    case .io(let p, let op, let reason): "\(p): cannot \(op): \(reason)."
    }
  }

  public var failureClass: FailureClass {
    switch self {
    case .missing: .noInput
    case .io: .io
    }
  }
}
