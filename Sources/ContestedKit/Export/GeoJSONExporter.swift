/// An RFC 7946 GeoJSON FeatureCollection of the places claims are about (docs/formats.md, "GeoJSON export").
///
/// One Point feature per gazetteer place with coordinates that an accepted claim is about (its place id or its
/// region) or that a conflict meets at; coordinates are `[longitude, latitude]` (WGS 84, as RFC 7946 requires).
/// Properties: `id`, `name`, `kind`, `status` (`open` when a conflict is open or in review, `resolved` when all
/// are resolved or unresolvable, `none` without conflicts), `open_conflicts`, `resolved_conflicts`, `conflicts`
/// (id, kind, status, from, to), `claims` (how many accepted claims), and `latest` — for each claimant side, the
/// latest claim: its controller, stance, event, date, claimant and claim id. Places without coordinates are left
/// out and counted in the collection's foreign member `contested:places_without_coordinates`.
public enum GeoJSONExporter {
  /// The FeatureCollection as JSON text, features in place-id order.
  public static func export(claims: [Claim], conflicts: [Conflict], gazetteer: Gazetteer) -> String {
    let accepted = claims.filter { $0.status == .accepted }
    var claimsByPlace: [PlaceID: [Claim]] = [:]
    for c in accepted {
      if let id = c.place.id { claimsByPlace[id, default: []].append(c) }
      if let r = c.place.region, r != c.place.id { claimsByPlace[r, default: []].append(c) }
    }
    var conflictsByPlace: [PlaceID: [Conflict]] = [:]
    for c in conflicts { conflictsByPlace[c.place, default: []].append(c) }
    let keys = Set(claimsByPlace.keys).union(conflictsByPlace.keys).sorted()
    var missing = 0
    var w = JSONWriter()
    w.beginObject()
    w.key("type")
    w.string("FeatureCollection")
    w.key("features")
    w.beginArray()
    for key in keys {
      guard let place = gazetteer.place(id: key), let lat = place.latitude,
        let lon = place.longitude,
        lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180
      else {
        missing += 1
        continue
      }
      let here = (conflictsByPlace[key] ?? []).sorted { $0.id < $1.id }
      let open = here.filter { $0.status == .open || $0.status == .inReview }.count
      let decided = here.count - open
      w.beginObject()
      w.key("type")
      w.string("Feature")
      w.key("id")
      w.string(key.rawValue)
      w.key("geometry")
      w.beginObject()
      w.key("type")
      w.string("Point")
      w.key("coordinates")
      w.beginArray()
      w.double(lon)
      w.double(lat)
      w.endArray()
      w.endObject()
      w.key("properties")
      w.beginObject()
      w.key("id")
      w.string(key.rawValue)
      w.key("name")
      w.string(place.name)
      w.key("kind")
      w.string(place.kind.rawValue)
      w.key("status")
      w.string(open > 0 ? "open" : (decided > 0 ? "resolved" : "none"))
      w.key("open_conflicts")
      w.int(open)
      w.key("resolved_conflicts")
      w.int(decided)
      w.key("conflicts")
      w.beginArray()
      for c in here {
        w.beginObject()
        w.key("id")
        w.string(c.id.rawValue)
        w.key("kind")
        w.string(c.kind.rawValue)
        w.key("status")
        w.string(c.status.rawValue)
        w.key("from")
        w.string(c.window.from.iso)
        w.key("to")
        w.string(c.window.to.iso)
        w.endObject()
      }
      w.endArray()
      let placeClaims = claimsByPlace[key] ?? []
      w.key("claims")
      w.int(placeClaims.count)
      w.key("latest")
      w.beginObject()
      for (side, claim) in latestBySide(placeClaims) {
        w.key(dynamic: side)
        w.beginObject()
        w.key("controller")
        w.string(claim.controller.side.rawValue)
        w.key("stance")
        w.string(claim.stance.rawValue)
        w.key("event")
        w.string(claim.event.rawValue)
        if let d = claim.when {
          w.key("date")
          w.string(d.to.iso)
        }
        w.key("claimant")
        w.string(claim.claimant.name)
        w.key("claim")
        w.string(claim.id.rawValue)
        w.endObject()
      }
      w.endObject()
      w.endObject()
      w.endObject()
    }
    w.endArray()
    w.key("contested:places_without_coordinates")
    w.int(missing)
    w.endObject()
    return w.string + "\n"
  }

  /// For each claimant side (`unknown` when not given), the claim with the latest date (ties: larger id), by side.
  static func latestBySide(_ claims: [Claim]) -> [(String, Claim)] {
    var best: [String: Claim] = [:]
    for c in claims {
      let side = c.claimant.side?.rawValue ?? "unknown"
      if let b = best[side] {
        let bd = b.when?.to ?? Day(ordinal: Int32.min)
        let cd = c.when?.to ?? Day(ordinal: Int32.min)
        if cd > bd || (cd == bd && c.id > b.id) { best[side] = c }
      } else {
        best[side] = c
      }
    }
    return best.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
