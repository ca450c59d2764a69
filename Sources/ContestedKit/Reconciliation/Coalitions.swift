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

  /// The theatre a claim is in: the one with the longest place-id prefix its place id (`place`, the resolved key,
  /// else the stored id) starts with; for a place without an id, its report's theatre (`reportTheatre`, see
  /// ``theatres(ofReports:places:)``), else the only theatre whose coalitions group the claim's controller side (none
  /// when several do: `government` is a side of many wars).
  public func theatre(of claim: Claim, place: PlaceID? = nil, reportTheatre: String? = nil) -> String? {
    let key = place ?? claim.place.id
    guard let id = key?.rawValue, !id.hasPrefix("unresolved:") else {
      if let reportTheatre { return reportTheatre }
      let side = claim.controller.side
      let found = camps.filter { $0.value[side] != nil }.map(\.key)
      return found.count == 1 ? found[0] : nil
    }
    return theatre(ofPlace: id)
  }

  /// The theatre whose longest place-id prefix `id` starts with.
  func theatre(ofPlace id: String) -> String? {
    var best: (String, Int)?
    for (t, prefixes) in places {
      for p in prefixes where id.hasPrefix(p) {
        // The longest prefix wins; between equal ones, the theatre first by name (dictionary order is not stable).
        if let (bt, bn) = best, p.count < bn || (p.count == bn && t > bt) { continue }
        best = (t, p.count)
      }
    }
    return best?.0
  }

  /// The theatre of each report (``ControlAssertion/reportKey(of:)``): the one most of its claims with known places
  /// are in (`places`: each claim's resolved key), when one theatre has more of them than any other. A claim about a
  /// place the gazetteer does not know is then read in the war its article is about.
  public func theatres(ofReports claims: [Claim], places: [PlaceID]) -> [String: String] {
    var counts: [String: [String: Int]] = [:]
    for (c, key) in zip(claims, places) where !key.rawValue.hasPrefix("unresolved:") {
      guard let report = ControlAssertion.reportKey(of: c), let t = theatre(ofPlace: key.rawValue) else { continue }
      counts[report, default: [:]][t, default: 0] += 1
    }
    var out: [String: String] = [:]
    for (report, byTheatre) in counts {
      let ranked = byTheatre.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      if ranked.count == 1 || ranked[0].value > ranked[1].value { out[report] = ranked[0].key }
    }
    return out
  }

  /// The coalition of `side` for `claim`'s theatre (``theatre(of:place:reportTheatre:)``), else the side itself.
  public func camp(of side: Side, in claim: Claim, place: PlaceID? = nil, reportTheatre: String? = nil) -> String {
    guard let t = theatre(of: claim, place: place, reportTheatre: reportTheatre), let c = camps[t]?[side] else {
      return side.rawValue
    }
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
