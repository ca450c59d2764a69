import ContestedKit
import Foundation

extension TruthBench {
  static func f3(_ x: Double) -> String { String(format: "%.3f", x) }

  /// CPU seconds this process has used (the machine may be shared: wall time then overstates).
  static func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// The accuracy table, per seed and on average, with the targets.
  static func table(_ rows: [Row]) -> String {
    guard let first = rows.first else { return "no rows" }
    let names = first.peers.map(\.0)
    var out = "| data | seed | " + names.joined(separator: " | ")
    out += " | best peer | contested | contested − best | contested @0.5 | undetermined @0.5 | copies (false) |\n"
    out += "|---|---:|" + String(repeating: "---:|", count: names.count + 6) + "\n"
    for data in ["copiers", "no copiers"] {
      let group = rows.filter { $0.data == data }
      guard !group.isEmpty else { continue }
      for r in group {
        out += "| \(data) | \(r.seed) | " + r.peers.map { f3($0.1) }.joined(separator: " | ")
        out += " | \(f3(r.best)) | \(f3(r.contested)) | \(String(format: "%+.3f", r.contested - r.best))"
        out += " | \(f3(r.contestedDefault)) | \(r.undetermined)/\(r.places) | \(r.copies) (\(r.falseCopies)) |\n"
      }
      let n = Double(group.count)
      func mean(_ f: (Row) -> Double) -> Double { group.map(f).reduce(0, +) / n }
      let peerMeans = names.indices.map { i in mean { $0.peers[i].1 } }
      let best = mean(\.best)
      let contested = mean(\.contested)
      out += "| \(data) | mean | " + peerMeans.map(f3).joined(separator: " | ")
      out += " | \(f3(best)) | \(f3(contested)) | \(String(format: "%+.3f", contested - best))"
      out +=
        " | \(f3(mean(\.contestedDefault))) | \(group.map(\.undetermined).reduce(0, +))/\(group.map(\.places).reduce(0, +))"
      out += " | \(group.map(\.copies).reduce(0, +)) (\(group.map(\.falseCopies).reduce(0, +))) |\n"
    }
    out += "\n" + targets(rows)
    return out
  }

  static func targets(_ rows: [Row]) -> String {
    var out = ""
    for (data, margin) in [("copiers", 0.04), ("no copiers", -0.01)] {
      let group = rows.filter { $0.data == data }
      guard !group.isEmpty else { continue }
      let n = Double(group.count)
      let contested = group.map(\.contested).reduce(0, +) / n
      let perSeedBest = group.map(\.best).reduce(0, +) / n
      let names = group[0].peers.indices
      let bestPeerMean = names.map { i in group.map { $0.peers[i].1 }.reduce(0, +) / n }.max() ?? .nan
      let target = perSeedBest + margin
      out += "- \(data): contested \(f3(contested)) vs mean of the per-seed best peer \(f3(perSeedBest))"
      out += " (best single peer on average \(f3(bestPeerMean))); target ≥ \(f3(target)): "
      out += contested >= target ? "met\n" : "NOT met\n"
    }
    if let copiers = rows.filter({ $0.data == "copiers" }).map({ $0.contested - $0.best }).min() {
      out += "- copiers: the smallest per-seed margin over the best peer is \(String(format: "%+.3f", copiers))\n"
    }
    out += "- copies (false): copy relations reported, and of those between two independent sources\n"
    out += "- contested = `estimate --confidence 0` (always the best reading, as the peers do); "
    out += "@0.5 = the default confidence, where `undetermined` counts as wrong.\n"
    return out
  }

  /// Times the estimator in-process on `claims` generated claims (parse excluded), without and with reasons.
  static func timing(claims n: Int, shared: String, work: String) throws -> String {
    let path = work + "/claims-\(n).jsonl"
    Bench.log("[truth] generating \(n) claims")
    _ = try runProcess(["python3", shared + "/bench/gen_claims.py", "\(n)", "1"], stdout: path)
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    var claims = try ClaimImport.parseJSONLines(bytes, fileName: path)
    for i in claims.indices { claims[i].status = .accepted }
    var out =
      "\nEstimator on \(Bench.grouped(claims.count)) claims of gen_claims.py (seed 1), in-process, parse excluded:\n"
    for explain in [false, true] {
      var options = TruthEstimator.Options()
      options.explain = explain
      let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
      let e = TruthEstimator(options: options).estimate(claims: claims)
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
      out += "- \(explain ? "with reasons in words" : "model only (no reasons)"): \(String(format: "%.2f", seconds)) s"
      out += " wall, \(String(format: "%.2f", cpuSeconds() - cpu)) s CPU"
      out +=
        " (\(Bench.grouped(e.cells.count)) place windows, \(e.sources.count) voices, \(e.copies.count) copy relations)\n"
    }
    // The split: deriving assertions (the reconciler's ControlAssertion.derive, which the estimator calls first).
    let (wall, cpu) = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
    let assertions = ControlAssertion.derive(from: claims)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
    out += "- of which deriving \(Bench.grouped(assertions.count)) assertions (ControlAssertion.derive): "
    out += "\(String(format: "%.2f", seconds)) s wall, \(String(format: "%.2f", cpuSeconds() - cpu)) s CPU\n"
    return out
  }
}
