import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The snapshot of derived state in `cache/derived.snapshot` (docs/formats.md, "Snapshot"): a ``DerivedState`` with
/// the ledger position it was built from and the key of everything else it depends on. Derived and never trusted
/// over the ledger: whatever is wrong with it (missing, another format version, a bad checksum, built from a ledger
/// that no longer starts with that position, other inputs) only means it is built again. Only ``Desk`` reads and
/// writes it.
struct Snapshot {
  /// `CTSNAP` and two zero bytes.
  static let magic: [UInt8] = [0x43, 0x54, 0x53, 0x4E, 0x41, 0x50, 0x00, 0x00]
  /// The format version this build writes and reads.
  static let formatVersion: UInt32 = 1

  var position: LedgerPosition
  /// What the state depends on besides the ledger (tool, day, options, input files), as one string.
  var inputs: String
  var state: DerivedState

  /// Why a snapshot was not used.
  enum Unusable: Error, Equatable {
    case missing
    case otherVersion(UInt32)
    case damaged(String)
    case otherInputs
    case ledgerChanged
    case claimsChanged

    /// A phrase for the one-line notice.
    var reason: String {
      switch self {
      case .missing: "there is none yet"
      case .otherVersion(let v): "it has format version \(v), this build reads \(Snapshot.formatVersion)"
      case .damaged(let why): "it is damaged (\(why))"
      case .otherInputs: "it was built for another day, other options or other places, actors or theatres"
      case .ledgerChanged: "the ledger no longer starts with the lines it was built from"
      case .claimsChanged: "claims changed in the ledger since"
      }
    }
  }

  /// The file's bytes: magic, version (little-endian UInt32), SHA-256 of the body, body.
  func encoded() -> [UInt8] {
    var w = SnapshotWriter()
    position.write(to: &w)
    w.string(inputs)
    w.data(state.encoded())
    var out = Self.magic
    withUnsafeBytes(of: Self.formatVersion.littleEndian) { out.append(contentsOf: $0) }
    out.append(contentsOf: SHA256.hash(w.bytes))
    out.append(contentsOf: w.bytes)
    return out
  }

  /// Reads a snapshot file's bytes.
  static func decode(_ bytes: [UInt8]) throws(Unusable) -> Snapshot {
    let head = magic.count + 4 + 32
    guard bytes.count >= magic.count + 4, Array(bytes[0..<magic.count]) == magic else {
      throw .damaged("not a contested snapshot")
    }
    let version = bytes[magic.count..<magic.count + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    guard version == formatVersion else { throw .otherVersion(version) }
    guard bytes.count >= head else { throw .damaged("cut short") }
    let body = bytes[head...]
    guard SHA256.hash(Array(body)) == Array(bytes[(head - 32)..<head]) else { throw .damaged("checksum mismatch") }
    let read: Result<Snapshot, SnapshotReader.Damage> = body.withUnsafeBytes { buf in
      do throws(SnapshotReader.Damage) {
        var r = SnapshotReader(buf)
        let position = try LedgerPosition.read(&r)
        let inputs = try r.string()
        let payload = try r.data()
        guard r.atEnd else { throw r.fail("bytes after the payload") }
        let state: Result<DerivedState, SnapshotReader.Damage> = payload.withUnsafeBytes { p in
          do throws(SnapshotReader.Damage) { return .success(try DerivedState(decoding: p)) } catch {
            return .failure(error)
          }
        }
        return .success(Snapshot(position: position, inputs: inputs, state: try state.get()))
      } catch {
        return .failure(error)
      }
    }
    switch read {
    case .success(let snapshot): return snapshot
    case .failure(let damage): throw .damaged(damage.description)
    }
  }

  /// Whether the ledger at `path` still has `position`'s head as the line ending at its offset.
  static func ledger(at path: String, stillHas position: LedgerPosition) -> Bool {
    let needle = Array(",\"sum\":\"\(position.headSum)\"}\n".utf8)
    if position.byteCount == 0 { return position.lineCount == 0 }
    guard position.byteCount >= needle.count, (FileIO.size(path) ?? 0) >= position.byteCount else { return false }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var buf = [UInt8](repeating: 0, count: needle.count)
    let n = buf.withUnsafeMutableBytes {
      pread(fd, $0.baseAddress!, needle.count, off_t(position.byteCount - needle.count))
    }
    return n == needle.count && buf == needle
  }
}
