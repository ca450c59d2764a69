/// Which sides fight on one side in a theatre (Syria: the government with Russia; …): allies' claims never
/// conflict. A side that no theatre groups is its own coalition.
public struct Coalitions: Sendable, Hashable {
  /// theatre → side → coalition name.
  public var camps: [String: [Side: String]]

  /// Creates coalitions from theatre → coalition name → sides.
  public init(_ theatres: [String: [String: [Side]]] = [:]) {
    var camps: [String: [Side: String]] = [:]
    for (theatre, coalitions) in theatres {
      for (name, sides) in coalitions { for s in sides { camps[theatre, default: [:]][s] = name } }
    }
    self.camps = camps
  }

  /// The theatre a claim is in: the one its place's id names (`theatre:id-prefix`), else nil. The bundled
  /// gazetteer is Syria's, so a resolved bundled id is in Syria.
  public static func theatre(of claim: Claim) -> String? {
    guard let id = claim.place.id?.rawValue else { return nil }
    if id.hasPrefix("gn:") || id.hasPrefix("region:") || id.hasPrefix("sy:") { return "syria" }
    return nil
  }

  /// The coalition of `side` for `claim`'s theatre, else the side itself.
  public func camp(of side: Side, in claim: Claim) -> String {
    guard let t = Self.theatre(of: claim), let c = camps[t]?[side] else { return side.rawValue }
    return t + ":" + c
  }
}

extension Coalitions {
  /// The theatres every workspace knows. Syria: the government with Russia (Iranian forces and Hezbollah are
  /// registered as `government` actors); the opposition with the Turkey-backed factions and Turkey.
  public static let builtIn = Coalitions([
    "syria": [
      "government": [.government, .russianGovernment],
      "opposition": [.opposition, .turkishBacked, .turkishGovernment],
    ]
  ])
}
