/// The reasons for one cell's estimate, in words a fact-checker can check against the claims.
struct EstimateExplainer {
  let model: TruthModel
  let claims: [Claim]

  private var problem: EstimationProblem { model.problem }

  static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  /// Reasons, most important first.
  func reasons(cell c: Int, estimate e: CellEstimate) -> [String] {
    let p = problem
    let range = Int(p.cellStart[c])..<Int(p.cellStart[c + 1])
    var out: [String] = []
    if let v = e.verdict { out.append("a final verdict says \(v) held it; taken as known") }
    for alt in e.alternatives.prefix(3) where alt.probability >= 0.05 || alt.side == e.best {
      out.append(position(alt, statements: range))
    }
    out.append(contentsOf: interests(range))
    var days = Set<Int32>()
    for s in range { days.insert(p.start[s]) }
    if days.count > 1, let latest = days.max() {
      out.append("latest statement \(Day(ordinal: latest).iso); older statements in the window weigh less")
    }
    if e.unnamed >= 0.05 { out.append("\(Self.percent(e.unnamed)) left to sides nobody named here") }
    if !e.isDetermined {
      out.append(
        "undetermined: the best reading, \(e.best) at \(Self.percent(e.probability)), is below the chosen confidence "
          + "of \(Self.percent(model.options.confidence))")
    }
    return out
  }

  /// "government 81%: 3 independent voices (SOHR 78%, …); 1 repeat discounted (X appears to copy Y); 1 denies it".
  private func position(_ alt: CellEstimate.Alternative, statements range: Range<Int>) -> String {
    let p = problem
    var independent: [String] = []
    var repeats: [String] = []
    var deniers: [String] = []
    for s in range where p.values[Int(p.value[s])] == alt.side {
      let v = Int(p.source[s])
      let name = "\(p.voiceNames[v]) \(Self.percent(model.accuracy[v]))"
      if p.denies[s] {
        deniers.append(name)
      } else if model.independence[s] >= 0.9 {
        independent.append(name)
      } else {
        let weight = "counted as \(Self.percent(model.independence[s]))"
        repeats.append("\(name) \(weight)" + (copied(s).map { ", appears to copy \($0)" } ?? ""))
      }
    }
    var text = "\(alt.side) \(Self.percent(alt.probability))"
    var parts: [String] = []
    if !independent.isEmpty {
      parts.append("\(count(independent.count, "independent voice")) (\(list(independent)))")
    }
    if !repeats.isEmpty { parts.append("\(count(repeats.count, "dependent voice")) discounted (\(list(repeats)))") }
    if !deniers.isEmpty {
      parts.append("\(deniers.count) den\(deniers.count == 1 ? "ies" : "y") it (\(list(deniers)))")
    }
    if !parts.isEmpty { text += ": " + parts.joined(separator: "; ") }
    return text
  }

  /// The voice that statement `s` most depends on among those saying the same before it.
  private func copied(_ s: Int) -> String? {
    let p = problem
    var best: (Double, Int32)?
    let cellRange = cellRange(of: s)
    for t in cellRange where t != s && p.value[t] == p.value[s] && p.denies[t] == p.denies[s] {
      let d = model.copies.copyDiscount(p.source[s], copies: p.source[t], threshold: model.options.copyThreshold)
      if d > (best?.0 ?? 0.05) { best = (d, p.source[t]) }
    }
    return best.map { p.voiceNames[Int($0.1)] }
  }

  private func cellRange(of s: Int) -> Range<Int> {
    var lo = 0
    var hi = problem.cellCount
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if Int(problem.cellStart[mid]) <= s { lo = mid } else { hi = mid }
    }
    return Int(problem.cellStart[lo])..<Int(problem.cellStart[lo + 1])
  }

  /// Admissions against interest and self-serving statements.
  private func interests(_ range: Range<Int>) -> [String] {
    let p = problem
    var out: [String] = []
    for s in range where p.interest[s] != .neutral {
      let claim = claims[Int(p.claim[s])]
      let who = "\(p.voiceNames[Int(p.source[s])]) (\(claim.claimant.side?.rawValue ?? "?"))"
      let what = "\(p.values[Int(p.value[s])]) \(p.denies[s] ? "does not hold it" : "holds it")"
      switch p.interest[s] {
      case .againstInterest: out.append("admission against interest, weighs more: \(who) says \(what)")
      case .selfServing: out.append("self-serving, weighs less: \(who) says \(what)")
      case .neutral: break
      }
      if out.count >= 4 { break }
    }
    return out
  }

  private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

  private func list(_ names: [String]) -> String {
    names.count <= 4 ? names.joined(separator: ", ") : names.prefix(4).joined(separator: ", ") + ", …"
  }
}
