import Foundation

extension FileIO {
  /// Creates a folder and any missing parents (no error when it exists).
  public static func createDirectory(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }
}
