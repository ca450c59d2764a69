/// Which sides fight on one side in a theatre (Syria: the government with Russia; …): allies' claims never
/// conflict. A side that no theatre groups is its own coalition.
public struct Coalitions: Sendable, Hashable {
  /// theatre → side → coalition name.
  public var camps: [String: [Side: String]]
  /// theatre → the place-id prefixes of its places.
  public var places: [String: [String]] = [:]

  /// Creates coalitions from theatre → coalition name → sides.
  public init(_ theatres: [String: [String: [Side]]] = [:]) {
    var camps: [String: [Side: String]] = [:]
    for (theatre, coalitions) in theatres {
      for (name, sides) in coalitions { for s in sides { camps[theatre, default: [:]][s] = name } }
    }
    self.camps = camps
  }

  /// Adds rows of a workspace's `theatres.tsv` (``TheatresTSV``); a row for a side already placed moves it.
  public func adding(_ rows: [TheatresTSV.Row]) -> Coalitions {
    var c = self
    for r in rows {
      for s in r.sides { c.camps[r.theatre, default: [:]][s] = r.coalition }
      for p in r.places where !(c.places[r.theatre] ?? []).contains(p) { c.places[r.theatre, default: []].append(p) }
    }
    return c
  }

  /// The theatre a claim is in: the one with the longest place-id prefix its (stored) place id starts with; for a
  /// place without an id, the only theatre whose coalitions group the claim's controller side (none when several do).
  public func theatre(of claim: Claim) -> String? {
    guard let id = claim.place.id?.rawValue else {
      let side = claim.controller.side
      let found = camps.filter { $0.value[side] != nil }.map(\.key)
      return found.count == 1 ? found[0] : nil
    }
    var best: (String, Int)?
    for (t, prefixes) in places {
      for p in prefixes where id.hasPrefix(p) && p.count > (best?.1 ?? -1) { best = (t, p.count) }
    }
    return best?.0
  }

  /// The coalition of `side` for `claim`'s theatre, else the side itself.
  public func camp(of side: Side, in claim: Claim) -> String {
    guard let t = theatre(of: claim), let c = camps[t]?[side] else { return side.rawValue }
    return t + ":" + c
  }
}

extension Coalitions {
  /// The theatres every workspace knows. Syria: the government with Russia (Iranian forces and Hezbollah are
  /// registered as `government` actors); the opposition with the Turkey-backed factions and Turkey.
  public static let builtIn: Coalitions = {
    var c = Coalitions([
      "syria": [
        "government": [.government, .russianGovernment],
        "opposition": [.opposition, .turkishBacked, .turkishGovernment],
      ]
    ])
    // The bundled gazetteer is Syria's (GeoNames ids, curated regions, administrative units).
    c.places["syria"] = ["gn:", "region:", "adm1:SY", "adm2:SY", "adm3:SY", "cur:"]
    return c
  }()
}
