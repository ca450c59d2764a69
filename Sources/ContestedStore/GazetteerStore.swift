import ContestedKit
import Foundation

/// Loads the gazetteer and actor registry of a workspace (bundle + `geonames-places.tsv` + `places.tsv`;
/// defaults + `actors.tsv`) and appends to those files atomically.
public struct GazetteerStore: Sendable {
  /// The workspace directory.
  public let directory: String

  /// The user's own places (extends or overrides the bundle).
  public static let placesFile = "places.tsv"
  /// Places imported from a GeoNames country dump by `contested places import-geonames`.
  public static let geonamesFile = "geonames-places.tsv"
  /// The user's own factions (extends or overrides the defaults).
  public static let actorsFile = "actors.tsv"
  /// The user's theatres and coalitions (`TheatresTSV`), added to the built-in ones.
  public static let theatresFile = "theatres.tsv"

  /// A store for the workspace at `directory`.
  public init(directory: String) { self.directory = directory }

  /// A store for `workspace`.
  public init(workspace: Workspace) { self.directory = workspace.root }

  /// Path of `places.tsv`.
  public var placesPath: String { path(Self.placesFile) }
  /// Path of `geonames-places.tsv`.
  public var geonamesPath: String { path(Self.geonamesFile) }
  /// Path of `actors.tsv`.
  public var actorsPath: String { path(Self.actorsFile) }
  /// Path of `theatres.tsv`.
  public var theatresPath: String { path(Self.theatresFile) }

  private func path(_ file: String) -> String { (directory as NSString).appendingPathComponent(file) }

  /// The bundled gazetteer merged with the workspace's imported and user places (user places win).
  public func loadGazetteer(base: Gazetteer = .bundled) throws(GazetteerStoreError) -> Gazetteer {
    let imported = try readPlaces(geonamesPath, defaultSource: "geonames-dump")
    let user = try readPlaces(placesPath, defaultSource: "user")
    return base.merging(imported + user)
  }

  /// The user's places only (empty when `places.tsv` does not exist).
  public func userPlaces() throws(GazetteerStoreError) -> [Place] {
    try readPlaces(placesPath, defaultSource: "user")
  }

  /// The default registry merged with `actors.tsv`.
  public func loadFactions(base: FactionRegistry = .default) throws(GazetteerStoreError) -> FactionRegistry {
    base.merging(try userFactions())
  }

  /// The user's factions only.
  public func userFactions() throws(GazetteerStoreError) -> [Faction] {
    guard let text = try readIfPresent(actorsPath) else { return [] }
    do {
      return try ActorsTSV.parse(text)
    } catch {
      throw .malformed(path: actorsPath, line: error.line, field: error.field, reason: error.reason)
    }
  }

  /// The built-in coalitions with `theatres.tsv` added.
  public func loadCoalitions(base: Coalitions = .builtIn) throws(GazetteerStoreError) -> Coalitions {
    guard let text = try readIfPresent(theatresPath) else { return base }
    do {
      return base.adding(try TheatresTSV.parse(text))
    } catch {
      throw .malformed(path: theatresPath, line: error.line, field: error.field, reason: error.reason)
    }
  }

  /// Appends a coalition row to `theatres.tsv` (creating it with a header), atomically.
  public func append(_ row: TheatresTSV.Row) throws(GazetteerStoreError) {
    let existing = try readIfPresent(theatresPath)
    var text = existing ?? "# contested theatres; columns as in docs/gazetteer.md\n" + TheatresTSV.header + "\n"
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    text += TheatresTSV.row(row) + "\n"
    try writeAtomically(text, to: theatresPath)
  }

  /// Appends `place` to `places.tsv` (creating it with a header), atomically.
  public func append(_ place: Place) throws(GazetteerStoreError) {
    let existing = try readIfPresent(placesPath)
    var text = existing ?? "# contested user places; columns as in docs/gazetteer.md\n" + PlacesTSV.header + "\n"
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    text += PlacesTSV.row(place) + "\n"
    try writeAtomically(text, to: placesPath)
  }

  /// Appends `faction` to `actors.tsv` (creating it with a header), atomically.
  public func append(_ faction: Faction) throws(GazetteerStoreError) {
    let existing = try readIfPresent(actorsPath)
    var text = existing ?? "# contested user actors; columns as in docs/gazetteer.md\n" + ActorsTSV.header + "\n"
    if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
    text += ActorsTSV.row(faction) + "\n"
    try writeAtomically(text, to: actorsPath)
  }

  /// Reads a GeoNames country dump (19 columns) and writes its places to `geonames-places.tsv`, replacing an
  /// earlier import. Returns the parse result (places, skipped rows, malformed rows).
  public func importGeoNames(dumpPath: String, options: GeoNamesDump.Options = .default) throws(GazetteerStoreError)
    -> GeoNamesDump.Result
  {
    let bytes: [UInt8]
    do {
      bytes = try FileIO.read(dumpPath)
    } catch {
      throw .unreadable(path: dumpPath)
    }
    let result = GeoNamesDump.parse(bytes: bytes, options: options)
    let header =
      "# Imported from \(dumpPath) by contested places import-geonames.\n"
      + "# GeoNames (https://www.geonames.org/), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\n"
    try writeAtomically(header + PlacesTSV.format(result.places), to: geonamesPath)
    return result
  }

  // MARK: - Bundle regeneration

  /// The command that regenerates `BundledGazetteer+Data.swift` (run from the package root).
  public static let bundleCommand =
    "swift run contested places build-bundle --data DATA_DIR --out Sources/ContestedKit/Gazetteer/BundledGazetteer+Data.swift"

  /// Rebuilds the generated bundle source from `syria-places.tsv` and `syria-admin.tsv` in `dataDirectory`
  /// and writes it to `outputPath`. Returns the number of places.
  public static func buildBundle(dataDirectory: String, outputPath: String, command: String) throws(GazetteerStoreError)
    -> Int
  {
    let placesPath = (dataDirectory as NSString).appendingPathComponent("syria-places.tsv")
    let adminPath = (dataDirectory as NSString).appendingPathComponent("syria-admin.tsv")
    guard let placesTSV = try GazetteerStore(directory: "/").readIfPresent(placesPath) else {
      throw .unreadable(path: placesPath)
    }
    guard let adminTSV = try GazetteerStore(directory: "/").readIfPresent(adminPath) else {
      throw .unreadable(path: adminPath)
    }
    let places: [Place]
    do {
      places = try BundledGazetteer.buildPlaces(placesTSV: placesTSV, adminTSV: adminTSV)
    } catch {
      throw .malformed(
        path: (dataDirectory as NSString).appendingPathComponent(error.file), line: error.line, field: "row",
        reason: error.reason)
    }
    let source = BundledGazetteer.generatedSource(places: places, command: command)
    try GazetteerStore(directory: "/").writeAtomically(source, to: outputPath)
    return places.count
  }

  // MARK: - Files

  private func readPlaces(_ path: String, defaultSource: String) throws(GazetteerStoreError) -> [Place] {
    guard let text = try readIfPresent(path) else { return [] }
    do {
      return try PlacesTSV.parse(text, defaultSource: defaultSource)
    } catch {
      throw .malformed(path: path, line: error.line, field: error.field, reason: error.reason)
    }
  }

  private func readIfPresent(_ path: String) throws(GazetteerStoreError) -> String? {
    guard FileIO.exists(path) else { return nil }
    do {
      return String(decoding: try FileIO.read(path), as: UTF8.self)
    } catch {
      throw .unreadable(path: path)
    }
  }

  private func writeAtomically(_ text: String, to path: String) throws(GazetteerStoreError) {
    do {
      try FileIO.writeAtomically(Array(text.utf8), to: path)
    } catch {
      throw .unwritable(path: path)
    }
  }
}

/// Errors reading or writing the workspace gazetteer and actor files.
public enum GazetteerStoreError: Error, LocalizedError, Equatable, Sendable {
  /// A row that does not parse.
  case malformed(path: String, line: Int, field: String, reason: String)
  /// The file exists but cannot be read.
  case unreadable(path: String)
  /// The file cannot be written.
  case unwritable(path: String)

  /// What went wrong, where, and how to fix it.
  public var errorDescription: String? {
    switch self {
    case .malformed(let path, let line, let field, let reason):
      "\(path):\(line): \(field): \(reason). Fix the row or remove it."
    case .unreadable(let path):
      "Cannot read \(path). Check that the file exists and is readable."
    case .unwritable(let path):
      "Cannot write \(path). Check the directory exists and is writable."
    }
  }
}
