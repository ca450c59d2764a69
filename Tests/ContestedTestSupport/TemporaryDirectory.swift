import Foundation

/// A fresh folder under the system temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
  // @unchecked: `path` is immutable after init.
  /// The folder's absolute path.
  public let path: String

  /// Creates the folder.
  public init(_ label: String = "test") {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("contested-\(label)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// `path/name`.
  public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  /// Writes text to `path/name` and returns the full path.
  @discardableResult
  public func write(_ name: String, _ text: String) -> String {
    let p = file(name)
    _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
    return p
  }

  /// Writes bytes to `path/name` and returns the full path.
  @discardableResult
  public func write(_ name: String, bytes: [UInt8]) -> String {
    let p = file(name)
    _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
    return p
  }

  /// The bytes of `path/name` (empty when missing).
  public func bytes(_ name: String) -> [UInt8] {
    (try? Data(contentsOf: URL(fileURLWithPath: file(name)))).map { [UInt8]($0) } ?? []
  }
}
