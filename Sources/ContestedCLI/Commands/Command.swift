import ContestedKit

/// A `contested` command (or subcommand): its name, help and behaviour.
///
/// Commands parse nothing themselves: the tool scans the arguments against `options` and hands over
/// a ``ParsedArguments``. `--help` and `--workspace` are accepted by every command automatically.
public protocol Command {
  /// The word that selects the command (`report`; for a subcommand, `search`).
  static var name: String { get }
  /// One line, ending with a period.
  static var abstract: String { get }
  /// The usage line: `contested report [options]`.
  static var usage: String { get }
  /// Extra help text after the options (examples, notes). Default: none.
  static var discussion: String { get }
  /// Flags and valued options. Default: none.
  static var options: [OptionSpec] { get }
  /// For a group command such as `places`: its subcommands. Default: none.
  static var subcommands: [any Command.Type] { get }
  /// Runs the command.
  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode
}

extension Command {
  public static var discussion: String { "" }
  public static var options: [OptionSpec] { [] }
  public static var subcommands: [any Command.Type] { [] }
}
