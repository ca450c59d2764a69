import ContestedKit
import ContestedStore
import Foundation

/// `contested digest`: the Markdown digest of a period for editors.
struct DigestCommand: Command {
  static let name = "digest"
  static let abstract =
    "Write a Markdown digest of a period: counts, open conflicts, verdicts, timelines, sources."
  static let usage = "contested digest [--since DATE] [--until DATE] [--out FILE]"
  static let options: [OptionSpec] = [
    .value(
      "--since", valueName: "DATE",
      help: "First day of the period, YYYY-MM-DD (default: the start)."),
    .value(
      "--until", valueName: "DATE", help: "Last day of the period, YYYY-MM-DD (default: no end)."),
    .value(
      "--out", valueName: "FILE", help: "Write the digest to FILE (atomically) instead of stdout."),
  ]
  static let discussion = """
    The digest holds headline counts; the new and open conflicts by priority, each side with its claims'
    quotes, claimants, outlets and dates; the verdicts reached with their rationale; a timeline per contested
    place; and the source track record. It renders on GitHub and reads as plain text. Every text from an
    article or a user is escaped, so no quote can change the layout or inject Markdown or HTML
    (docs/formats.md).
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let since = try args.day("--since")
    let until = try args.day("--until")
    if let since, let until, until < since {
      throw CLIError.usage("--until \(until.iso) is before --since \(since.iso).")
    }
    let out = OutputSession.load
    let digest = try out(context).digest(since: since, until: until, context: context)
    try OutputSession.emit(
      DigestRenderer.render(digest), out: args.value("--out"), context: context, what: "digest")
    return .ok
  }
}
