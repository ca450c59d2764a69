import Foundation

/// `contested-bench ledger [--claims N] [--keep]`: imports N benchmark-form claims into a new workspace with the
/// release `contested`, then reloads the ledger (`contested verify`, which checks every hash),
/// `contested claims --limit 1` (a plain reload) and the same without `cache/` (every hash again). Prints
/// claims/s, events/s and peak memory.
func runLedgerBench(_ args: [String]) throws -> Int32 {
  let n = Int(Bench.option("--claims", in: args) ?? "") ?? 1_000_000
  let binary = Bench.contestedBinary
  guard FileManager.default.isExecutableFile(atPath: binary) else {
    Bench.log("contested-bench: \(binary) is missing; run 'swift build -c release' first.")
    return 66
  }
  let dir = NSTemporaryDirectory() + "contested-ledger-bench-\(UUID().uuidString.prefix(8))"
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  defer { if !args.contains("--keep") { try? FileManager.default.removeItem(atPath: dir) } }

  Bench.log("generating \(Bench.grouped(n)) claims…")
  let input = dir + "/claims.jsonl"
  let inputMiB = Bench.writeBenchmarkClaims(n, to: input)

  let ws = dir + "/ws"
  _ = try Bench.timed([binary, "init", ws])
  Bench.log("importing…")
  let imp = try Bench.timed([binary, "--workspace", ws, "import", input])
  guard imp.status == 0 else {
    Bench.log("import failed: \(imp.stderr)")
    return 70
  }
  let ledgerBytes = (try? FileManager.default.attributesOfItem(atPath: ws + "/ledger.jsonl")[.size] as? Int) ?? 0
  Bench.log("verifying…")
  let verify = try Bench.timed([binary, "--workspace", ws, "verify"])
  guard verify.status == 0 else {
    Bench.log("verify failed: \(verify.stderr)")
    return 70
  }
  Bench.log("reloading…")
  let reload = try Bench.timed([binary, "--workspace", ws, "claims", "--limit", "1", "--format", "jsonl"])
  // Without the derived record of the verified prefix (a fresh clone, or `cache/` deleted): every SHA-256 again.
  try? FileManager.default.removeItem(atPath: ws + "/cache")
  Bench.log("reloading without cache/…")
  let cold = try Bench.timed([binary, "--workspace", ws, "claims", "--limit", "1", "--format", "jsonl"])
  let events = n + 2
  print(
    """
    Ledger benchmark: \(Bench.grouped(n)) benchmark-form claims (\(String(format: "%.1f", inputMiB)) MiB in, ledger \(String(format: "%.1f", Double(ledgerBytes) / 1_048_576)) MiB, \(Bench.grouped(events)) events); \(ProcessInfo.processInfo.activeProcessorCount) cores

    | step | wall s | rate | peak RSS MiB | goal |
    |---|---:|---:|---:|---|
    | import (parse, dedupe, chain, fsync) | \(String(format: "%.2f", imp.seconds)) | \(Bench.grouped(Int(Double(n) / imp.seconds))) claims/s | \(String(format: "%.0f", imp.peakMiB)) | >= 500,000 claims/s, <= 1024 MiB |
    | verify (reload + every SHA-256) | \(String(format: "%.2f", verify.seconds)) | \(Bench.grouped(Int(Double(events) / verify.seconds))) events/s | \(String(format: "%.0f", verify.peakMiB)) | >= 1,000,000 events/s |
    | claims (reload, list one) | \(String(format: "%.2f", reload.seconds)) | \(Bench.grouped(Int(Double(events) / reload.seconds))) events/s | \(String(format: "%.0f", reload.peakMiB)) | >= 1,000,000 events/s |
    | claims without cache/ (reload + every SHA-256) | \(String(format: "%.2f", cold.seconds)) | \(Bench.grouped(Int(Double(events) / cold.seconds))) events/s | \(String(format: "%.0f", cold.peakMiB)) | |

    Import and every command's reload keep `cache/verified-prefix` (docs/formats.md): lines contested wrote or
    verified are not hashed again while a fast hash shows them unchanged. `verify` and a reload without the record
    hash every line.
    """)
  return 0
}
