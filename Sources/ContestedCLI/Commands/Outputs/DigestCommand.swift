import ContestedKit
import ContestedStore
import Foundation

/// `contested digest`: the Markdown digest of a period for editors.
struct DigestCommand: Command {
  static let name = "digest"
  static let abstract =
    "Write the digest of a period, as Markdown or an HTML briefing: counts, conflicts, verdicts, timelines."
  static let usage =
    "contested digest [--format markdown|html] [--since DATE] [--until DATE] [--top N | --all] [--out FILE]"
  static let options: [OptionSpec] = [
    .value(
      "--format", valueName: "FORMAT",
      help: "markdown (default) or html: one self-contained page with a map and a timeline per place."),
    .value(
      "--since", valueName: "DATE",
      help: "First day of the period, YYYY-MM-DD (default: the start)."),
    .value(
      "--until", valueName: "DATE", help: "Last day of the period, YYYY-MM-DD (default: no end)."),
    .value(
      "--top", valueName: "N",
      help: "List the N highest-priority open conflicts (default \(Digest.defaultLimit)); the digest says how many."),
    .flag("--all", help: "List every open conflict of the period."),
    .value(
      "--out", valueName: "FILE", help: "Write the digest to FILE (atomically) instead of stdout."),
  ]
  static let discussion = """
    The digest states its period and how many open conflicts it lists, then holds headline counts (each the
    count of a section); the open conflicts by priority, each side with its claims (a sentence shown once with
    its places), claimants, linked articles and dates, and the assessed control ('contested estimate'); the
    verdicts reached with their rationale; the conflicts that could not be decided; a timeline per contested
    place; and the source track record. It renders on GitHub and reads as plain text. Every text from an
    article or a user is escaped, so no quote can change the layout or inject Markdown or HTML; links are
    made only from http(s) addresses (docs/formats.md).
    --format html writes the same content as one HTML file with inline CSS, no scripts and no external requests,
    an SVG map of the contested places (gazetteer coordinates; places without them listed beside it) coloured by
    status, and an SVG timeline per contested place; it reads on a phone and prints on A4.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: DigestFormat.self, default: .markdown)
    let since = try args.day("--since")
    let until = try args.day("--until")
    if let since, let until, until < since {
      throw CLIError.usage("--until \(until.iso) is before --since \(since.iso).")
    }
    if args.flag("--all") && args.value("--top") != nil {
      throw CLIError.usage("--top and --all exclude each other: give one.")
    }
    let limit = args.flag("--all") ? nil : try args.integer("--top", in: 1...1_000_000) ?? Digest.defaultLimit
    let out = OutputSession.load
    let digest = try out(context).digest(since: since, until: until, limit: limit, context: context)
    let text = format == .html ? DigestHTMLRenderer.render(digest) : DigestRenderer.render(digest)
    try OutputSession.emit(
      text, out: args.value("--out"), context: context, what: format == .html ? "HTML briefing" : "digest")
    return .ok
  }
}
