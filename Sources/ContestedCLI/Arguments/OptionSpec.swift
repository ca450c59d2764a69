/// One option a command accepts: a flag (`--fail-on-open`) or an option with a value (`--format json`).
public struct OptionSpec: Sendable {
  /// The long name, with its dashes: `--format`.
  public var name: String
  /// An optional one-letter alias: `-o`.
  public var short: Character?
  /// For valued options, the placeholder in help (`FORMAT`); nil for flags.
  public var valueName: String?
  /// One line of help.
  public var help: String
  /// Whether the option may be given more than once (values accumulate).
  public var isRepeatable: Bool

  /// Whether this option takes a value.
  public var takesValue: Bool { valueName != nil }

  /// A boolean flag.
  public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, short: short, valueName: nil, help: help, isRepeatable: false)
  }

  /// An option that takes a value.
  public static func value(
    _ name: String, short: Character? = nil, valueName: String, help: String, repeatable: Bool = false
  ) -> OptionSpec {
    OptionSpec(name: name, short: short, valueName: valueName, help: help, isRepeatable: repeatable)
  }

  /// `--lock-timeout SECONDS`, accepted by every command (only writers wait for the lock).
  static let lockTimeout = OptionSpec.value(
    "--lock-timeout", valueName: "SECONDS",
    help: "Wait at most this long for another writer's lock (default 60, or $CONTESTED_LOCK_TIMEOUT; 0: no wait).")

  /// `--workspace DIR`, accepted by every command.
  static let quiet = OptionSpec.flag("--quiet", help: "Show no progress on stderr (it is shown only on a terminal).")

  static let workspace = OptionSpec.value(
    "--workspace", valueName: "DIR",
    help: "Use the workspace in DIR (default: $CONTESTED_WORKSPACE, else the current folder).")

  /// `-h, --help`, accepted by every command.
  static let help = OptionSpec.flag("--help", short: "h", help: "Show help for this command.")
}
