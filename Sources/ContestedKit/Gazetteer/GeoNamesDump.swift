/// Reader for the GeoNames country dump (`SY.txt` inside `SY.zip` from download.geonames.org): 19 tab-separated
/// columns, no header. Pure: it takes the text, the caller reads the file.
///
/// Columns: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
/// country code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem,
/// timezone, modification date.
///
/// Ids: governorates (ADM1) become `adm1:<ISO 3166-2>` for Syria (`adm1:SY-LA`, the bundle's ids, so an
/// imported dump enriches them) and `adm1:<CC>.<code>` elsewhere; every other row is `gn:<geonameid>`.
public enum GeoNamesDump {
  /// What to keep.
  public struct Options: Sendable {
    /// Feature classes to keep: P populated, A admin, T hills and mountains, L areas, S spots (filtered by code).
    public var featureClasses: Set<String>
    /// Feature codes kept from class S (airports, bases, border posts, dams).
    public var spotCodes: Set<String>
    /// Keep only these country codes (nil keeps all).
    public var countries: Set<String>?
    /// Source label written on each place.
    public var source: String

    /// Creates options.
    public init(
      featureClasses: Set<String> = ["P", "A", "T", "L", "S"],
      spotCodes: Set<String> = ["AIRP", "AIRB", "AIRF", "MILB", "PSTB", "DAM", "CSTM", "FT", "CSTL", "INSM"],
      countries: Set<String>? = nil, source: String = "geonames-dump"
    ) {
      self.featureClasses = featureClasses
      self.spotCodes = spotCodes
      self.countries = countries
      self.source = source
    }

    /// The defaults.
    public static let `default` = Options()
  }

  /// A row that could not be read.
  public struct Problem: Hashable, Sendable {
    /// 1-based line number.
    public var line: Int
    /// What was wrong.
    public var reason: String
  }

  /// The places read, how many rows were skipped by the options, and the malformed rows.
  public struct Result: Sendable {
    /// Places, in file order.
    public var places: [Place]
    /// Rows dropped by the feature-class/country filter.
    public var skipped: Int
    /// Malformed rows (kept out, never fatal).
    public var problems: [Problem]
  }

  /// ISO 3166-2 codes of Syria's governorates by GeoNames admin1 code.
  public static let syriaAdmin1ISO: [String: String] = [
    "01": "SY-HA", "02": "SY-LA", "03": "SY-QU", "04": "SY-RA", "05": "SY-SU", "06": "SY-DR", "07": "SY-DY",
    "08": "SY-RD", "09": "SY-HL", "10": "SY-HM", "11": "SY-HI", "12": "SY-ID", "13": "SY-DI", "14": "SY-TA",
  ]

  /// The place id of a first-level unit.
  public static func admin1ID(country: String, code: String) -> PlaceID {
    if country == "SY", let iso = syriaAdmin1ISO[code] { return PlaceID(rawValue: "adm1:" + iso) }
    return PlaceID(rawValue: "adm1:\(country).\(code)")
  }

  /// Parses dump text.
  public static func parse(_ text: String, options: Options = .default) -> Result {
    struct Row {
      var fields: [Substring]
      var line: Int
    }
    var rows: [Row] = []
    var problems: [Problem] = []
    var skipped = 0
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = rawLine
      if line.last == "\r" { line = line.dropLast() }
      if line.isEmpty || line.first == "#" { continue }
      let f = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard f.count >= 15 else {
        problems.append(Problem(line: lineNumber, reason: "expected 19 tab-separated columns, found \(f.count)"))
        continue
      }
      guard !f[0].isEmpty, f[0].allSatisfy(\.isNumber) else {
        problems.append(Problem(line: lineNumber, reason: "geonameid: expected digits, found '\(f[0])'"))
        continue
      }
      rows.append(Row(fields: f, line: lineNumber))
    }
    // Admin units by key, so that places can point at them.
    var admin2: [String: PlaceID] = [:]
    var admin3: [String: PlaceID] = [:]
    for row in rows where row.fields[6] == "A" {
      let f = row.fields
      let cc = String(f[8])
      let a1 = String(f[10])
      let a2 = String(f[11])
      let a3 = String(f[12])
      switch f[7] {
      case "ADM2": admin2["\(cc).\(a1).\(a2)"] = PlaceID(rawValue: "gn:\(f[0])")
      case "ADM3": admin3["\(cc).\(a1).\(a2).\(a3)"] = PlaceID(rawValue: "gn:\(f[0])")
      default: break
      }
    }
    var places: [Place] = []
    for row in rows {
      let f = row.fields
      let cls = String(f[6])
      let code = String(f[7])
      let cc = String(f[8])
      if let countries = options.countries, !countries.contains(cc) {
        skipped += 1
        continue
      }
      guard options.featureClasses.contains(cls) else {
        skipped += 1
        continue
      }
      let kind: Place.Kind
      switch cls {
      case "P": kind = .populated
      case "A":
        switch code {
        case "ADM1": kind = .governorate
        case "ADM2", "ADM3", "ADM4": kind = .district
        default:
          skipped += 1
          continue
        }
      case "T": kind = ["MTS", "UPLD", "PLAT", "HLLS", "RDGE", "MTSU"].contains(code) ? .region : .feature
      case "L": kind = .region
      case "S":
        guard options.spotCodes.contains(code) else {
          skipped += 1
          continue
        }
        kind = .feature
      default: kind = .feature
      }
      guard let lat = Double(f[4]), let lon = Double(f[5]), abs(lat) <= 90, abs(lon) <= 180 else {
        problems.append(
          Problem(line: row.line, reason: "latitude/longitude: expected decimal degrees, found '\(f[4])', '\(f[5])'"))
        continue
      }
      let name = String(f[1]).trimmed
      guard !name.isEmpty else {
        problems.append(Problem(line: row.line, reason: "name: expected a name, found nothing"))
        continue
      }
      let a1 = String(f[10])
      let a2 = String(f[11])
      let a3 = String(f[12])
      var parents: [PlaceID] = []
      if kind != .governorate && !a1.isEmpty && a1 != "00" { parents.append(admin1ID(country: cc, code: a1)) }
      if code != "ADM2" && kind != .governorate, let d = admin2["\(cc).\(a1).\(a2)"] { parents.append(d) }
      if code != "ADM3" && code != "ADM2" && kind != .governorate, let d = admin3["\(cc).\(a1).\(a2).\(a3)"] {
        parents.append(d)
      }
      let id = kind == .governorate ? admin1ID(country: cc, code: a1) : PlaceID(rawValue: "gn:\(f[0])")
      var aliases: [String] = []
      var seen: Set<String> = [name]
      for alt in [String(f[2])] + f[3].split(separator: ",").map(String.init) {
        let a = alt.trimmed
        guard keepAlternateName(a), seen.insert(a).inserted else { continue }
        aliases.append(a)
      }
      let population = Int(f[14]).flatMap { $0 > 0 ? $0 : nil }
      places.append(
        Place(
          id: id, name: name, kind: kind, aliases: aliases, latitude: lat, longitude: lon, parents: parents,
          population: population, source: options.source))
    }
    problems.sort { $0.line < $1.line }
    return Result(places: places, skipped: skipped, problems: problems)
  }

  /// Parses dump bytes (UTF-8; invalid sequences are repaired, never fatal).
  public static func parse(bytes: [UInt8], options: Options = .default) -> Result {
    parse(String(decoding: bytes, as: UTF8.self), options: options)
  }

  /// False for alternate names that are noise as match keys: Latin names of 3 characters or fewer, all-capital codes (IATA
  /// `PMS`, `LTK`), all-lower-case Latin machine transliterations (`tl abyd`, `hms`), URLs, and scripts other
  /// than Latin and Arabic.
  public static func keepAlternateName(_ name: String) -> Bool {
    var count = 0
    var hasUpper = false
    var hasLowerLatin = false
    var hasArabic = false
    var hasOtherScript = false
    for s in name.unicodeScalars {
      count += 1
      let v = s.value
      if v >= 0x41 && v <= 0x5A {
        hasUpper = true
      } else if v >= 0x61 && v <= 0x7A {
        hasLowerLatin = true
      } else if v >= 0x600 && v <= 0x6FF {
        hasArabic = true
      } else if v >= 0xC0 && v <= 0x24F || v >= 0x1E00 && v <= 0x1EFF {
        if s.properties.isUppercase { hasUpper = true } else { hasLowerLatin = true }
      } else if v >= 0x370 && s.properties.isAlphabetic && !(v >= 0x2B0 && v <= 0x2FF) {
        hasOtherScript = true
      }
    }
    if name.contains("://") { return false }
    if hasOtherScript { return false }
    // Arabic script writes no short vowels, so three letters is a whole name (حلب, حمص).
    if hasArabic { return count >= 3 }
    if count <= 3 { return false }
    if !hasUpper { return false }  // all lower case (or no letters)
    if !hasLowerLatin && count <= 5 { return false }  // codes such as "PMS", "OSDI"
    return true
  }
}

extension String {
  var trimmed: String {
    var s = Substring(self)
    while let c = s.first, c.isWhitespace { s = s.dropFirst() }
    while let c = s.last, c.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
