/// The id of a faction in the registry (`syrian-army`, `hts`, `russian-media`).
public struct FactionID: StringIdentifier {
  /// The id text.
  public let rawValue: String
  /// Creates an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// An armed force, authority, outlet or monitor that claims or controls places: the "actor" of the design.
/// (Never named `Actor`: that would shadow Swift's `Actor` protocol.)
public struct Faction: Hashable, Sendable {
  /// Stable id.
  public var id: FactionID
  /// Display name.
  public var name: String
  /// The side it belongs to.
  public var side: Side
  /// Other names it goes by ("SAA", "regime forces", "Assad's forces").
  public var aliases: [String]
  /// Claimants in one group are one voice for independence (RT, Sputnik, TASS and "Russian media" share
  /// `russian-state-media`). Nil means the faction is its own group.
  public var group: String?

  /// Creates a faction.
  public init(id: FactionID, name: String, side: Side, aliases: [String] = [], group: String? = nil) {
    self.id = id
    self.name = name
    self.side = side
    self.aliases = aliases
    self.group = group
  }

  /// The name followed by every alias.
  public var allNames: [String] { [name] + aliases }

  /// The independence group: `group`, else the id.
  public var claimantGroup: String { group ?? id.rawValue }
}
