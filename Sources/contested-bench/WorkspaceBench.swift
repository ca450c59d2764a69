import Foundation

/// `contested-bench workspace [--claims 100000,1000000] [--keep]`: builds a workspace of N benchmark-form claims with
/// the release `contested` and times every command a desk uses on it, in one run, with peak memory, beside the
/// goals of the scale issue (docs/architecture.md, "Benchmarks").
func runWorkspaceBench(_ args: [String]) throws -> Int32 {
  let sizes = (Bench.option("--claims", in: args) ?? "100000,1000000").split(separator: ",").compactMap { Int($0) }
  let binary = Bench.contestedBinary
  guard FileManager.default.isExecutableFile(atPath: binary) else {
    Bench.log("contested-bench: \(binary) is missing; run 'swift build -c release' first.")
    return 66
  }
  for n in sizes {
    let dir = NSTemporaryDirectory() + "contested-workspace-bench-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { if !args.contains("--keep") { try? FileManager.default.removeItem(atPath: dir) } }
    Bench.log("generating \(Bench.grouped(n)) claims…")
    Bench.writeBenchmarkClaims(n, to: dir + "/claims.jsonl")
    let rows = try WorkspaceSteps(binary: binary, dir: dir, claims: n).run()
    print("\nWorkspace benchmark: \(Bench.grouped(n)) benchmark-form claims, one run\n")
    print("| command | wall s | CPU s | peak RSS MiB | exit | goal at 1M |")
    print("|---|---:|---:|---:|---:|---|")
    for r in rows {
      let wall = String(format: "%.2f", r.run.seconds)
      let cpu = String(format: "%.2f", r.run.cpuSeconds)
      let mem = String(format: "%.0f", r.run.peakMiB)
      print("| \(r.name) | \(wall) | \(cpu) | \(mem) | \(r.run.status) | \(r.goal) |")
    }
  }
  return 0
}

/// The commands of one workspace benchmark, in order.
struct WorkspaceSteps {
  var binary: String
  var dir: String
  var claims: Int

  struct Row {
    var name: String
    var goal: String
    var run: Bench.Run
  }

  func run() throws -> [Row] {
    let ws = dir + "/ws"
    _ = try Bench.timed([binary, "init", ws])
    var rows: [Row] = []
    func step(_ name: String, _ goal: String, _ command: [String], stdoutTo: String? = nil) throws -> Bench.Run {
      Bench.log("\(name)…")
      let r = try Bench.timed([binary, "--workspace", ws] + command, stdoutTo: stdoutTo ?? dir + "/out.txt")
      if r.status != 0 { Bench.log("  exit \(r.status): \(r.stderr.prefix(300))") }
      rows.append(Row(name: name, goal: goal, run: r))
      return r
    }
    let imp = try step("import", ">= 500,000 claims/s, <= 1024 MiB", ["import", dir + "/claims.jsonl"])
    rows[rows.count - 1].name += " (\(Bench.grouped(Int(Double(claims) / imp.seconds))) claims/s)"
    let verify = try step("verify", ">= 1,000,000 events/s", ["verify"])
    rows[rows.count - 1].name += " (\(Bench.grouped(Int(Double(claims + 2) / verify.seconds))) events/s)"
    _ = try step("claims --limit 5", "<= 0.2 s", ["claims", "--limit", "5"])
    try? FileManager.default.removeItem(atPath: ws + "/cache")
    _ = try step(
      "report --format jsonl, no cache/", "<= 5 s", ["report", "--format", "jsonl"], stdoutTo: dir + "/report.jsonl")
    _ = try step("report --format jsonl (snapshot)", "<= 2 s, <= 1024 MiB", ["report", "--format", "jsonl"])
    _ = try step("review list", "<= 0.5 s", ["review", "list"])
    let id = firstConflictID(dir + "/report.jsonl")
    if let id {
      _ = try step("review show ID", "<= 0.3 s", ["review", "show", id])
      _ = try step(
        "review resolve ID", "<= 0.5 s",
        [
          "review", "resolve", id, "--others", "upheld", "--held-by", "contested", "--confidence", "low",
          "--rationale", "benchmark", "--reviewer", "bench",
        ])
    }
    _ = try step("digest --top 50", "<= 1 s", ["digest", "--top", "50"])
    return rows
  }

  /// The id of the report's first conflict (its highest priority).
  func firstConflictID(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path),
      let line = data.split(separator: 0x0A, maxSplits: 1).first,
      let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
    else { return nil }
    return object["id"] as? String
  }
}
