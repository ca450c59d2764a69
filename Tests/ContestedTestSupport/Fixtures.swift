import Foundation

/// Paths to the package's own files and to the shared development material, found from `#filePath`.
public enum TestPaths {
  /// The package root (this file is `Tests/ContestedTestSupport/Fixtures.swift`).
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  public static let fixtures: URL = packageRoot.appendingPathComponent("Fixtures")

  /// `../shared` beside the package checkout; absent in a user's clone.
  public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

  public static var hasShared: Bool {
    FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path)
  }
}
