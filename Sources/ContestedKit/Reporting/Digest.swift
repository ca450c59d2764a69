/// The output formats of `contested digest`.
public enum DigestFormat: String, CaseIterable, Sendable {
  /// GitHub-flavoured Markdown (``DigestRenderer``).
  case markdown
  /// One self-contained HTML briefing with a map and timelines (``DigestHTMLRenderer``).
  case html
}

/// Everything a digest shows; the renderers add nothing that varies between runs.
public struct Digest: Sendable {
  /// Every claim in the workspace (only accepted ones are shown).
  public var claims: [Claim]
  /// The conflicts among the accepted claims, with their review status.
  public var conflicts: [Conflict]
  /// Review decisions by conflict.
  public var decisions: [ConflictID: ConflictDecision]
  /// The track record per claimant (as `contested sources` ranks it).
  public var trackRecord: [TrackRecord]
  /// Display names for place keys (from the gazetteer); a missing key shows the conflict's own place name.
  public var placeNames: [PlaceID: String]
  /// The stored articles, for titles and addresses.
  public var articles: [ArticleID: ArticleRecord]
  /// The estimator's reading of each conflict's window (`contested estimate`), for the "assessed control" line.
  public var assessed: [ConflictID: CellEstimate]
  /// Gazetteer coordinates of places, for the HTML briefing's map (places without one are listed beside it).
  public var coordinates: [PlaceID: Coordinate]
  /// At most this many open conflicts are listed, by priority (nil: all of them).
  public var limit: Int?
  /// First day of the period (inclusive), or nil for "from the start".
  public var since: Day?
  /// Last day of the period (inclusive), or nil for "up to now".
  public var until: Day?
  /// When the digest was made (ISO-8601 timestamp), printed in its header.
  public var generatedAt: String
  /// The tool's version, printed in the header.
  public var toolVersion: String

  /// A latitude and longitude in degrees (WGS 84).
  public struct Coordinate: Hashable, Sendable {
    /// Degrees north.
    public var latitude: Double
    /// Degrees east.
    public var longitude: Double

    /// A coordinate.
    public init(latitude: Double, longitude: Double) {
      self.latitude = latitude
      self.longitude = longitude
    }
  }

  /// Creates a digest.
  public init(
    claims: [Claim], conflicts: [Conflict], decisions: [ConflictID: ConflictDecision] = [:],
    trackRecord: [TrackRecord] = [], placeNames: [PlaceID: String] = [:],
    articles: [ArticleID: ArticleRecord] = [:], assessed: [ConflictID: CellEstimate] = [:],
    coordinates: [PlaceID: Coordinate] = [:], limit: Int? = nil, since: Day? = nil, until: Day? = nil,
    generatedAt: String, toolVersion: String
  ) {
    self.claims = claims
    self.conflicts = conflicts
    self.decisions = decisions
    self.trackRecord = trackRecord
    self.placeNames = placeNames
    self.articles = articles
    self.assessed = assessed
    self.coordinates = coordinates
    self.limit = limit
    self.since = since
    self.until = until
    self.generatedAt = generatedAt
    self.toolVersion = toolVersion
  }

  /// The default number of open conflicts a digest lists (`digest --top N`, `--all` for every one).
  public static let defaultLimit = 50

  /// Whether a span of days overlaps the period.
  public func inPeriod(_ span: TimeSpan) -> Bool {
    if let since, span.to < since { return false }
    if let until, span.from > until { return false }
    return true
  }

  /// Whether a day lies in the period.
  public func inPeriod(_ day: Day) -> Bool { inPeriod(TimeSpan(from: day, to: day)) }

  /// "all dates", "from 2016-06-01", "up to 2016-06-30" or "2016-06-01 to 2016-06-30".
  public var periodText: String {
    switch (since, until) {
    case (nil, nil): "all dates"
    case (let s?, nil): "from \(s.iso)"
    case (nil, let u?): "up to \(u.iso)"
    case (let s?, let u?): "\(s.iso) to \(u.iso)"
    }
  }
}
