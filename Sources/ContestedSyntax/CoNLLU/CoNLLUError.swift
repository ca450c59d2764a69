/// A CoNLL-U file that cannot be read: where, which column, and what to fix.
public struct CoNLLUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file's name as given to the reader.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The column (`ID`, `HEAD`, …) or `line`.
  public var field: String
  /// What is wrong and how to fix it.
  public var reason: String

  /// The message: `file:line: FIELD: reason`.
  public var description: String { "\(file):\(line): \(field): \(reason)" }
}
