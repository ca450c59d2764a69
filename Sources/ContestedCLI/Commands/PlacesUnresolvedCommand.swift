import ContestedKit
import ContestedStore

/// `contested places unresolved`: the place names of claims that resolve to no place, for the reviewer, with the
/// gazetteer's candidates (an alias two places share is listed with both).
struct PlacesUnresolvedCommand: Command {
  static let name = "unresolved"
  static let abstract = "Place names of claims the gazetteer does not resolve, with their candidates."
  static let usage = "contested places unresolved [--status S]..."
  static let options: [OptionSpec] = [
    .value(
      "--status", valueName: "S", help: "Only claims of this status (repeatable; default: all).", repeatable: true),
    .wide,
  ]
  static let discussion = """
    A name is resolved from the claim's text through the current gazetteer each time (a stored id wins), so
    'contested places add NAME --alias A' or a claim edit with --place-id fixes every claim listed here.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let statuses = Set(args.values("--status"))
    let (_, ledger) = try ReviewSession.replay(context)
    let g = try context.loadGazetteer()
    var names: [String: (count: Int, candidates: [String])] = [:]
    for c in ledger.workspace.claims where c.place.id == nil {
      if !statuses.isEmpty && !statuses.contains(c.status.rawValue) { continue }
      let head = PlaceRef.headText(of: c.place.reading, text: c.place.text)
      guard g.placeID(for: head) == nil else { continue }
      if var entry = names[head] {
        entry.count += 1
        names[head] = entry
        continue
      }
      let candidates = g.resolve(head).candidates.prefix(5).map { "\($0.place.id) (\($0.place.name))" }
      names[head] = (1, Array(candidates))
    }
    var t = TextTable(columns: [
      .init("NAME"), .init("CLAIMS", fit: .fixed), .init("CANDIDATES", fit: .wrap, minWidth: 20),
    ])
    t.rows = names.keys.sorted().map { n in
      let e = names[n]!
      return [n, "\(e.count)", e.candidates.isEmpty ? "-" : e.candidates.joined(separator: ", ")]
    }
    context.io.out(t.render(width: context.tableWidth(args), bold: context.boldHeading))
    context.show("\(Plural.count(names.count, "unresolved name"))\n")
    return .ok
  }
}
