import ContestedKit
import ContestedStore

/// `contested add`: records one claim by hand.
struct AddCommand: Command {
  static let name = "add"
  static let abstract = "Record one claim by hand, every field as a flag."
  static let usage = "contested add --claimant NAME --place NAME --controller SIDE [options]"
  static let options: [OptionSpec] =
    ClaimFlags.options + [
      .value("--id", valueName: "ID", help: "The claim id (default: derived from the content, c-…)."),
      .value("--status", valueName: "STATUS", help: "accepted (default for manual claims), proposed or rejected."),
    ]
  static let discussion = """
    Example:
      contested add --claimant "Russian media" --claimant-group russian-media --place "Jabal al-Turkman" \\
        --controller government --event captured --when 2016-06-16 --quote "…"
    Names of places and sides that cannot be resolved yet are kept as given, with a warning.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    for required in ["--claimant", "--controller"] where args.value(required) == nil {
      throw CLIError.usage("missing \(required).")
    }
    if args.value("--place") == nil && args.value("--place-id") == nil { throw CLIError.usage("missing --place.") }
    var claim = Claim(
      id: "", claimant: Claimant(name: ""), place: PlaceRef(text: ""), controller: ControllerRef(side: .unknown),
      origin: .manual, status: try args.choice("--status", of: ClaimStatus.self, default: .accepted))
    var warnings: [String] = []
    try ClaimFlags.apply(
      args, to: &claim, warnings: &warnings, gazetteer: try context.loadGazetteer(),
      factions: try context.loadFactions())
    claim.id = args.value("--id").map(ClaimID.init(rawValue:)) ?? claim.contentID
    let loaded = try context.loadWorkspaceForWriting()
    let ws = loaded.workspace
    var state = loaded.state
    var summary = loaded.summary
    for w in warnings { context.warn(w) }
    let entry = LedgerEntry(
      at: context.timestamp, by: context.reviewer(args), type: LedgerEventType.claimAdded, body: ClaimFlags.body(claim))
    // The id is checked again under the lock against every line written since the read, so of two writers
    // adding the same id only the first adds it.
    var already = false
    try context.append([entry], to: ws) { lineCount in
      if lineCount != summary.lineCount { try ws.catchUp(&state, &summary) }
      guard let existing = state.claim(claim.id) else { return [entry] }
      guard existing == claim else { throw duplicate(claim.id) }
      already = true
      return nil
    }
    if already {
      context.show("\(claim.id) is already in the ledger; nothing added.\n")
      return .ok
    }
    context.show("added \(claim.id) (\(claim.status.rawValue))\n")
    return .ok
  }

  static func duplicate(_ id: ClaimID) -> CLIError {
    .usage("a different claim with id \(id) exists; choose another --id or use 'contested claims edit \(id)'.")
  }
}
