import Foundation

/// How often a claimant's claims were upheld or refuted by final verdicts, with a reliability estimate that
/// does not let a source with two verdicts outrank one with two hundred.
///
/// Reliability is the posterior of a Beta(a, b) prior updated with upheld (successes) and refuted (failures)
/// rulings; unverifiable rulings do not count either way. With the documented prior a = b = 2 (a weak belief that
/// a source is right about half the time, worth four verdicts):
///
///     reliability = (upheld + a) / (upheld + refuted + a + b)
///
/// and the 90% credible interval is the 5% and 95% quantiles of Beta(upheld + a, refuted + b). Sources are ranked
/// by the interval's lower bound, so a short record (wide interval) ranks below a long, good one.
public struct TrackRecord: Hashable, Sendable {
  /// The prior's pseudo-count of upheld rulings.
  public static let priorUpheld = 2.0
  /// The prior's pseudo-count of refuted rulings.
  public static let priorRefuted = 2.0

  /// The claimant's name.
  public var claimant: String
  /// The claimant's group (independence key), when given.
  public var group: String?
  /// Claims in the ledger by this claimant (any status).
  public var claims: Int
  /// Claims upheld by a final verdict.
  public var upheld: Int
  /// Claims refuted by a final verdict.
  public var refuted: Int
  /// Claims ruled unverifiable.
  public var unverifiable: Int

  /// Creates a record.
  public init(claimant: String, group: String? = nil, claims: Int, upheld: Int, refuted: Int, unverifiable: Int) {
    self.claimant = claimant
    self.group = group
    self.claims = claims
    self.upheld = upheld
    self.refuted = refuted
    self.unverifiable = unverifiable
  }

  /// Upheld + refuted: the rulings that inform reliability.
  public var decisive: Int { upheld + refuted }

  /// The posterior mean.
  public var reliability: Double {
    (Double(upheld) + Self.priorUpheld) / (Double(decisive) + Self.priorUpheld + Self.priorRefuted)
  }

  /// The 90% credible interval (5% and 95% quantiles of the posterior).
  public var interval: (low: Double, high: Double) {
    let a = Double(upheld) + Self.priorUpheld
    let b = Double(refuted) + Self.priorRefuted
    return (BetaDistribution.quantile(0.05, a: a, b: b), BetaDistribution.quantile(0.95, a: a, b: b))
  }

  /// Track records of every claimant, from the claims and the rulings in force, ranked by the interval's lower
  /// bound (then decisive rulings, then name).
  public static func compute(claims: [Claim], rulings: [ClaimID: ClaimRuling]) -> [TrackRecord] {
    var byName: [String: TrackRecord] = [:]
    for c in claims {
      let name = c.claimant.name
      var r =
        byName[name]
        ?? TrackRecord(claimant: name, group: c.claimant.group, claims: 0, upheld: 0, refuted: 0, unverifiable: 0)
      r.claims += 1
      if r.group == nil { r.group = c.claimant.group }
      switch rulings[c.id] {
      case .upheld: r.upheld += 1
      case .refuted: r.refuted += 1
      case .unverifiable: r.unverifiable += 1
      case nil: break
      }
      byName[name] = r
    }
    let lows = byName.mapValues { $0.interval.low }
    return byName.values.sorted { x, y in
      let lx = lows[x.claimant]!
      let ly = lows[y.claimant]!
      if lx != ly { return lx > ly }
      if x.decisive != y.decisive { return x.decisive > y.decisive }
      return x.claimant < y.claimant
    }
  }

  /// The rulings in force: for each claim, the ruling of the latest final (resolved) verdict that covers it.
  public static func rulings(from reviews: some Sequence<ConflictReview>) -> [ClaimID: ClaimRuling] {
    var latest: [ClaimID: (Int, ClaimRuling)] = [:]
    for r in reviews where r.phase == .resolved {
      guard let v = r.verdict, let e = r.verdictEvent else { continue }
      for (id, ruling) in v.rulings where (latest[id]?.0 ?? Int.min) < e.seq {
        latest[id] = (e.seq, ruling)
      }
    }
    return latest.mapValues(\.1)
  }
}

/// The Beta distribution's CDF (regularized incomplete beta) and quantiles, for ``TrackRecord``.
public enum BetaDistribution {
  /// I_x(a, b), by the continued fraction (Numerical Recipes §6.4), accurate to ~1e-10.
  public static func cdf(_ x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let lnBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
    let lnPowers: Double = a * log(x) + b * log(1 - x)
    let lnFront = lnBeta + lnPowers
    let front = exp(lnFront)
    if x < (a + 1) / (a + b + 2) { return front * continuedFraction(x, a, b) / a }
    return 1 - front * continuedFraction(1 - x, b, a) / b
  }

  static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for m in 1...300 {
      let m = Double(m)
      let m2 = 2 * m
      let num1: Double = m * (b - m) * x
      var aa: Double = num1 / ((a + m2 - 1) * (a + m2))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      h *= d * c
      let num2: Double = -(a + m) * (a + b + m) * x
      aa = num2 / ((a + m2) * (a + m2 + 1))
      d = 1 + aa * d
      if abs(d) < tiny { d = tiny }
      c = 1 + aa / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      h *= delta
      if abs(delta - 1) < 1e-12 { break }
    }
    return h
  }

  /// The p-quantile, by bisection on the CDF.
  public static func quantile(_ p: Double, a: Double, b: Double) -> Double {
    var lo = 0.0
    var hi = 1.0
    for _ in 0..<60 {
      let mid = (lo + hi) / 2
      if cdf(mid, a: a, b: b) < p { lo = mid } else { hi = mid }
    }
    return (lo + hi) / 2
  }
}
