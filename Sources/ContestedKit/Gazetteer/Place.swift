import Foundation

/// A place in the gazetteer: a village, town, hill, mountain area, district or governorate.
///
/// Ids: `gn:<geonameid>` for GeoNames rows (districts included), `adm1:SY-LA` for governorates (ISO 3166-2),
/// `cur:<slug>` for hand-curated places, `region:<slug>` for areas such as Jabal al-Turkman, and any
/// `user:<slug>` (or other) id a workspace chooses.
public struct Place: Hashable, Sendable, Codable {
  /// What kind of thing a place is; decides the default pick when one name fits several kinds.
  public enum Kind: String, CaseIterable, Sendable, Codable {
    /// A village, town, city or neighbourhood.
    case populated
    /// A hill, mountain, crossing, base or other point feature.
    case feature
    /// An area without administrative status ("Jabal al-Turkman", "Eastern Ghouta").
    case region
    /// An administrative unit below the governorate (mintaqa, nahiya).
    case district
    /// A first-level administrative unit (muhafazah, oblast, state).
    case governorate

    /// Lower ranks win when one name fits places of several kinds ("Idlib" the city over the governorate).
    var rank: Int {
      switch self {
      case .populated: 0
      case .feature: 1
      case .region: 2
      case .district: 3
      case .governorate: 4
      }
    }
  }

  /// The canonical id.
  public var id: PlaceID
  /// The display name.
  public var name: String
  /// What kind of place this is.
  public var kind: Kind
  /// Other names: spellings, transliterations, Arabic and Turkish forms.
  public var aliases: [String]
  /// WGS84 latitude in decimal degrees, when known.
  public var latitude: Double?
  /// WGS84 longitude in decimal degrees, when known.
  public var longitude: Double?
  /// The places that directly contain this one: governorate, district, regions.
  public var parents: [PlaceID]
  /// Population figure from the source, when given (0 in GeoNames often means "no figure").
  public var population: Int?
  /// Where the entry comes from: `geonames`, `curated`, `user`, `geonames-dump`.
  public var source: String

  /// Creates a place.
  public init(
    id: PlaceID, name: String, kind: Kind = .populated, aliases: [String] = [], latitude: Double? = nil,
    longitude: Double? = nil, parents: [PlaceID] = [], population: Int? = nil, source: String = "user"
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.latitude = latitude
    self.longitude = longitude
    self.parents = parents
    self.population = population
    self.source = source
  }

  /// The name followed by every alias.
  public var allNames: [String] { [name] + aliases }

  /// True when the entry was added by hand rather than derived from GeoNames.
  public var isCurated: Bool { source == "curated" }

  /// Great-circle distance in kilometres to `other`, when both have coordinates.
  public func distance(to other: Place) -> Double? {
    guard let lat1 = latitude, let lon1 = longitude, let lat2 = other.latitude, let lon2 = other.longitude else {
      return nil
    }
    return Place.haversine(lat1, lon1, lat2, lon2)
  }

  static func haversine(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let r = Double.pi / 180
    let dLat = (lat2 - lat1) * r
    let dLon = (lon2 - lon1) * r
    let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371 * asin(min(1, a.squareRoot()))
  }
}
