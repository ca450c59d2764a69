extension ConflictFilter {
  /// Whether an estimate passes the filters of `contested report`: a place key or name (the cell's, a name from
  /// `placeNames`, or a claim's place text), a side among its candidates or its holder, a claimant citing it,
  /// a status of a conflict one of its claims is in (`statuses`), and its window against since/until.
  public func matches(
    _ cell: CellEstimate, claims: [ClaimID: Claim], placeName: String? = nil,
    statuses statusOf: (ClaimID) -> [ConflictStatus] = { _ in [] }
  ) -> Bool {
    if !places.isEmpty {
      let wanted = Set(places.map { $0.lowercased() })
      var names: Set<String> = [cell.place.rawValue.lowercased()]
      if let placeName { names.insert(placeName.lowercased()) }
      for id in cell.claims { if let c = claims[id] { names.insert(c.place.text.lowercased()) } }
      if wanted.isDisjoint(with: names) { return false }
    }
    if !sides.isEmpty && !sides.contains(cell.holder) && !cell.alternatives.contains(where: { sides.contains($0.side) })
    {
      return false
    }
    if !claimants.isEmpty {
      let wanted = Set(claimants.map { $0.lowercased() })
      let cited = cell.claims.compactMap { claims[$0] }
      let names = Set(cited.flatMap { [$0.claimant.name.lowercased(), $0.claimant.independenceKey.lowercased()] })
      if wanted.isDisjoint(with: names) { return false }
    }
    if !statuses.isEmpty && !cell.claims.contains(where: { statusOf($0).contains { statuses.contains($0) } }) {
      return false
    }
    if let since, cell.window.to < since { return false }
    if let until, cell.window.from > until { return false }
    return true
  }
}
