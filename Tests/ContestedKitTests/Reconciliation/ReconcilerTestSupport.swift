import ContestedKit

/// Builds synthetic claims for reconciler tests.
enum Make {
  static func day(_ s: String) -> Day { Day(iso: s)! }

  static func span(_ s: String) -> TimeSpan { TimeSpan(parsing: s)! }

  // swift-format-ignore
  static func claim(
    _ id: String, by claimant: String, group: String? = nil, place: String, text: String? = nil,
    region: String? = nil, _ side: Side, _ event: ControlEvent, _ when: String, stance: Stance = .asserts,
    quantity: Quantity? = nil, status: ClaimStatus = .accepted, quote: String? = nil
  ) -> Claim {
    Claim(
      id: ClaimID(rawValue: id), claimant: Claimant(name: claimant, group: group),
      place: PlaceRef(id: PlaceID(rawValue: place), text: text ?? place, region: region.map { PlaceID(rawValue: $0) }),
      controller: ControllerRef(side: side), stance: stance, event: event, when: span(when), quantity: quantity,
      evidence: quote.map { Evidence(quote: $0) }, status: status)
  }

  static func pairs(_ conflicts: [Conflict]) -> Set<[String]> {
    Set(conflicts.flatMap { c in c.pairs.map { [$0.a.rawValue, $0.b.rawValue] } })
  }
}
