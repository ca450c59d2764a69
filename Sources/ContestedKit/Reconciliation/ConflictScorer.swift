import Foundation  // trimmingCharacters

/// Scores the reconciler against hand-marked conflicts: the gold claims of annotated articles go in as claims, and
/// the conflict pairs the reconciler finds are compared with the pairs the annotators marked (in-article
/// `conflicts` and the cross-article list, docs/cli.md under eval).
///
/// This measures the reconciler alone, on perfect extraction: places are resolved through the gazetteer from the
/// gold spelling, claimants are grouped through the actor registry, and claim ids are `"NNN#k"`.
public enum ConflictScorer {
  /// A pair of gold claims (`"NNN#k"`), in byte order.
  public struct Pair: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The smaller id.
    public var a: String
    /// The larger id.
    public var b: String

    /// A pair in byte order.
    public init(_ x: String, _ y: String) {
      (a, b) = x.utf8.lexicographicallyPrecedes(y.utf8) ? (x, y) : (y, x)
    }

    public static func < (l: Pair, r: Pair) -> Bool { (l.a, l.b) < (r.a, r.b) }

    /// `NNN#i–NNN#j`.
    public var description: String { "\(a)–\(b)" }
  }

  /// Pairs found and missed.
  public struct Result: Sendable {
    /// Pairs both marked and found.
    public var found: [Pair]
    /// Pairs found but not marked.
    public var extra: [Pair]
    /// Pairs marked but not found.
    public var missed: [Pair]
    /// Pairs of one voice contradicting itself (kind self-contradiction): not scored, since the gold marks only
    /// disagreements between independent claimants.
    public var selfContradictions: [Pair]

    /// found / (found + extra); 1 when nothing was found.
    public var precision: Double {
      found.isEmpty && extra.isEmpty ? 1 : Double(found.count) / Double(found.count + extra.count)
    }
    /// found / (found + missed); 1 when nothing was marked.
    public var recall: Double {
      found.isEmpty && missed.isEmpty ? 1 : Double(found.count) / Double(found.count + missed.count)
    }
    /// Harmonic mean of the two.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
  }

  /// The claim the reconciler sees for gold claim `k` of `article`.
  public static func claim(
    _ gold: GoldClaim, id: String, article: GoldArticle, places: any PlaceLexicon, registry: FactionRegistry
  ) -> Claim {
    // The head place the text names (without its extent: "the outskirts of X" is about X), then the bracketed
    // referent's parts.
    let head = PlaceRef.headText(of: PlaceReading.read(gold.place), text: gold.place)
    let candidates = ([head] + gold.placeCandidates).map { $0.trimmingCharacters(in: .whitespaces) }
    let resolved = candidates.lazy.compactMap { places.placeID(for: $0) }.first
    let text = gold.place
    return Claim(
      id: ClaimID(rawValue: id),
      claimant: Claimant(
        name: gold.claimant, side: gold.claimantSide ?? registry.side(of: gold.claimant),
        group: group(of: gold.claimant, registry: registry)),
      reportedBy: Report(outlet: article.outlet, url: article.url, published: article.published),
      place: PlaceRef(id: resolved, text: text),
      controller: ControllerRef(side: gold.controller), stance: gold.stance, event: gold.event, when: gold.when,
      quantity: gold.quantity.map { Quantity(count: $0) }, evidence: Evidence(quote: gold.quote),
      origin: .imported, status: .accepted)
  }

  /// A gold file's conflict list that is not in the corpus format.
  public struct FormatError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String
  }

  /// The pairs a gold article's JSON marks in its `"conflicts"` (`[{"claims": [i, j]}, …]`), as `NNN#i`–`NNN#j`.
  public static func markedPairs(goldJSON data: Data, article: GoldArticle) throws -> [Pair] {
    let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    return try claimPairs(object?["conflicts"], field: "conflicts").map { c in
      guard let i = (c[0] as? NSNumber)?.intValue, let j = (c[1] as? NSNumber)?.intValue,
        article.claims.indices.contains(i), article.claims.indices.contains(j)
      else { throw FormatError(description: "conflicts: claim indices out of range") }
      return Pair("\(article.id)#\(i)", "\(article.id)#\(j)")
    }
  }

  /// The pairs of a `CROSS.json` file (`[{"claims": ["NNN#k", "MMM#l"]}, …]`).
  public static func crossPairs(json data: Data) throws -> [Pair] {
    try claimPairs(try? JSONSerialization.jsonObject(with: data), field: nil).map { c in
      guard let a = c[0] as? String, let b = c[1] as? String else {
        throw FormatError(description: "expected \"NNN#k\" references")
      }
      return Pair(a, b)
    }
  }

  private static func claimPairs(_ any: Any?, field: String?) throws -> [[Any]] {
    guard let list = any as? [Any] else { return [] }
    return try list.map { item in
      guard let o = item as? [String: Any], let c = o["claims"] as? [Any], c.count == 2 else {
        throw FormatError(description: (field.map { "\($0): " } ?? "") + "expected objects with two \"claims\"")
      }
      return c
    }
  }

  /// The independence group of a gold claimant: the registry's for the name, else for the organisation the gold
  /// names in brackets ("Redur Khalil (YPG)"), else for the name without a leading "the"; nil when none is known.
  static func group(of name: String, registry: FactionRegistry) -> String? {
    if let g = registry.claimantGroup(for: name) { return g }
    if let open = name.lastIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
      let inner = String(name[name.index(after: open)..<close])
      for part in inner.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
        if let g = registry.claimantGroup(for: part) { return g }
      }
    }
    let lower = name.lowercased()
    if lower.hasPrefix("the ") { return registry.claimantGroup(for: String(name.dropFirst(4))) }
    return nil
  }

  /// Runs `reconciler` over every gold claim of `articles` and compares its pairs with `marked`.
  public static func score(
    articles: [GoldArticle], marked: Set<Pair>, places: any PlaceLexicon, registry: FactionRegistry,
    reconciler: Reconciler
  ) -> Result {
    var claims: [Claim] = []
    for article in articles {
      for (k, gold) in article.claims.enumerated() {
        claims.append(claim(gold, id: "\(article.id)#\(k)", article: article, places: places, registry: registry))
      }
    }
    var predicted = Set<Pair>()
    var own = Set<Pair>()
    let assertions = ControlAssertion.derive(
      from: claims, options: reconciler.options, places: reconciler.places, registry: reconciler.registry,
      hierarchy: reconciler.hierarchy)
    for p in reconciler.pairs(among: assertions) {
      // The gold marks disagreements between voices; one voice's own changes are reported apart.
      if p.kind == .selfContradiction {
        own.insert(Pair(p.a.rawValue, p.b.rawValue))
      } else {
        predicted.insert(Pair(p.a.rawValue, p.b.rawValue))
      }
    }
    return Result(
      found: predicted.intersection(marked).sorted(), extra: predicted.subtracting(marked).sorted(),
      missed: marked.subtracting(predicted).sorted(), selfContradictions: own.sorted())
  }
}
