import ContestedKit
import ContestedStore

/// `contested actors`: the actor registry (names and aliases → faction → side).
struct ActorsCommand: Command {
  static let name = "actors"
  static let abstract = "List the actor registry or add actors; look up a name's side."
  static let usage = "contested actors <list|add|lookup|ally> [options]"
  static let discussion =
    "User actors live in the workspace's actors.tsv and override built-in ones. See docs/gazetteer.md."
  static var subcommands: [any Command.Type] {
    [
      ActorsListCommand.self, ActorsAddCommand.self, ActorsLookupCommand.self, ActorsAllyCommand.self,
    ]
  }

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try ActorsListCommand.run(args, in: context)
  }
}

/// `contested actors list`.
struct ActorsListCommand: Command {
  static let name = "list"
  static let abstract = "List actors with their side, group and aliases."
  static let usage = "contested actors list [--side SIDE] [--format table|tsv]"
  static let options: [OptionSpec] = [
    .value("--side", valueName: "SIDE", help: "Only actors of this side.", repeatable: true),
    .value("--format", valueName: "FORMAT", help: "table (default) or tsv (the actors.tsv form)."),
    .wide,
  ]

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let format = try args.choice("--format", of: PlacesFormat.self, default: .table)
    let sides = Set(args.values("--side"))
    let factions = try context.loadFactions().factions.filter { sides.isEmpty || sides.contains($0.side.rawValue) }
    switch format {
    case .tsv:
      context.io.out(ActorsTSV.format(factions))
    case .table:
      var t = TextTable(columns: [
        .init("ID", fit: .fixed), .init("NAME"), .init("SIDE", fit: .fixed), .init("GROUP"),
        .init("ALIASES", fit: .wrap, minWidth: 20),
      ])
      t.rows = factions.map { f in
        [f.id.rawValue, f.name, f.side.rawValue, f.claimantGroup, f.aliases.joined(separator: ", ")]
      }
      context.io.out(t.render(width: context.tableWidth(args), bold: context.boldHeading))
    }
    return .ok
  }
}

/// `contested actors add NAME --side SIDE`.
struct ActorsAddCommand: Command {
  static let name = "add"
  static let abstract = "Add an actor (or override a built-in one) in the workspace's actors.tsv."
  static let usage = "contested actors add NAME --side SIDE [--id ID] [--group G] [--alias A]..."
  static let options: [OptionSpec] = [
    .value("--side", valueName: "SIDE", help: "government, opposition, kurdish, isis, other, media, … or a new side."),
    .value("--id", valueName: "ID", help: "The actor id (default: slug of NAME); an existing id is overridden."),
    .value("--group", valueName: "GROUP", help: "Independence group shared with outlets that repeat it."),
    .value("--alias", valueName: "NAME", help: "Another name (repeatable).", repeatable: true),
  ]
  static let discussion = """
    Example (Ukraine, 2015: "rebels" are the separatists there):
      contested actors add "Donbas rebels" --id donbas-rebels --side other --alias rebels --alias insurgents
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard !args.positionals.isEmpty else { throw CLIError.usage("missing NAME.") }
    guard let side = args.value("--side"), !side.isEmpty, !side.contains(" ") else {
      throw CLIError.usage("missing --side (e.g. government, opposition, other).")
    }
    let name = args.positionals.joined(separator: " ")
    let ws = try context.openWorkspace()
    let store = GazetteerStore(workspace: ws)
    let id = args.value("--id") ?? BundledGazetteer.slug(name)
    guard !id.contains(where: { $0 == " " || $0 == "\t" }) else {
      throw CLIError.usage("--id: expected an id without spaces.")
    }
    let faction = Faction(
      id: FactionID(rawValue: id), name: name, side: Side(rawValue: side), aliases: args.values("--alias"),
      group: args.value("--group"))
    let existing = try context.loadFactions().faction(id: faction.id)
    do { try store.append(faction) } catch { throw CLIError.io(error.errorDescription ?? "\(error)") }
    if !Side.builtIn.contains(faction.side) { context.warn("'\(side)' is not a built-in side; it is kept as given.") }
    context.show(
      "added \(id) (\(side))\(existing != nil ? ", overriding the built-in entry" : "") to \(store.actorsPath)\n")
    return .ok
  }
}

/// `contested actors lookup NAME`.
struct ActorsLookupCommand: Command {
  static let name = "lookup"
  static let abstract = "Which actor, side and independence group a name refers to."
  static let usage = "contested actors lookup NAME"

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard !args.positionals.isEmpty else { throw CLIError.usage("missing NAME.") }
    let name = args.positionals.joined(separator: " ")
    guard let f = try context.loadFactions().faction(named: name) else {
      context.show("\(name): unknown; add it with 'contested actors add'\n")
      return .findings
    }
    context.show("\(name): \(f.id) (\(f.name)), side \(f.side), group \(f.claimantGroup)\n")
    return .ok
  }
}

/// `contested actors ally THEATRE --coalition NAME --side SIDE... [--place PREFIX]...`.
struct ActorsAllyCommand: Command {
  static let name = "ally"
  static let abstract = "Put sides in one coalition of a theatre (allies never conflict), in theatres.tsv."
  static let usage = "contested actors ally THEATRE --coalition NAME --side SIDE... [--place ID-PREFIX]..."
  static let options: [OptionSpec] = [
    .value("--coalition", valueName: "NAME", help: "The coalition's name (e.g. army)."),
    .value("--side", valueName: "SIDE", help: "A side in the coalition (repeatable).", repeatable: true),
    .value(
      "--place", valueName: "PREFIX", help: "Place ids in the theatre start with this (repeatable).", repeatable: true),
  ]
  static let discussion = """
    Example (Sudan, places added as user:sd-…):
      contested actors ally sudan --coalition army --side government --side popular-resistance --place user:sd-
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard args.positionals.count == 1, let theatre = args.positionals.first, !theatre.contains(" ") else {
      throw CLIError.usage("expected one THEATRE name without spaces.")
    }
    guard let coalition = args.value("--coalition"), !coalition.isEmpty, !coalition.contains(" ") else {
      throw CLIError.usage("missing --coalition NAME (without spaces).")
    }
    let sides = args.values("--side").map { Side(rawValue: $0) }
    guard !sides.isEmpty else { throw CLIError.usage("missing --side (give each side of the coalition).") }
    let store = GazetteerStore(workspace: try context.openWorkspace())
    let row = TheatresTSV.Row(theatre: theatre, coalition: coalition, sides: sides, places: args.values("--place"))
    do { try store.append(row) } catch { throw CLIError.io(error.errorDescription ?? "\(error)") }
    context.show("added coalition \(coalition) of \(theatre) to \(store.theatresPath)\n")
    return .ok
  }
}
