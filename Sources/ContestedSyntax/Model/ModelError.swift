/// A model file that cannot be used.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Not a contested syntax model at all.
  case notAModel
  /// A version this build cannot read.
  case unsupportedVersion(UInt32)
  /// The bytes end before the model does.
  case truncated(offset: Int, what: String)
  /// A value out of range.
  case invalid(offset: Int, what: String)
  /// The checksum at the end does not match.
  case checksumMismatch

  /// What is wrong and how to fix it.
  public var description: String {
    switch self {
    case .notAModel: return "not a contested syntax model (bad magic bytes); retrain with contested-train"
    case .unsupportedVersion(let v):
      return "model format version \(v) is not supported by this build (it reads \(ModelCodec.version)); retrain"
    case .truncated(let o, let what): return "model truncated at byte \(o) while reading \(what); copy it again"
    case .invalid(let o, let what): return "model damaged at byte \(o): \(what); copy it again or retrain"
    case .checksumMismatch: return "model checksum mismatch (the file is damaged); copy it again or retrain"
    }
  }
}
