// `contested check` side by side with the reference peers in the shared bench folder on the same inputs, in one run.
//
//     swift run -c release contested-bench check [--sizes 10000,100000,1000000] [--peers duckdb,sqlite,sweep]
//         [--shared DIR] [--seed 1] [--time-limit 600] [--contested PATH] [--keep]
//
// For each size: generate the input once with gen_claims.py, run `contested check` and every peer under
// /usr/bin/time -v (inside the shared guard.py, which kills a run past the time limit), compare the SHA-256
// of every output with contested's, and print a Markdown table: wall s, peak RSS MiB, and each peer's
// wall time as a multiple of contested's. `contested check` runs as this binary's `contested` suite (the
// same CommandLineTool as the `contested` executable, always up to date), or the binary given by --contested.
import ContestedCLI
import ContestedKit
import Foundation

/// The `contested` suite: runs the contested CLI inside this binary (`contested-bench contested check …`).
func runContestedPassthrough(_ args: [String]) throws -> Int32 {
  let tool = CommandLineTool(io: .standard, environment: ProcessInfo.processInfo.environment)
  return tool.run(["contested"] + args).rawValue
}

/// One timed run.
struct TimedRun {
  var tool: String
  var size: Int
  var pairs: Int?
  var wall: Double?
  var rssMiB: Double?
  var sha: String?
  var note: String
}

/// Runs the `check` suite.
func runCheckBench(_ args: [String]) throws -> Int32 {
  var sizes = [10_000, 100_000, 1_000_000]
  var peers = ["duckdb", "sqlite", "sweep"]
  var shared: String?
  var seed = 1
  var timeLimit = 600
  var contestedPath: String?
  var keep = false
  var i = 0
  func value() -> String? {
    i += 1
    return i < args.count ? args[i] : nil
  }
  while i < args.count {
    switch args[i] {
    case "--sizes": sizes = (value() ?? "").split(separator: ",").compactMap { Int($0) }
    case "--peers": peers = (value() ?? "").split(separator: ",").map(String.init).filter { !$0.isEmpty }
    case "--shared": shared = value()
    case "--seed": seed = Int(value() ?? "") ?? seed
    case "--time-limit": timeLimit = Int(value() ?? "") ?? timeLimit
    case "--contested": contestedPath = value()
    case "--keep": keep = true
    case "--help", "-h":
      print(
        "usage: contested-bench check [--sizes 10000,100000,1000000] [--peers duckdb,sqlite,sweep,pandas]\n"
          + "       [--shared DIR] [--seed 1] [--time-limit 600] [--contested PATH] [--keep]")
      return 0
    default:
      FileHandle.standardError.write("check: unknown option \(args[i])\n".data(using: .utf8)!)
      return 64
    }
    i += 1
  }
  guard !sizes.isEmpty else {
    FileHandle.standardError.write("check: --sizes needs a comma-separated list of claim counts\n".data(using: .utf8)!)
    return 64
  }
  // The shared folder sits beside the package root (this file is Sources/contested-bench/CheckBench.swift).
  let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  let sharedDir =
    shared ?? ProcessInfo.processInfo.environment["CONTESTED_SHARED"]
    ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path
  let bench = (sharedDir as NSString).appendingPathComponent("bench")
  let fm = FileManager.default
  guard fm.fileExists(atPath: (bench as NSString).appendingPathComponent("gen_claims.py")) else {
    FileHandle.standardError.write("check: no gen_claims.py under \(bench); pass --shared DIR\n".data(using: .utf8)!)
    return 66
  }
  guard fm.isExecutableFile(atPath: "/usr/bin/time") else {
    FileHandle.standardError.write("check: /usr/bin/time is missing (apt-get install time)\n".data(using: .utf8)!)
    return 69
  }
  let selfPath = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  let contestedCommand: [String] = contestedPath.map { [$0, "check"] } ?? [selfPath, "contested", "check"]
  let work = (NSTemporaryDirectory() as NSString).appendingPathComponent("contested-check-bench-\(getpid())")
  try fm.createDirectory(atPath: work, withIntermediateDirectories: true)
  defer { if !keep { try? fm.removeItem(atPath: work) } }
  func log(_ s: String) { FileHandle.standardError.write("[check] \(s)\n".data(using: .utf8)!) }
  log("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; seed \(seed); work dir \(work)")

  var rows: [TimedRun] = []
  var notes: [String] = []
  var blown: Set<String> = []
  for n in sizes {
    let input = (work as NSString).appendingPathComponent("claims_\(n).jsonl")
    log("generating N=\(n)")
    let generator = (bench as NSString).appendingPathComponent("gen_claims.py")
    let gen = try runProcess(["python3", generator, "\(n)", "\(seed)"], stdout: input)
    guard gen == 0 else {
      log("gen_claims.py failed (exit \(gen))")
      return 70
    }
    // Baseline: the cost of just reading the input and writing a file (cp).
    let cpRun = try timed(
      tool: "cp (read + write only)", size: n, command: ["cp", input, input + ".copy"], output: nil, work: work,
      timeLimit: timeLimit, bench: bench)
    rows.append(cpRun)
    try? fm.removeItem(atPath: input + ".copy")
    var reference: String?
    for tool in ["contested"] + peers {
      let output = (work as NSString).appendingPathComponent("pairs_\(tool)_\(n).tsv")
      if blown.contains(tool) {
        rows.append(TimedRun(tool: tool, size: n, note: "skipped: over the limit at a smaller size"))
        continue
      }
      let command: [String]
      if tool == "contested" {
        command = contestedCommand + [input, "--pairs", output]
      } else {
        let script = (bench as NSString).appendingPathComponent("peers/\(tool)_peer.py")
        guard fm.fileExists(atPath: script) else {
          rows.append(TimedRun(tool: tool, size: n, note: "skipped: no peers/\(tool)_peer.py"))
          continue
        }
        if ["duckdb", "pandas"].contains(tool),
          try runProcess(["python3", "-c", "import \(tool)"], stdout: "/dev/null") != 0
        {
          rows.append(TimedRun(tool: tool, size: n, note: "skipped: python module \(tool) not installed"))
          continue
        }
        command = ["python3", script, input, output]
      }
      log("N=\(n) \(tool) …")
      var run = try timed(
        tool: tool, size: n, command: command, output: output, work: work, timeLimit: timeLimit, bench: bench)
      if run.note.hasPrefix("killed") { blown.insert(tool) }
      if let sha = run.sha {
        if tool == "contested" {
          reference = sha
        } else if let reference, sha != reference {
          run.note += "MISMATCH with contested"
        } else if reference != nil {
          run.note += "identical"
        }
      }
      log(
        "  \(run.pairs.map(String.init) ?? "-") pairs, \(run.wall.map { String(format: "%.2f", $0) } ?? "-") s, "
          + "\(run.rssMiB.map { String(format: "%.0f", $0) } ?? "-") MiB \(run.note)")
      rows.append(run)
      if !keep { try? fm.removeItem(atPath: output) }
    }
    let finished = rows.filter { $0.size == n && $0.sha != nil }
    let distinct = Set(finished.map { $0.sha! })
    notes.append(
      distinct.count == 1
        ? "- N=\(n): \(finished.count) tools finished, all byte-identical (sha256 \(distinct.first!.prefix(16))…)"
        : "- N=\(n): **MISMATCH**: " + finished.map { "\($0.tool)=\($0.sha!.prefix(16))" }.joined(separator: ", "))
    if !keep { try? fm.removeItem(atPath: input) }
  }

  // The table: each tool's wall time as a multiple of contested's at the same size (>1: contested is faster).
  var out = "| tool | N | pairs | wall s | peak RSS MiB | wall ÷ contested | sha256 prefix / note |\n"
  out += "|---|---:|---:|---:|---:|---:|---|\n"
  for r in rows {
    let base = rows.first { $0.tool == "contested" && $0.size == r.size }?.wall
    let ratio: String
    if let w = r.wall, let base, base > 0 { ratio = String(format: "%.2f×", w / base) } else { ratio = "-" }
    let pairs: String = r.pairs.map { String($0) } ?? "-"
    let wall: String = r.wall.map { String(format: "%.2f", $0) } ?? "-"
    let rss: String = r.rssMiB.map { String(format: "%.0f", $0) } ?? "-"
    let sha: String = r.sha.map { String($0.prefix(16)) + " " } ?? ""
    let cells: [String] = [r.tool, String(r.size), pairs, wall, rss, ratio, sha + r.note]
    out += "| " + cells.joined(separator: " | ") + " |\n"
  }
  out += "\n" + notes.joined(separator: "\n") + "\n"
  // Growth from one size to the next, against n log n.
  let contestedRuns = rows.filter { $0.tool == "contested" && $0.wall != nil }.sorted { $0.size < $1.size }
  for (a, b) in zip(contestedRuns, contestedRuns.dropFirst()) {
    let na = Double(a.size)
    let nb = Double(b.size)
    let nlogn: Double = (nb * Foundation.log(nb)) / (na * Foundation.log(na))
    let growth: Double = b.wall! / max(a.wall!, 0.001)
    let line = String(format: "time × %.1f (n log n would be × %.1f)", growth, nlogn)
    out += "- contested \(a.size) → \(b.size) claims: " + line + "\n"
  }
  print(out, terminator: "")
  return notes.contains { $0.contains("MISMATCH") } ? 1 : 0
}

/// Runs a command to completion, stdout to a file; returns the exit status.
func runProcess(_ argv: [String], stdout path: String) throws -> Int32 {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = argv
  _ = FileManager.default.createFile(atPath: path, contents: nil)
  let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
  defer { try? handle.close() }
  p.standardOutput = handle
  try p.run()
  p.waitUntilExit()
  return p.terminationStatus
}

/// Runs `command` under guard.py and `/usr/bin/time -v`; reads wall, peak RSS, printed pairs and output hash.
func timed(
  tool: String, size: Int, command: [String], output: String?, work: String, timeLimit: Int, bench: String
) throws -> TimedRun {
  let label = "\(tool.prefix(12))_\(size)".replacingOccurrences(of: " ", with: "_")
  let base = (work as NSString).appendingPathComponent(label)
  let guardScript = (bench as NSString).appendingPathComponent("guard.py")
  var argv = ["/usr/bin/time", "-v", "-o", base + ".time"] + command
  if FileManager.default.fileExists(atPath: guardScript) {
    let limits = ["--timeout", "\(timeLimit)", "--max-rss-mib", "16384", "--report", base + ".guard", "--"]
    argv = ["python3", guardScript] + limits + argv
  }
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = argv
  _ = FileManager.default.createFile(atPath: base + ".stdout", contents: nil)
  _ = FileManager.default.createFile(atPath: base + ".stderr", contents: nil)
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".stdout"))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".stderr"))
  p.standardOutput = out
  p.standardError = err
  try p.run()
  p.waitUntilExit()
  try? out.close()
  try? err.close()
  var run = TimedRun(tool: tool, size: size, note: "")
  let guardReport = (try? String(contentsOfFile: base + ".guard", encoding: .utf8)) ?? ""
  if guardReport.hasPrefix("timeout") {
    run.note = "killed: over the \(timeLimit) s limit"
    return run
  }
  if guardReport.hasPrefix("memory") {
    run.note = "killed: over the memory limit"
    return run
  }
  let timeLog = (try? String(contentsOfFile: base + ".time", encoding: .utf8)) ?? ""
  for line in timeLog.split(separator: "\n") {
    let t = line.trimmingCharacters(in: .whitespaces)
    if t.hasPrefix("Elapsed (wall clock) time"), let v = t.split(separator: " ").last {
      run.wall = v.split(separator: ":").reduce(0.0) { $0 * 60 + (Double($1) ?? 0) }
    } else if t.hasPrefix("Maximum resident set size (kbytes):"), let v = t.split(separator: " ").last {
      run.rssMiB = (Double(v) ?? 0) / 1024
    }
  }
  if p.terminationStatus != 0 {
    let tail = ((try? String(contentsOfFile: base + ".stderr", encoding: .utf8)) ?? "").split(separator: "\n").suffix(2)
    run.note = "FAILED (exit \(p.terminationStatus)): \(tail.joined(separator: " / "))"
    return run
  }
  let printed = ((try? String(contentsOfFile: base + ".stdout", encoding: .utf8)) ?? "")
    .split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) }
  if let output {
    let data = try Data(contentsOf: URL(fileURLWithPath: output), options: .alwaysMapped)
    run.sha = data.withUnsafeBytes { SHA256.hex($0) }
    let lines = data.withUnsafeBytes { buf in buf.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
    run.pairs = lines
    if let printed, Int(printed) != lines { run.note = "(printed \(printed), file has \(lines) lines) " }
  }
  return run
}
