import ContestedKit
import Foundation

/// `contested-bench decode [--lines N]`: per-line cost of the ledger's hot paths on one core, in memory:
/// parsing a ledger line, decoding a claim body, encoding a line (prepare + finish).
func runDecodeBench(_ args: [String]) throws -> Int32 {
  let n = Int(Bench.option("--lines", in: args) ?? "") ?? 200_000
  let claimLine =
    #"{"id":"c0000001","claimant":"s0042","place":"p000123","controller":"government","stance":"asserts","from":"2016-01-21","to":"2016-01-23"}"#
  var claim: Claim!
  Array(claimLine.utf8).withUnsafeBytes { buf in
    var c = JSONCursor(buf)
    claim = try? Claim.readJSON(&c)
  }
  var body = JSONWriter()
  body.beginObject()
  body.key("claim")
  claim.writeJSON(to: &body)
  body.endObject()
  let entry = LedgerEntry(
    seq: 12345, at: "2026-11-22T10:00:00Z", type: LedgerEventType.claimAdded, txn: "b-0123456789ab", body: body.bytes)
  let (line, _) = LedgerLine.encode(entry, prev: LedgerLine.genesis)
  let lineNoNewline = Array(line.dropLast())

  let only = Bench.option("--only", in: args)
  func time(_ label: String, _ body: () -> Void) {
    if let only, !label.contains(only) { return }
    // Thread CPU time, so other work on this shared machine does not count.
    func cpu() -> UInt64 {
      var t = timespec()
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
      return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
    let start = cpu()
    body()
    let ns = Double(cpu() - start) / Double(n)
    print("| \(label) | \(String(format: "%.0f", ns)) ns | \(Bench.grouped(Int(1e9 / ns)))/s |")
  }
  print(
    "Per-line CPU time on one core, \(Bench.grouped(n)) repetitions; ledger line \(line.count) bytes\n\n| step | per line | rate |\n|---|---:|---:|"
  )
  var sink = 0
  time("parse claim (benchmark form)") {
    Array(claimLine.utf8).withUnsafeBytes { buf in
      for _ in 0..<n {
        if let x = try? Claim.readJSON(buf, range: 0..<buf.count) { sink &+= x.id.rawValue.utf8.count }
      }
    }
  }
  time("parse ledger line, no SHA-256") {
    lineNoNewline.withUnsafeBytes { buf in
      for _ in 0..<n { if let p = try? LedgerLine.parse(buf, verify: false) { sink &+= p.entry.seq } }
    }
  }
  time("parse ledger line + SHA-256") {
    lineNoNewline.withUnsafeBytes { buf in
      for _ in 0..<n { if let p = try? LedgerLine.parse(buf, verify: true) { sink &+= p.entry.seq } }
    }
  }
  time("decode claim body") {
    for _ in 0..<n {
      if case .claimAdded(let c)? = try? WorkspaceState.decode(entry) { sink &+= c.id.rawValue.utf8.count }
    }
  }
  time("encode claim body") {
    for _ in 0..<n {
      var w = JSONWriter()
      w.beginObject()
      w.key("claim")
      claim.writeJSON(to: &w)
      w.endObject()
      sink &+= w.bytes.count
    }
  }
  var out: [UInt8] = []
  out.reserveCapacity(1024)
  time("prepare + finish line") {
    for _ in 0..<n {
      var p = LedgerLine.prepare(entry)
      out.removeAll(keepingCapacity: true)
      _ = p.finish(prev: .genesis, into: &out)
      sink &+= out.count
    }
  }
  time("prepare claim line + finish") {
    for _ in 0..<n {
      var p = LedgerLine.prepareClaimAdded(seq: 12345, at: entry.at, txn: entry.txn, claim: claim)
      out.removeAll(keepingCapacity: true)
      _ = p.finish(prev: .genesis, into: &out)
      sink &+= out.count
    }
  }
  if sink == 42 { print("") }
  return 0
}
