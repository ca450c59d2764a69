import ContestedKit
import ContestedStore
import Foundation

/// `contested export claimreview|geojson|csv`: machine-readable outputs for fact-check feeds, maps and sheets.
struct ExportCommand: Command {
  static let name = "export"
  static let abstract =
    "Export verdicts as ClaimReview JSON-LD, places as GeoJSON, claims and conflicts as CSV."
  static let usage = "contested export <claimreview|geojson|csv> [--out FILE]"
  static let options: [OptionSpec] = []
  static var subcommands: [any Command.Type] {
    [
      ExportClaimReviewCommand.self, ExportGeoJSONCommand.self, ExportCSVCommand.self,
    ]
  }
  static let discussion =
    "Formats: docs/formats.md. Each writes to stdout, or atomically to --out FILE."

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    throw CLIError.usage("which export? claimreview, geojson or csv.")
  }

  /// The `--out` option every export takes.
  static let outOption = OptionSpec.value(
    "--out", valueName: "FILE", help: "Write to FILE (atomically) instead of stdout.")
}

/// `contested export claimreview`.
struct ExportClaimReviewCommand: Command {
  static let name = "claimreview"
  static let abstract = "schema.org ClaimReview JSON-LD for every claim a final verdict rules on."
  static let usage = "contested export claimreview [--out FILE]"
  static let options: [OptionSpec] = [ExportCommand.outOption]
  static let discussion = """
    The review's author is the organisation in the workspace's contested.json ("organization",
    "organization_url"; 'contested init --organization NAME' sets it); while it is the default "Verification
    desk", a note on stderr says so. Rating scale: 1 refuted (False), 2 unverifiable (Unverified), 3 upheld (True).
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let s = try OutputSession.load(context)
    var conflicts: [ConflictID: Conflict] = [:]
    for c in s.session.conflicts { conflicts[c.id] = c }
    let text = ClaimReviewExporter.export(
      decisions: Array(s.decisions.values), claims: s.session.claims, placeNames: s.placeNames,
      conflicts: conflicts,
      settings: s.session.settings)
    try OutputSession.emit(
      text, out: args.value("--out"), context: context, what: "ClaimReview JSON-LD")
    if ClaimReviewExporter.usesDefaultOrganization(s.session.settings) {
      context.io.err(ClaimReviewExporter.defaultOrganizationNote(s.session.settings))
    }
    return .ok
  }
}

/// `contested export geojson`.
struct ExportGeoJSONCommand: Command {
  static let name = "geojson"
  static let abstract =
    "An RFC 7946 FeatureCollection of claimed places with their conflicts and latest claims."
  static let usage = "contested export geojson [--out FILE]"
  static let options: [OptionSpec] = [ExportCommand.outOption]
  static let discussion =
    "Places come from the workspace gazetteer; places without coordinates are counted, not drawn."

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let s = try OutputSession.load(context)
    let text = GeoJSONExporter.export(
      claims: s.claims, conflicts: s.session.conflicts, gazetteer: s.gazetteer)
    try OutputSession.emit(text, out: args.value("--out"), context: context, what: "GeoJSON")
    return .ok
  }
}

/// What `export csv` writes.
enum ExportCSVTable: String, CaseIterable, Sendable {
  case claims
  case conflicts
}

/// `contested export csv`.
struct ExportCSVCommand: Command {
  static let name = "csv"
  static let abstract =
    "Claims (the columns 'contested import' reads) or conflicts as RFC 4180 CSV."
  static let usage = "contested export csv [--table claims|conflicts] [--out FILE]"
  static let options: [OptionSpec] = [
    .value(
      "--table", valueName: "TABLE",
      help: "claims (default: every claim) or conflicts (one row per claim)."),
    ExportCommand.outOption,
  ]

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let table = try args.choice("--table", of: ExportCSVTable.self, default: .claims)
    let s = try OutputSession.load(context)
    let text: String
    switch table {
    case .claims: text = ClaimList.render(s.claims, format: .csv)
    case .conflicts:
      text = ConflictCSV.render(
        s.session.conflicts, claims: s.session.claims, placeNames: s.placeNames)
    }
    try OutputSession.emit(
      text, out: args.value("--out"), context: context, what: "\(table.rawValue) CSV")
    return .ok
  }
}
