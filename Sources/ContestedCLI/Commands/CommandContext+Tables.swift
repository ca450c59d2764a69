import ContestedKit
import Foundation

extension CommandContext {
  /// The width tables are fitted into: none with `--wide`; else `$COLUMNS` when it is a positive number; else the
  /// terminal's width (TIOCGWINSZ on stdout); else 100 (output to a file or a pipe).
  func tableWidth(_ args: ParsedArguments) -> Int? {
    if args.flag("--wide") { return nil }
    if let text = environment["COLUMNS"], let n = Int(text.trimmingCharacters(in: .whitespaces)), n > 0 {
      return max(n, 20)
    }
    return io.columns ?? 100
  }

  /// Bold headings on a colour terminal, plain text otherwise.
  var boldHeading: (String) -> String { useColor ? { "\u{1B}[1m\($0)\u{1B}[0m" } : { $0 } }
}

extension OptionSpec {
  /// `--wide`, for commands that print tables.
  static let wide = OptionSpec.flag(
    "--wide", help: "Do not fit the table to the terminal ($COLUMNS or its width): show every cell whole.")
}
