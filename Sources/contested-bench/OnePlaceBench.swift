import ContestedKit
import Foundation

/// `contested-bench one-place [--claims 5000,20000,80000] [--dense 2500,5000,10000] [--keep]`: many claims about one
/// place (finding 5 of the reliability issue), timed through the release `contested` with peak memory. Three mixes:
/// every claim agreeing (no pairs), two sides over six years in windows of up to four days (few pairs per claim), and
/// two sides in one week (every claim against half the others: the pairs grow with the square of the claims). The
/// growth column is the time's ratio to the row before, beside the claims' ratio: linear work grows like the claims.
func runOnePlaceBench(_ args: [String]) throws -> Int32 {
  func sizes(_ name: String, _ fallback: String) -> [Int] {
    (Bench.option(name, in: args) ?? fallback).split(separator: ",").compactMap { Int($0) }
  }
  let binary = Bench.contestedBinary
  guard FileManager.default.isExecutableFile(atPath: binary) else {
    Bench.log("contested-bench: \(binary) is missing; run 'swift build -c release' first.")
    return 66
  }
  let mixes: [(name: String, sizes: [Int])] = [
    ("agreeing", sizes("--claims", "5000,20000,80000")),
    ("two sides, six years", sizes("--claims", "5000,20000,80000")),
    ("two sides, one week", sizes("--dense", "2500,5000,10000")),
  ]
  print("| mix | claims | conflicts | pairs | report wall s | peak MiB | review list s | growth (claims ×) |")
  print("|---|---:|---:|---:|---:|---:|---:|---|")
  for (m, mix) in mixes.enumerated() {
    var previous: (n: Int, seconds: Double)?
    for n in mix.sizes {
      let dir = NSTemporaryDirectory() + "contested-one-place-\(UUID().uuidString.prefix(8))"
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      defer { if !args.contains("--keep") { try? FileManager.default.removeItem(atPath: dir) } }
      Bench.log("\(mix.name): \(Bench.grouped(n)) claims…")
      try Data(onePlaceClaims(n, mix: m).utf8).write(to: URL(fileURLWithPath: dir + "/claims.jsonl"))
      let ws = dir + "/ws"
      _ = try Bench.timed([binary, "init", ws])
      _ = try Bench.timed([binary, "--workspace", ws, "import", dir + "/claims.jsonl"])
      let report = try Bench.timed(
        [binary, "--workspace", ws, "report", "--format", "jsonl"], stdoutTo: dir + "/report.jsonl")
      let list = try Bench.timed([binary, "--workspace", ws, "review", "list"], stdoutTo: dir + "/list.txt")
      let (conflicts, pairs) = countPairs(dir + "/report.jsonl")
      var growth = ""
      if let p = previous {
        growth = String(format: "%.1f (%.0f×)", report.seconds / max(p.seconds, 0.01), Double(n) / Double(p.n))
      }
      previous = (n, report.seconds)
      let row = [
        mix.name, Bench.grouped(n), Bench.grouped(conflicts), Bench.grouped(pairs),
        String(format: "%.2f", report.seconds), String(format: "%.0f", report.peakMiB),
        String(format: "%.2f", list.seconds), growth,
      ]
      print("| " + row.joined(separator: " | ") + " |")
    }
  }
  return 0
}

/// The claims of one mix (0 agreeing, 1 two sides over six years, 2 two sides in one week), deterministic.
private func onePlaceClaims(_ n: Int, mix: Int) -> String {
  var rng: UInt64 = 0x2545_F491_4F6C_DD1D
  func next() -> UInt64 {
    rng ^= rng << 13
    rng ^= rng >> 7
    rng ^= rng << 17
    return rng
  }
  let first = Day(iso: "2015-01-01")!
  var out = ""
  out.reserveCapacity(n * 150)
  for i in 0..<n {
    let from = first.adding(days: Int(next() % (mix == 2 ? 7 : 2190)))
    let to = from.adding(days: Int(next() % 4))
    let side = mix == 0 || i % 2 == 0 ? "government" : "opposition"
    let claimant = String(format: "s%04d", Int(next() % 300))
    out +=
      #"{"id":"c\#(String(format: "%07d", i + 1))","claimant":"\#(claimant)","place":"p000001","controller":"\#(side)","stance":"asserts","from":"\#(from.iso)","to":"\#(to.iso)"}"#
      + "\n"
  }
  return out
}

/// Conflicts and their pairs (`pairCount` when the list is cut, else the listed pairs) in a JSON Lines report.
private func countPairs(_ path: String) -> (Int, Int) {
  guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return (0, 0) }
  var conflicts = 0
  var pairs = 0
  for line in text.split(separator: "\n") {
    guard let data = line.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], object["place"] != nil
    else { continue }
    conflicts += 1
    if let count = object["pairCount"] as? Int {
      pairs += count
    } else if let listed = object["pairs"] as? [Any] {
      pairs += listed.count
    }
  }
  return (conflicts, pairs)
}
