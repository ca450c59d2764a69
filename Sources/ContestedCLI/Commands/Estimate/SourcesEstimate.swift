import ContestedKit
import Foundation

/// What `contested sources` shows of the estimate: learned reliability per claimant's voice, copy relations.
enum SourcesEstimate {
  static func pct(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

  /// The learned reliability of each claimant name's voice (its originator's, ``ClaimVoice``).
  static func learned(_ estimate: TruthEstimate, claims: [Claim], registry: FactionRegistry? = nil)
    -> [String: SourceReliability]
  {
    var byVoice: [String: SourceReliability] = [:]
    for s in estimate.sources { byVoice[s.voice] = s }
    var out: [String: SourceReliability] = [:]
    for c in claims where out[c.claimant.name] == nil {
      if let s = byVoice[ClaimVoice.key(of: c, registry: registry)] { out[c.claimant.name] = s }
    }
    return out
  }

  static let headers = ["LEARNED", "LEARNED 90%"]

  static func cells(_ s: SourceReliability?) -> [String] {
    guard let s else { return ["-", "-"] }
    return [pct(s.reliability), "\(pct(s.low))–\(pct(s.high))"]
  }

  /// `"learned": {"reliability", "interval", "statements"}` in a source's JSON object.
  static func write(_ s: SourceReliability?, to w: inout JSONWriter) {
    guard let s else { return }
    w.key("learned")
    w.beginObject()
    w.key("voice")
    w.string(s.voice)
    w.key("reliability")
    w.double((s.reliability * 1000).rounded() / 1000)
    w.key("interval")
    w.beginArray()
    w.double((s.low * 1000).rounded() / 1000)
    w.double((s.high * 1000).rounded() / 1000)
    w.endArray()
    w.key("statements")
    w.int(s.claims)
    w.endObject()
  }

  /// The copy relations as a table section or a JSON array.
  static func copies(_ estimate: TruthEstimate, format: ReviewListFormat, columns: Int?) -> String {
    switch format {
    case .table:
      guard !estimate.copies.isEmpty else { return "\nNo voice appears to copy another.\n" }
      var t = TextTable(headers: ["COPIER", "APPEARS TO COPY", "SURE", "DIRECTION", "SHARED", "SAME", "SAME FALSE"])
      for r in estimate.copies {
        t.rows.append([
          r.copier, r.original, r.isExplicit ? "stated" : pct(r.probability), pct(r.directionProbability),
          "\(r.shared)", "\(r.agreeing)", String(format: "%.1f", r.sharedFalse),
        ])
      }
      return "\nCopy relations (voices that repeat another; their agreeing statements are discounted):\n"
        + t.render(width: columns)
    case .json:
      var w = JSONWriter()
      w.beginArray()
      for r in estimate.copies {
        w.beginObject()
        w.key("copier")
        w.string(r.copier)
        w.key("original")
        w.string(r.original)
        w.key("probability")
        w.double((r.probability * 1000).rounded() / 1000)
        w.key("direction_probability")
        w.double((r.directionProbability * 1000).rounded() / 1000)
        w.key("shared")
        w.int(r.shared)
        w.key("agreeing")
        w.int(r.agreeing)
        w.key("shared_false")
        w.double((r.sharedFalse * 10).rounded() / 10)
        w.key("explicit")
        w.bool(r.isExplicit)
        w.endObject()
      }
      w.endArray()
      return w.string + "\n"
    }
  }
}
