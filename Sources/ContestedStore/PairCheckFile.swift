import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// File front end of `PairCheck`: maps the claims file, runs the join, writes the pairs atomically.
public enum PairCheckFile {
  /// Why a `check` run failed.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The input could not be opened (missing, unreadable).
    case noInput(String)
    /// A malformed line: `file:line: field: what was expected`.
    case data(String)
    /// Reading or writing failed.
    case io(String)

    /// The message, ready to print.
    public var description: String {
      switch self {
      case .noInput(let m), .data(let m), .io(let m): return m
      }
    }
  }

  /// Reads `inputPath`, writes the sorted pairs to `outputPath` (temp file in the same folder, then rename)
  /// and returns the summary. On any failure the output is left untouched. Messages name the files as
  /// `inputName` / `outputName` (default: the paths), e.g. as the user typed them.
  public static func run(
    inputPath: String, outputPath: String, threads: Int = 2, inputName: String? = nil, outputName: String? = nil
  ) throws -> PairCheck.Summary {
    let inName = inputName ?? inputPath
    let outName = outputName ?? outputPath
    let fd = open(inputPath, O_RDONLY)
    guard fd >= 0 else { throw Failure.noInput("\(inName): cannot open: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw Failure.io("\(inName): cannot stat: \(String(cString: strerror(errno)))") }
    if (st.st_mode & S_IFMT) == S_IFDIR { throw Failure.noInput("\(inName): is a directory") }
    let size = Int(st.st_size)
    // Regular files are mapped; anything else (a pipe, /dev/stdin) is read whole.
    var mapped: UnsafeMutableRawPointer?
    var owned: [UInt8] = []
    if (st.st_mode & S_IFMT) == S_IFREG && size > 0 {
      #if os(Linux)
        // Prefault the whole mapping in one go: far fewer page faults than touching it page by page.
        let flags = MAP_PRIVATE | MAP_POPULATE
      #else
        let flags = MAP_PRIVATE
      #endif
      let p = mmap(nil, size, PROT_READ, flags, fd, 0)
      if let p, p != MAP_FAILED {
        mapped = p
        _ = madvise(p, size, MADV_SEQUENTIAL)
      }
    }
    defer { if let mapped { munmap(mapped, size) } }
    if mapped == nil && !((st.st_mode & S_IFMT) == S_IFREG && size == 0) {
      owned = try readAll(fd, path: inName)
    }

    let directory = (outputPath as NSString).deletingLastPathComponent
    let name = (outputPath as NSString).lastPathComponent
    let tempPath = (directory.isEmpty ? "" : directory + "/") + ".\(name).tmp-\(getpid())"
    let out = open(tempPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard out >= 0 else {
      throw Failure.io("\(outName): cannot create \(tempPath): \(String(cString: strerror(errno)))")
    }
    FileIO.keepMode(of: outputPath, on: out)
    var committed = false
    defer {
      if !committed { unlink(tempPath) }
    }
    let summary: PairCheck.Summary
    do {
      let emit: (UnsafeRawBufferPointer) throws -> Void = { chunk in try writeAll(out, chunk, path: outName) }
      if let mapped {
        summary = try PairCheck.run(UnsafeRawBufferPointer(start: mapped, count: size), threads: threads, emit: emit)
      } else {
        summary = try owned.withUnsafeBytes { try PairCheck.run($0, threads: threads, emit: emit) }
      }
    } catch let failure as PairCheck.Failure {
      close(out)
      throw Failure.data("\(inName):\(failure.line): \(failure.field): \(failure.expected)")
    } catch {
      close(out)
      throw error
    }
    guard close(out) == 0 else { throw Failure.io("\(outName): close failed: \(String(cString: strerror(errno)))") }
    guard rename(tempPath, outputPath) == 0 else {
      throw Failure.io("\(outName): cannot rename the temporary file: \(String(cString: strerror(errno)))")
    }
    committed = true
    return summary
  }

  static func readAll(_ fd: Int32, path: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure.io("\(path): read failed: \(String(cString: strerror(errno)))")
      }
      if n == 0 { break }
      bytes.append(contentsOf: buffer[0..<n])
    }
    return bytes
  }

  static func writeAll(_ fd: Int32, _ chunk: UnsafeRawBufferPointer, path: String) throws {
    var offset = 0
    while offset < chunk.count {
      let n = write(fd, chunk.baseAddress! + offset, chunk.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        throw Failure.io("\(path): write failed: \(String(cString: strerror(errno)))")
      }
      offset += n
    }
  }
}
