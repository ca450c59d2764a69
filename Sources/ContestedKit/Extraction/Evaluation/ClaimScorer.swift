/// Precision, recall and F1 for one field.
public struct FieldScore: Hashable, Sendable {
  /// Matched pairs.
  public var matched: Int
  /// Extracted claims.
  public var extracted: Int
  /// Gold claims.
  public var gold: Int

  /// matched / extracted (1 when nothing was extracted).
  public var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
  /// matched / gold (1 when there is no gold).
  public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
  /// Harmonic mean.
  public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  /// Adds counts.
  public static func + (a: FieldScore, b: FieldScore) -> FieldScore {
    FieldScore(matched: a.matched + b.matched, extracted: a.extracted + b.extracted, gold: a.gold + b.gold)
  }
}

/// The fields scored, each as "place plus this field must agree".
public enum ScoredField: String, CaseIterable, Sendable {
  case place
  case side
  case stance
  case event
  case claimant
  case date
  /// (place, side, stance).
  case triple
  /// Every field: place, side, stance, event, claimant and date.
  case claim
}

/// Scores for a set of articles.
public struct EvaluationReport: Sendable {
  /// Per field.
  public var fields: [ScoredField: FieldScore]
  /// Pairs matched on (place, side, stance).
  public var tripleMatches: Int
  /// Of those, pairs whose dates agree.
  public var datesRight: Int
  /// Articles scored.
  public var articles: Int

  /// Share of triple-matched pairs with the right date.
  public var dateAccuracy: Double { tripleMatches == 0 ? 1 : Double(datesRight) / Double(tripleMatches) }

  /// An empty report.
  public init() {
    fields = [:]
    for f in ScoredField.allCases { fields[f] = FieldScore(matched: 0, extracted: 0, gold: 0) }
    tripleMatches = 0
    datesRight = 0
    articles = 0
  }

  /// The score for a field.
  public subscript(_ f: ScoredField) -> FieldScore { fields[f] ?? FieldScore(matched: 0, extracted: 0, gold: 0) }
}

/// Compares extracted claims with gold claims.
///
/// Matching rules:
/// - **place**: the extracted place text and the gold place (or each part of its bracketed referent) are folded
///   by `PlaceNormalizer` (case, "al-", doubled letters, common transliteration variants); they match when equal
///   or when one folded word sequence contains the other.
/// - **side**, **stance**, **event**: equal.
/// - **claimant**: loose: folded names contain one another or share a distinctive word (not "official",
///   "forces", "media" …).
/// - **date**: the spans overlap and the extracted span is at most 7 days wider than the gold span; a gold
///   `null` only matches an extracted `nil`.
/// For each field, pairs are matched one-to-one, greedily in text order, on place plus that field.
public enum ClaimScorer {
  /// Scores one article.
  public static func score(gold: [GoldClaim], extracted: [Claim], into r: inout EvaluationReport) {
    r.articles += 1
    for f in ScoredField.allCases {
      let m = match(gold, extracted) { g, e in agree(f, g, e) }
      r.fields[f] = r[f] + FieldScore(matched: m.count, extracted: extracted.count, gold: gold.count)
    }
    // Dates on triple matches, preferring pairs whose dates agree.
    let pairs = match(
      gold, extracted, prefer: { g, e in datesAgree(g.when, e.when) }, { g, e in agree(.triple, g, e) })
    r.tripleMatches += pairs.count
    r.datesRight += pairs.filter { datesAgree(gold[$0.0].when, extracted[$0.1].when) }.count
  }

  /// Scores whole articles: (gold, extracted) per article.
  public static func evaluate(_ items: [(gold: GoldArticle, extracted: [Claim])]) -> EvaluationReport {
    var r = EvaluationReport()
    for it in items { score(gold: it.gold.claims, extracted: it.extracted, into: &r) }
    return r
  }

  static func agree(_ f: ScoredField, _ g: GoldClaim, _ e: Claim) -> Bool {
    guard placesMatch(g, e.place.text) else { return false }
    switch f {
    case .place: return true
    case .side: return g.controller == e.controller.side
    case .stance: return g.stance == e.stance
    case .event: return g.event == e.event
    case .claimant: return claimantsMatch(g.claimant, e.claimant.name)
    case .date: return datesAgree(g.when, e.when)
    case .triple: return g.controller == e.controller.side && g.stance == e.stance
    case .claim:
      return g.controller == e.controller.side && g.stance == e.stance && g.event == e.event
        && claimantsMatch(g.claimant, e.claimant.name) && datesAgree(g.when, e.when)
    }
  }

  static func match(
    _ gold: [GoldClaim], _ ext: [Claim], prefer: ((GoldClaim, Claim) -> Bool)? = nil,
    _ ok: (GoldClaim, Claim) -> Bool
  ) -> [(Int, Int)] {
    var used = [Bool](repeating: false, count: ext.count)
    var out: [(Int, Int)] = []
    for (gi, g) in gold.enumerated() {
      var pick: Int? = nil
      for (ei, e) in ext.enumerated() where !used[ei] && ok(g, e) {
        if pick == nil { pick = ei }
        if let p = prefer, p(g, e) {
          pick = ei
          break
        }
        if prefer == nil { break }
      }
      if let p = pick {
        used[p] = true
        out.append((gi, p))
      }
    }
    return out
  }

  /// Place agreement (see the type's documentation).
  public static func placesMatch(_ g: GoldClaim, _ extracted: String) -> Bool {
    // An extracted "description [referent]" matches on either part, like the gold.
    let probe = GoldClaim(
      claimant: "", place: extracted, controller: .unknown, stance: .asserts, event: .holds,
      quote: "")
    for x in probe.placeCandidates where placesMatch1(g, x) { return true }
    return false
  }

  static func placesMatch1(_ g: GoldClaim, _ extracted: String) -> Bool {
    let e = PlaceNormalizer.normalize(extracted)
    guard !e.isEmpty else { return false }
    let ew = e.split(separator: " ")
    for c in g.placeCandidates {
      let n = PlaceNormalizer.normalize(c)
      if n.isEmpty { continue }
      if n == e { return true }
      let nw = n.split(separator: " ")
      if contains(nw, ew) || contains(ew, nw) { return true }
    }
    return false
  }

  static func contains(_ a: [Substring], _ b: [Substring]) -> Bool {
    guard !b.isEmpty, b.count <= a.count else { return false }
    for i in 0...(a.count - b.count) where Array(a[i..<(i + b.count)]) == b { return true }
    return false
  }

  static let generic: Set<String> = [
    "the", "a", "an", "of", "for", "and", "official", "officials", "source", "sources", "spokesman",
    "spokesperson", "group", "forces", "syrian", "military", "local", "media", "news", "agency", "said", "head",
    "leader", "commander", "chief", "ministry", "state", "reporter", "correspondent", "human", "rights", "army",
    "government", "defence", "defense", "national", "office", "council", "in", "on", "to", "from", "by", "with",
    "its", "his", "her", "their", "told",
  ]

  /// Loose claimant agreement.
  public static func claimantsMatch(_ g: String, _ e: String) -> Bool {
    func words(_ s: String) -> [String] { PlaceNormalizer.words(s) }
    let gw = words(g)
    let ew = words(e)
    if gw.isEmpty || ew.isEmpty { return false }
    if gw == ew { return true }
    let gs = gw.joined(separator: " ")
    let es = ew.joined(separator: " ")
    if gs.contains(es) || es.contains(gs) { return true }
    let gd = Set(gw).subtracting(generic)
    let ed = Set(ew).subtracting(generic)
    return !gd.isDisjoint(with: ed)
  }

  /// Date agreement (see the type's documentation).
  public static func datesAgree(_ g: TimeSpan?, _ e: TimeSpan?) -> Bool {
    guard let g else { return e == nil }
    guard let e else { return false }
    let gw = g.to.ordinal - g.from.ordinal
    let ew = e.to.ordinal - e.from.ordinal
    return g.overlaps(e) && ew <= gw + 7
  }
}
