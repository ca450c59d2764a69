/// The output formats of `contested report`.
public enum ReportFormat: String, CaseIterable, Sendable {
  case table
  case json
  case jsonl
  case csv
  case markdown
}

/// What a conflict report shows: the conflicts (already filtered and ordered) and the claims they cite.
public struct ConflictReport: Sendable {
  /// The conflicts, in display order.
  public var conflicts: [Conflict]
  /// The claims the conflicts cite, for claimants, sources and quotes.
  public var claims: [ClaimID: Claim]

  /// Creates a report.
  public init(conflicts: [Conflict], claims: [ClaimID: Claim]) {
    self.conflicts = conflicts
    self.claims = claims
  }

  /// Creates a report from the claims list, keeping the claims the conflicts cite.
  public init(conflicts: [Conflict], claims: [Claim]) {
    var cited = Set<ClaimID>()
    for c in conflicts { for s in c.sides { cited.formUnion(s.claims) } }
    var map: [ClaimID: Claim] = [:]
    map.reserveCapacity(cited.count)
    for c in claims where map[c.id] == nil && cited.contains(c.id) { map[c.id] = c }
    self.init(conflicts: conflicts, claims: map)
  }

  /// How many conflicts are open.
  public var openCount: Int { conflicts.filter { $0.status == .open }.count }

  /// Renders in `format` (table options apply to `.table` only).
  public func render(_ format: ReportFormat, width: Int? = 100, color: Bool = false) -> String {
    switch format {
    case .table: return ConflictReportRenderer.table(self, width: width, color: color)
    case .json: return ConflictReportRenderer.json(self)
    case .jsonl: return ConflictReportRenderer.jsonl(self)
    case .csv: return ConflictReportRenderer.csv(self)
    case .markdown: return ConflictReportRenderer.markdown(self)
    }
  }
}

/// Filters for `contested report`: every non-empty filter must match (values within one filter are alternatives).
public struct ConflictFilter: Sendable, Hashable {
  /// Place keys or names (case-insensitive; matches the key, the display name or a claim's place text).
  public var places: [String] = []
  /// Sides: a conflict matches when one of its positions is about the side.
  public var sides: [Side] = []
  /// Claimant names or groups (case-insensitive).
  public var claimants: [String] = []
  /// Statuses.
  public var statuses: [ConflictStatus] = []
  /// Conflicts whose window ends on or after this day.
  public var since: Day?
  /// Conflicts whose window starts on or before this day.
  public var until: Day?

  /// Creates a filter (empty matches everything).
  public init(
    places: [String] = [], sides: [Side] = [], claimants: [String] = [], statuses: [ConflictStatus] = [],
    since: Day? = nil, until: Day? = nil
  ) {
    self.places = places
    self.sides = sides
    self.claimants = claimants
    self.statuses = statuses
    self.since = since
    self.until = until
  }

  /// Whether `conflict` passes; `claims` resolve claimant names and place texts.
  public func matches(_ conflict: Conflict, claims: [ClaimID: Claim]) -> Bool {
    let cited = conflict.claims.compactMap { claims[$0] }
    if !places.isEmpty {
      let wanted = Set(places.map { $0.lowercased() })
      var names: Set<String> = [conflict.place.rawValue.lowercased(), conflict.placeName.lowercased()]
      for c in cited {
        names.insert(c.place.text.lowercased())
        names.insert(c.place.key.rawValue.lowercased())
      }
      if wanted.isDisjoint(with: names) { return false }
    }
    if !sides.isEmpty && !conflict.sides.contains(where: { sides.contains($0.side) }) { return false }
    if !claimants.isEmpty {
      let wanted = Set(claimants.map { $0.lowercased() })
      let names = Set(cited.flatMap { [$0.claimant.name.lowercased(), $0.claimant.independenceKey.lowercased()] })
      if wanted.isDisjoint(with: names) { return false }
    }
    if !statuses.isEmpty && !statuses.contains(conflict.status) { return false }
    if let since, conflict.window.to < since { return false }
    if let until, conflict.window.from > until { return false }
    return true
  }
}
