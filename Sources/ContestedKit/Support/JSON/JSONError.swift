/// A JSON syntax error at a byte offset within the text being read.
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What was expected or found.
  public var message: String
  /// Byte offset of the problem within the input.
  public var offset: Int

  /// An error at `offset`.
  public init(_ message: String, offset: Int) {
    self.message = message
    self.offset = offset
  }

  /// `message (at byte N)`.
  public var description: String { "\(message) (at byte \(offset + 1))" }
}
