import ContestedKit
import Foundation

/// A derived cache: how many leading bytes of the ledger were last verified with SHA-256 (or written by contested
/// itself, which hashed them), and a fast hash of them. If the ledger still starts with exactly those bytes, a
/// reload re-hashes only what follows. Deleting the file is always safe; `contested verify` ignores it and checks
/// everything.
struct VerifiedPrefix {
  var bytes: Int
  /// The fast hasher after absorbing the prefix (saved whole, so an append can extend it).
  var hasher: FastHash64

  var hash: UInt64 { hasher.value() }

  static func load(_ path: String) -> VerifiedPrefix? {
    guard let data = try? FileIO.read(path) else { return nil }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard text.hasPrefix("v2 ") else { return nil }
    let rest = text.dropFirst(3)
    guard let space = rest.firstIndex(of: " "), let bytes = Int(rest[..<space]), bytes >= 0,
      let hasher = FastHash64(savedState: rest[rest.index(after: space)...])
    else { return nil }
    return VerifiedPrefix(bytes: bytes, hasher: hasher)
  }

  func save(_ path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    if !FileIO.isDirectory(folder) {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
    try? FileIO.writeAtomically(Array("v2 \(bytes) \(hasher.savedState)\n".utf8), to: path)
  }
}
