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

  // Input: the benchmark form, generated in process (the same shape as the bench peers' generator).
  Bench.log("generating \(Bench.grouped(n)) claims…")
  let input = dir + "/claims.jsonl"
  var rng: UInt64 = 0x9E37_79B9_7F4A_7C15
  func next() -> UInt64 {
    rng ^= rng << 13
    rng ^= rng >> 7
    rng ^= rng << 17
    return rng
  }
  let sides = ["government", "opposition", "kurdish", "isis", "turkish-backed"]
  var text = [UInt8]()
  text.reserveCapacity(n * 130)
  let places = max(10, n / 20)
  for i in 0..<n {
    let day = Int(next() % 2190)
    let from = 16436 + day  // 2015-01-01 + day
    let to = from + Int(next() % 4)
    func iso(_ d: Int) -> String {
      var z = d + 719468
      let era = z / 146097
      let doe = z - era * 146097
      let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
      let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
      let mp = (5 * doy + 2) / 153
      let dd = doy - (153 * mp + 2) / 5 + 1
      let m = mp < 10 ? mp + 3 : mp - 9
      z = yoe + era * 400 + (m <= 2 ? 1 : 0)
      return String(format: "%04d-%02d-%02d", z, m, dd)
    }
    let line =
      #"{"id":"c\#(String(format: "%07d", i + 1))","claimant":"s\#(String(format: "%04d", Int(next() % 300)))","place":"p\#(String(format: "%06d", Int(next() % UInt64(places))))","controller":"\#(sides[Int(next() % 5)])","stance":"\#(next() % 100 < 85 ? "asserts" : "denies")","from":"\#(iso(from))","to":"\#(iso(to))"}"#
    text.append(contentsOf: line.utf8)
    text.append(0x0A)
  }
  _ = FileManager.default.createFile(atPath: input, contents: Data(text))
  let inputMiB = Double(text.count) / 1_048_576
  text = []

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
