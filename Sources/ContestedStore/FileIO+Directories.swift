import Foundation

extension FileIO {
  /// Creates a folder and any missing parents (no error when it exists).
  public static func createDirectory(_ path: String) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// The names (not paths) of the entries of `folder` whose names end in `suffix`, sorted; empty when
  /// the folder cannot be read. The one directory listing the commands use.
  public static func names(in folder: String, endingWith suffix: String) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return all.filter { $0.hasSuffix(suffix) }.sorted()
  }
}
