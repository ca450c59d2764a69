// `contested estimate` against the seven truth-discovery peers (the benchmark data folder's `bench/truth`, `--shared
// DIR`; docs/estimate.md) on the same synthetic
// claims (with and without silent copiers), plus the estimator's time on 1,000,000 claims.
import ContestedKit
import Foundation

enum TruthBench {
  struct Row {
    var seed: Int
    var data: String
    var peers: [(String, Double)]
    var contested: Double
    var contestedDefault: Double
    var undetermined: Int
    var places: Int
    /// Copy relations `contested sources --copies` reports: in all, and between two independent sources (false).
    var copies: Int = 0
    var falseCopies: Int = 0

    var best: Double { peers.map(\.1).max() ?? .nan }
  }

  static let usage = """
    usage: contested-bench truth [--seeds 1,2,3,4,5] [--million N] [--shared DIR] [--keep]

    For each seed, generates claims with DIR/bench/truth/truth_peers.py (default copiers, then --copiers 0),
    imports them into a fresh workspace with `contested import`, runs `contested estimate --format jsonl`
    (with --confidence 0, the best reading, and with the default confidence), scores both with
    `truth_peers.py score`, runs `truth_peers.py peers` and prints contested beside the seven peers.
    Then times the estimator on N claims of DIR/bench/gen_claims.py (default 1,000,000; 0 skips).
    DIR (--shared, or CONTESTED_SHARED) is the benchmark data folder, by default `shared` beside the package.
    """

  static func run(_ args: [String]) throws -> Int32 {
    if args.contains("--help") {
      print(usage)
      return 0
    }
    let seeds = (Bench.option("--seeds", in: args) ?? "1,2,3,4,5").split(separator: ",").compactMap { Int($0) }
    let million = Int(Bench.option("--million", in: args) ?? "1000000") ?? 1_000_000
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let shared =
      Bench.option("--shared", in: args) ?? ProcessInfo.processInfo.environment["CONTESTED_SHARED"]
      ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path
    let script = shared + "/bench/truth/truth_peers.py"
    guard FileManager.default.fileExists(atPath: script) else {
      Bench.log("truth: no \(script); pass --shared DIR")
      return 66
    }
    let work = NSTemporaryDirectory() + "contested-truth-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { if !args.contains("--keep") { try? FileManager.default.removeItem(atPath: work) } }
    var rows: [Row] = []
    for data in ["copiers", "no copiers"] {
      for seed in seeds {
        Bench.log("[truth] seed \(seed), \(data)")
        rows.append(try measure(seed: seed, data: data, script: script, work: work))
      }
    }
    if !rows.isEmpty { print(table(rows)) }
    if million > 0 { print(try timing(claims: million, shared: shared, work: work)) }
    return 0
  }

  /// One seed and data set: generate, import, estimate, score, peers.
  static func measure(seed: Int, data: String, script: String, work: String) throws -> Row {
    let dir = "\(work)/\(data == "copiers" ? "c" : "n")\(seed)"
    var gen = ["python3", script, "gen", dir, "--seed", "\(seed)"]
    if data != "copiers" { gen += ["--copiers", "0"] }
    try check(gen, "generate")
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    let ws = dir + "/ws"
    try check([me, "contested", "init", ws], "init")
    try check([me, "contested", "import", dir + "/claims.jsonl", "--workspace", ws], "import")
    func estimate(_ extra: [String], _ out: String) throws -> (Double, Int, Int) {
      let status = try runProcess(
        [me, "contested", "estimate", "--format", "jsonl", "--workspace", ws] + extra, stdout: out)
      guard status == 0 else { throw BenchError.failed("estimate exited \(status)") }
      let line = try output(["python3", script, "score", dir, out], work: work)
      // "estimate accuracy 0.812 (325/400 places; 3 without an estimate)"
      let numbers = line.split(whereSeparator: { " (/;".contains($0) }).compactMap { Double($0) }
      guard numbers.count >= 4 else { throw BenchError.failed("unexpected score output: \(line)") }
      return (numbers[0], Int(numbers[2]), Int(numbers[3]))
    }
    let (best, places, _) = try estimate(["--confidence", "0"], dir + "/estimate0.jsonl")
    let (standard, _, undetermined) = try estimate([], dir + "/estimate.jsonl")
    var peers: [(String, Double)] = []
    for line in try output(["python3", script, "peers", dir], work: work).split(separator: "\n") {
      let f = line.split(separator: " ", omittingEmptySubsequences: true)
      if f.count >= 3, let v = Double(f[2]) { peers.append((String(f[0]), v)) }
    }
    guard peers.count == 7 else {
      throw BenchError.failed("peers printed \(peers.count) results (is truthdiscovery installed?)")
    }
    let (copies, falseCopies) = try copyRelations(me: me, ws: ws, independent: data == "copiers" ? 24 : 40, work: work)
    return Row(
      seed: seed, data: data, peers: peers, contested: best, contestedDefault: standard, undetermined: undetermined,
      places: places, copies: copies, falseCopies: falseCopies)
  }

  /// The copy relations `contested sources --copies --format json` reports, and how many join two independent
  /// sources: truth_peers.py names sources s000…s039, the last 16 (by default) being the copiers.
  static func copyRelations(me: String, ws: String, independent: Int, work: String) throws -> (Int, Int) {
    let text = try output([me, "contested", "sources", "--copies", "--format", "json", "--workspace", ws], work: work)
    guard let list = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
      throw BenchError.failed("sources --copies printed no JSON array")
    }
    func number(_ voice: Any?) -> Int { Int(String((voice as? String ?? "").dropFirst())) ?? -1 }
    let independentPairs = list.filter { r in
      let (a, b) = (number(r["copier"]), number(r["original"]))
      return a >= 0 && b >= 0 && a < independent && b < independent
    }
    return (list.count, independentPairs.count)
  }

  enum BenchError: Error, CustomStringConvertible {
    case failed(String)
    var description: String {
      switch self {
      case .failed(let s): return s
      }
    }
  }

  static func check(_ argv: [String], _ what: String) throws {
    let status = try runProcess(argv, stdout: "/dev/null")
    guard status == 0 else { throw BenchError.failed("\(what) exited \(status): \(argv.joined(separator: " "))") }
  }

  static func output(_ argv: [String], work: String) throws -> String {
    let path = work + "/out-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let status = try runProcess(argv, stdout: path)
    guard status == 0 else { throw BenchError.failed("exit \(status): \(argv.joined(separator: " "))") }
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
}
