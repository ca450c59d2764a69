/// The kind of failure an error represents, so the CLI can map it to an exit code without knowing every module.
public enum FailureClass: String, Sendable {
  /// The request itself is wrong (a bad option value, an unknown id).
  case usage
  /// Input data is malformed.
  case data
  /// An input does not exist.
  case noInput
  /// Reading or writing failed.
  case io
  /// The request conflicts with a change someone else made (stale version).
  case conflict
  /// A resource is busy (the ledger's lock); trying again later may succeed.
  case temporary
  /// A bug.
  case `internal`
}

/// An error that says which class of failure it is.
public protocol ClassifiedError: Error {
  /// The class of failure, used to choose the exit code.
  var failureClass: FailureClass { get }
}
