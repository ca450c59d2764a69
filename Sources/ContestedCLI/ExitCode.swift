/// The exit codes of `contested`, in the sysexits tradition (see `man sysexits` and docs/cli.md).
public enum ExitCode: Int32, CaseIterable, Sendable {
  /// Success.
  case ok = 0
  /// Findings the user asked to fail on (`report --fail-on-open`, `check --fail-on-pairs`).
  case findings = 1
  /// EX_USAGE: the command line is wrong (unknown option, missing argument, bad value).
  case usage = 64
  /// EX_DATAERR: an input file or the ledger is malformed.
  case dataError = 65
  /// EX_NOINPUT: an input file or the workspace does not exist or cannot be read.
  case noInput = 66
  /// EX_SOFTWARE: an internal error (a bug): please report it.
  case internalError = 70
  /// EX_IOERR: reading or writing failed (disk full, permissions, a lock could not be taken).
  case ioError = 74
  /// EX_TEMPFAIL: the ledger stayed locked by another writer past `--lock-timeout`; try again.
  case tempFail = 75
}
