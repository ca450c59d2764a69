import ContestedKit
import Foundation

/// A derived cache: how many leading bytes of the ledger were last verified with SHA-256, and a fast hash of
/// them. If the ledger still starts with exactly those bytes, a reload re-hashes only what follows. Deleting the
/// file is always safe; `contested verify` ignores it and checks everything.
struct VerifiedPrefix: Equatable {
  var bytes: Int
  var hash: UInt64

  static func load(_ path: String) -> VerifiedPrefix? {
    guard let data = try? FileIO.read(path) else { return nil }
    let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
    guard fields.count == 3, fields[0] == "v1", let bytes = Int(fields[1]), bytes >= 0, let hash = UInt64(fields[2], radix: 16)
    else { return nil }
    return VerifiedPrefix(bytes: bytes, hash: hash)
  }

  func save(_ path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    if !FileIO.isDirectory(folder) { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    try? FileIO.writeAtomically(Array("v1 \(bytes) \(String(hash, radix: 16))\n".utf8), to: path)
  }
}
