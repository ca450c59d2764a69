/// One voice per originator (#16 item 4): who originated a claim, and the key under which claims are one voice.
///
/// "X, citing Y" is Y's voice carried by X; a chain of carriers (`Report.chain`, outermost first) ends at the
/// originator. Originators are grouped through the actor registry: all of a government's offices are one voice
/// (`russian-government`), an outlet's own voice is its group. The truth estimate and the priority count the keys.
public enum ClaimVoice {
  /// Words that introduce the originator inside a claimant's name ("AFP, citing Kurdish militias").
  static let citing = [", citing ", " citing ", ", quoting ", " quoting ", ", according to ", " according to "]

  /// The originator's name: the source a claimant cites, else the chain's innermost voice after the claimant,
  /// else the claimant.
  public static func originator(of claim: Claim) -> String {
    let name = claim.claimant.name
    let lower = name.lowercased()
    for marker in citing {
      if let r = lower.range(of: marker) {
        let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
        let cited = String(name.dropFirst(offset)).trimmed
        if !cited.isEmpty { return cited }
      }
    }
    let chain = claim.reportedBy.chain
    if let i = chain.lastIndex(where: { $0.lowercased() == lower }), i + 1 < chain.count {
      return chain[chain.count - 1]
    }
    return name
  }

  /// The independence key: the registry's group for the originator, else the claimant's own group when the
  /// claimant originated it, else the originator's folded name.
  public static func key(of claim: Claim, registry: FactionRegistry? = nil) -> String {
    let origin = originator(of: claim)
    let own = origin == claim.claimant.name
    if let g = registry?.claimantGroup(for: origin) { return g }
    if own, let g = claim.claimant.group { return g }
    if let r = registry, let g = r.claimantGroup(for: origin.hasPrefix("the ") ? String(origin.dropFirst(4)) : origin) {
      return g
    }
    return own ? claim.claimant.independenceKey : origin.lowercased()
  }

  /// Keys by what they depend on (claimant name, group, attribution chain): a million claims have a few hundred
  /// claimants, so `derive` asks once per distinct one.
  struct Cache {
    var registry: FactionRegistry?
    private var keys: [String: String] = [:]

    init(registry: FactionRegistry?) { self.registry = registry }

    mutating func key(of claim: Claim) -> String {
      var k = claim.claimant.name
      k.append("\u{1}")
      k.append(claim.claimant.group ?? "\u{2}")
      for c in claim.reportedBy.chain {
        k.append("\u{1}")
        k.append(c)
      }
      if let known = keys[k] { return known }
      let v = ClaimVoice.key(of: claim, registry: registry)
      keys[k] = v
      return v
    }
  }

  /// How many independent voices make `claims` (distinct keys).
  public static func count(_ claims: [Claim], registry: FactionRegistry? = nil) -> Int {
    Set(claims.map { key(of: $0, registry: registry) }).count
  }
}
