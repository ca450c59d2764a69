import ContestedKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command may write an output file (`--out`, `check --pairs`): never onto one of a workspace's own
/// files (the ledger, settings, places, actors, stored articles, torn lines, caches, compaction records) and
/// never onto a file the command reads (also through another name: a hard or symbolic link). Outputs are replaced
/// by rename, so a link at the output path is itself replaced and never writes through to what it points at.
/// Every output path goes through ``check(_:name:inputs:)`` before it is written.
public enum OutputTarget {
  /// Files at the top of a workspace folder that belong to the workspace.
  public static let workspaceFiles: Set<String> = [
    "ledger.jsonl", "contested.json", "places.tsv", "actors.tsv", "geonames-places.tsv", "ledger.lock-info",
  ]
  /// Folders inside a workspace whose files belong to the workspace.
  public static let workspaceFolders: Set<String> = ["articles", "torn", "cache", "compacted"]

  /// A refused output path.
  public struct Refusal: Error, LocalizedError, ClassifiedError, Equatable {
    /// The message, naming the path and what to do.
    public var message: String
    public var errorDescription: String? { message }
    public var failureClass: FailureClass { .usage }
  }

  /// Throws ``Refusal`` when writing `path` (shown as `name`) would replace a workspace file or one of `inputs`.
  public static func check(_ path: String, name: String, inputs: [String] = []) throws {
    if let reason = refusal(path, inputs: inputs) {
      throw Refusal(message: "\(name): \(reason); choose an output file outside the workspace's own files.")
    }
  }

  /// Why `path` may not be written, or nil.
  static func refusal(_ path: String, inputs: [String]) -> String? {
    let target = canonical(path)
    let targetID = identity(path)
    for input in inputs {
      if canonical(input) == target || (targetID != nil && identity(input) == targetID) {
        return "is also an input of this command (it would be overwritten while it is read)"
      }
    }
    let folder = (target as NSString).deletingLastPathComponent
    let file = (target as NSString).lastPathComponent
    if isWorkspace(folder), workspaceFiles.contains(file) || workspaceFolders.contains(file) {
      return "is the workspace's own \(file) in \(folder)"
    }
    // Anywhere below articles/, torn/, cache/ or compacted/ of a workspace.
    var inner = folder
    while inner != "/" && !inner.isEmpty {
      let parent = (inner as NSString).deletingLastPathComponent
      if workspaceFolders.contains((inner as NSString).lastPathComponent), isWorkspace(parent) {
        return "is inside the workspace's own \((inner as NSString).lastPathComponent)/ folder in \(parent)"
      }
      if parent == inner { break }
      inner = parent
    }
    return nil
  }

  /// Whether `folder` holds a workspace (a `ledger.jsonl`).
  static func isWorkspace(_ folder: String) -> Bool {
    FileIO.exists((folder as NSString).appendingPathComponent("ledger.jsonl"))
  }

  /// The absolute path with `.`/`..` and symbolic links in its folder resolved (the file itself may not exist).
  static func canonical(_ path: String) -> String {
    let standard = (path as NSString).standardizingPath
    let folder = (standard as NSString).deletingLastPathComponent
    let name = (standard as NSString).lastPathComponent
    guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return standard }
    defer { free(real) }
    return (String(cString: real) as NSString).appendingPathComponent(name)
  }

  /// Device and inode of an existing file (following links).
  static func identity(_ path: String) -> [UInt64]? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return [UInt64(st.st_dev), UInt64(st.st_ino)]
  }
}
