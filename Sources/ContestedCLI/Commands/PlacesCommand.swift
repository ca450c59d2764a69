import ContestedKit
import ContestedStore
import Foundation

/// `contested places`: the gazetteer (bundled Syria data + the workspace's places).
struct PlacesCommand: Command {
  static let name = "places"
  static let abstract = "Search the gazetteer, add places, import a GeoNames country dump."
  static let usage = "contested places <search|show|add|import-geonames|build-bundle> [options]"
  static let discussion = """
    Without a subcommand, prints how many places the gazetteer holds and the GeoNames credit.
    User places live in the workspace's places.tsv and override bundled entries with the same id.
    See docs/gazetteer.md.
    """
  static var subcommands: [any Command.Type] {
    [
      PlacesSearchCommand.self, PlacesShowCommand.self, PlacesAddCommand.self, PlacesImportCommand.self,
      PlacesUnresolvedCommand.self, PlacesBuildBundleCommand.self,
    ]
  }

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    let g = try context.loadGazetteer()
    var byKind: [Place.Kind: Int] = [:]
    for p in g.places { byKind[p.kind, default: 0] += 1 }
    let kinds = Place.Kind.allCases.map { "\(byKind[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
    context.io.out("\(Plural.count(g.count, "place")) (\(kinds))\n\n\(Gazetteer.attribution)\n")
    return .ok
  }
}

extension CommandContext {
  /// The bundled gazetteer merged with the workspace's places, or the bundle alone when there is no workspace.
  func loadGazetteer() throws -> Gazetteer {
    guard let ws = try? openWorkspace() else { return .bundled }
    do {
      return try GazetteerStore(workspace: ws).loadGazetteer()
    } catch {
      throw CLIError.dataError(error.errorDescription ?? "\(error)")
    }
  }

  /// The built-in coalitions with the workspace's theatres.tsv added.
  func loadCoalitions() throws -> Coalitions {
    guard let ws = try? openWorkspace() else { return .builtIn }
    do {
      return try GazetteerStore(workspace: ws).loadCoalitions()
    } catch {
      throw CLIError.dataError(error.errorDescription ?? "\(error)")
    }
  }

  /// The default actor registry merged with the workspace's actors.tsv.
  func loadFactions() throws -> FactionRegistry {
    guard let ws = try? openWorkspace() else { return .default }
    do {
      return try GazetteerStore(workspace: ws).loadFactions()
    } catch {
      throw CLIError.dataError(error.errorDescription ?? "\(error)")
    }
  }
}

/// How search results are printed.
enum PlacesFormat: String, CaseIterable {
  case table, tsv
}

/// `contested places search NAME`.
struct PlacesSearchCommand: Command {
  static let name = "search"
  static let abstract = "Ranked candidate places for a name, with region and score."
  static let usage = "contested places search NAME [--governorate ID] [--near ID]... [--limit N] [--format table|tsv]"
  static let options: [OptionSpec] = [
    .value("--governorate", valueName: "ID", help: "Prefer places in this governorate or region (adm1:SY-LA)."),
    .value("--near", valueName: "ID", help: "Prefer places near this place (repeatable).", repeatable: true),
    .value("--limit", valueName: "N", help: "At most N candidates (default 10)."),
    .value("--format", valueName: "FORMAT", help: "table (default) or tsv."),
    .wide,
  ]
  static let discussion = """
    The first line says whether the name resolves on its own, is ambiguous, or is unknown. Scores: 1 exact
    normal form, 0.9 vowel-blind, lower for edit distance.
    Example:
      contested places search Kansaba
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard !args.positionals.isEmpty else { throw CLIError.usage("missing NAME.") }
    let name = args.positionals.joined(separator: " ")
    let limit = try args.integer("--limit", in: 1...1000) ?? 10
    let format = try args.choice("--format", of: PlacesFormat.self, default: .table)
    let g = try context.loadGazetteer()
    let ctx = ResolutionContext(
      governorate: args.value("--governorate").map(PlaceID.init(rawValue:)),
      nearby: args.values("--near").map(PlaceID.init(rawValue:)))
    let resolution = g.resolve(name, context: ctx)
    var seen: Set<PlaceID> = []
    var rows: [PlaceMatch] = []
    for m in resolution.candidates + g.candidates(for: name, limit: limit) where seen.insert(m.place.id).inserted {
      rows.append(m)
    }
    rows = Array(rows.prefix(limit))
    switch format {
    case .tsv:
      var out = "score\tid\tname\tkind\tregions\tmatched\n"
      for m in rows {
        let regions = g.regions(containing: m.place.id).map(\.rawValue).joined(separator: ",")
        out +=
          "\(Self.score(m.score))\t\(m.place.id)\t\(m.place.name)\t\(m.place.kind.rawValue)\t\(regions)\t\(m.matchedName)\n"
      }
      context.io.out(out)
    case .table:
      var out: String
      switch resolution {
      case .resolved(let m): out = "\(name): resolved to \(m.place.id) (\(m.place.name))\n"
      case .ambiguous(let ms): out = "\(name): ambiguous between \(ms.count) places; pick one with --place-id\n"
      case .unknown:
        out = "\(name): unknown\(rows.isEmpty ? "; add it with 'contested places add'" : "; closest names below")\n"
      }
      if !rows.isEmpty {
        let table = rows.map { m -> [String] in
          let regions = g.regions(containing: m.place.id).compactMap { g.place(id: $0)?.name }
          return [
            Self.score(m.score), m.place.id.rawValue, m.place.name, m.place.kind.rawValue,
            regions.joined(separator: " › "), m.matchedName,
          ]
        }
        var t = TextTable(columns: [
          .init("SCORE", fit: .fixed), .init("ID", fit: .fixed), .init("NAME"), .init("KIND", fit: .fixed),
          .init("IN"), .init("MATCHED"),
        ])
        t.rows = table
        out += "\n" + t.render(width: context.tableWidth(args), bold: context.boldHeading)
      }
      context.show(out)
    }
    if case .resolved = resolution { return .ok }
    return rows.isEmpty ? .findings : .ok
  }

  static func score(_ s: Double) -> String { String(format: "%.2f", s) }

}

/// `contested places show ID|NAME`.
struct PlacesShowCommand: Command {
  static let name = "show"
  static let abstract = "One place: names, coordinates, the regions that contain it and the places inside it."
  static let usage = "contested places show ID|NAME"

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard !args.positionals.isEmpty else { throw CLIError.usage("missing ID or NAME.") }
    let text = args.positionals.joined(separator: " ")
    let g = try context.loadGazetteer()
    guard let place = g.place(id: PlaceID(rawValue: text)) ?? g.resolve(text).place else {
      throw CLIError.noInput("no place '\(text)'. Try 'contested places search \(text)'.")
    }
    var out = "\(place.id)  \(place.name)  (\(place.kind.rawValue), source: \(place.source))\n"
    if !place.aliases.isEmpty { out += "aliases: \(place.aliases.joined(separator: ", "))\n" }
    if let lat = place.latitude, let lon = place.longitude { out += "coordinates: \(lat), \(lon)\n" }
    if let pop = place.population { out += "population: \(pop)\n" }
    let regions = g.regions(containing: place.id).map { "\($0) (\(g.place(id: $0)?.name ?? "?"))" }
    if !regions.isEmpty { out += "in: \(regions.joined(separator: " › "))\n" }
    let inside = g.places(in: place.id)
    if !inside.isEmpty {
      let shown = inside.prefix(50).map { "\($0.id) \($0.name)" }.joined(separator: "\n  ")
      out += "contains \(Plural.count(inside.count, "place")):\n  \(shown)\n"
      if inside.count > 50 { out += "  …\n" }
    }
    context.show(out)
    return .ok
  }
}

/// `contested places add NAME`.
struct PlacesAddCommand: Command {
  static let name = "add"
  static let abstract = "Add a place (or override a bundled one) in the workspace's places.tsv."
  static let usage = "contested places add NAME [--id ID] [--kind K] [--lat N --lon N] [--in REGION]... [--alias A]..."
  static let options: [OptionSpec] = [
    .value("--id", valueName: "ID", help: "The place id (default user:<slug of NAME>); an existing id is overridden."),
    .value("--kind", valueName: "KIND", help: "populated (default), feature, region, district or governorate."),
    .value("--lat", valueName: "DEG", help: "Latitude in decimal degrees."),
    .value("--lon", valueName: "DEG", help: "Longitude in decimal degrees."),
    .value(
      "--in", valueName: "REGION", help: "A containing region or governorate, by id or name (repeatable).",
      repeatable: true),
    .value("--alias", valueName: "NAME", help: "Another spelling (repeatable).", repeatable: true),
  ]
  static let discussion = """
    Example:
      contested places add "Zahiyah" --in "Jabal al-Turkman" --alias Zahiyeh --lat 35.86 --lon 36.02
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    guard !args.positionals.isEmpty else { throw CLIError.usage("missing NAME.") }
    let name = args.positionals.joined(separator: " ")
    let ws = try context.openWorkspace()
    let store = GazetteerStore(workspace: ws)
    let g: Gazetteer
    do { g = try store.loadGazetteer() } catch { throw CLIError.dataError(error.errorDescription ?? "\(error)") }
    let kind = try args.choice("--kind", of: Place.Kind.self, default: .populated)
    let lat = try Self.degrees(args.value("--lat"), "--lat", limit: 90)
    let lon = try Self.degrees(args.value("--lon"), "--lon", limit: 180)
    if (lat == nil) != (lon == nil) { throw CLIError.usage("give both --lat and --lon, or neither.") }
    var parents: [PlaceID] = []
    for region in args.values("--in") {
      if g.place(id: PlaceID(rawValue: region)) != nil {
        parents.append(PlaceID(rawValue: region))
      } else if let p = g.resolve(region).place {
        parents.append(p.id)
      } else {
        throw CLIError.usage("--in: no region or place '\(region)'. Try 'contested places search \(region)'.")
      }
    }
    if let gov = parents.lazy.compactMap({ g.governorate(of: $0) }).first, !parents.contains(gov) {
      parents.append(gov)
    }
    let id = PlaceID(rawValue: args.value("--id") ?? "user:" + BundledGazetteer.slug(name))
    guard !id.rawValue.isEmpty, !id.rawValue.contains(where: { $0 == " " || $0 == "\t" }) else {
      throw CLIError.usage("--id: expected an id without spaces, e.g. user:my-village.")
    }
    let place = Place(
      id: id, name: name, kind: kind, aliases: args.values("--alias"), latitude: lat, longitude: lon,
      parents: parents, source: "user")
    let replaced = g.place(id: id)
    do { try store.append(place) } catch { throw CLIError.io(error.errorDescription ?? "\(error)") }
    if let replaced {
      context.show("added \(id) (overrides \(replaced.source) entry '\(replaced.name)') to \(store.placesPath)\n")
    } else {
      context.show("added \(id) to \(store.placesPath)\n")
    }
    return .ok
  }

  static func degrees(_ s: String?, _ option: String, limit: Double) throws -> Double? {
    guard let s else { return nil }
    guard let v = Double(s), v.isFinite, abs(v) <= limit else {
      throw CLIError.usage("\(option): expected decimal degrees in -\(Int(limit))...\(Int(limit)), got '\(s)'.")
    }
    return v
  }
}

/// `contested places import-geonames SY.txt`.
struct PlacesImportCommand: Command {
  static let name = "import-geonames"
  static let abstract = "Import a GeoNames country dump (19 columns, e.g. SY.txt) into the workspace."
  static let usage = "contested places import-geonames FILE [--country CC]... [--classes P,A,T,L,S]"
  static let options: [OptionSpec] = [
    .value("--country", valueName: "CC", help: "Keep only rows of this country code (repeatable).", repeatable: true),
    .value("--classes", valueName: "LIST", help: "Feature classes to keep (default P,A,T,L,S)."),
  ]
  static let discussion = """
    Download SY.zip from https://download.geonames.org/export/dump/, unzip it, then:
      contested places import-geonames SY.txt
    The places go to geonames-places.tsv in the workspace (replacing an earlier import) and are loaded with the
    bundle; places.tsv still overrides them. GeoNames data is CC BY 4.0: keep the credit.
    """

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 1)
    guard let file = args.positionals.first else {
      throw CLIError.usage("missing FILE (a GeoNames dump such as SY.txt).")
    }
    let ws = try context.openWorkspace()
    var options = GeoNamesDump.Options()
    let countries = args.values("--country").map { $0.uppercased() }
    if !countries.isEmpty { options.countries = Set(countries) }
    if let classes = args.value("--classes") {
      let set = Set(classes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
      guard !set.isEmpty, set.allSatisfy({ ["P", "A", "T", "L", "S", "H", "R", "U", "V"].contains($0) }) else {
        throw CLIError.usage("--classes: expected GeoNames feature classes such as P,A,T,L,S; got '\(classes)'.")
      }
      options.featureClasses = set
    }
    let path = context.resolvePath(file)
    guard FileIO.exists(path) else { throw CLIError.noInput("\(path): no such file.") }
    let store = GazetteerStore(workspace: ws)
    let result: GeoNamesDump.Result
    do { result = try store.importGeoNames(dumpPath: path, options: options) } catch {
      throw CLIError.io(error.errorDescription ?? "\(error)")
    }
    for p in result.problems.prefix(20) { context.warn("\(path):\(p.line): \(p.reason); row skipped.") }
    if result.problems.count > 20 {
      context.warn("\(path): \(result.problems.count - 20) more malformed rows skipped.")
    }
    context.io.out(
      "imported \(Plural.count(result.places.count, "place")) into \(store.geonamesPath) (\(result.skipped) rows filtered out, "
        + "\(result.problems.count) malformed)\n")
    return .ok
  }
}

/// `contested places build-bundle` (maintainers): regenerates the bundled gazetteer source.
struct PlacesBuildBundleCommand: Command {
  static let name = "build-bundle"
  static let abstract = "Maintainers: regenerate BundledGazetteer+Data.swift (docs/gazetteer.md)."
  static let usage = "contested places build-bundle --data DIR --out FILE"
  static let options: [OptionSpec] = [
    .value("--data", valueName: "DIR", help: "The folder with syria-places.tsv and syria-admin.tsv."),
    .value("--out", valueName: "FILE", help: "The Swift file to write."),
  ]
  static let discussion = "Run from the package root:\n  \(GazetteerStore.bundleCommand)"

  static func run(_ args: ParsedArguments, in context: CommandContext) throws -> ExitCode {
    try args.expectPositionals(atMost: 0)
    guard let data = args.value("--data"), let out = args.value("--out") else {
      throw CLIError.usage("give both --data DIR and --out FILE.")
    }
    do {
      let n = try GazetteerStore.buildBundle(
        dataDirectory: context.resolvePath(data), outputPath: context.resolvePath(out),
        command: GazetteerStore.bundleCommand)
      context.io.out("wrote \(n) places to \(out)\n")
    } catch {
      let message = error.errorDescription ?? "\(error)"
      if case .unreadable = error { throw CLIError.noInput(message) }
      throw CLIError.dataError(message)
    }
    return .ok
  }
}
