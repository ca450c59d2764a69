/// A string-backed identifier: hashable, comparable in byte order, and writable as a literal in tests.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Sendable,
  ExpressibleByStringLiteral, CustomStringConvertible, Codable
where RawValue == String {
  init(rawValue: String)
}

extension StringIdentifier {
  public init(stringLiteral value: String) { self.init(rawValue: value) }
  public var description: String { rawValue }
  /// Byte (UTF-8) order, the order the benchmark contract and every report use.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8) }
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// The id of a claim, e.g. `c0000001` or `C-7f3a…`.
public struct ClaimID: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// A canonical place id from the gazetteer (e.g. `gn:167863`, `cur:ein-eisa`, `region:jabal-al-turkman`),
/// or, for a place that is not resolved yet, an id the user or importer chose.
public struct PlaceID: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// The content hash of an article stored in a workspace.
public struct ArticleID: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}
