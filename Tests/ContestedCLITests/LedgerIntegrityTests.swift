import ContestedCLI
import ContestedKit
import ContestedStore
import ContestedTestSupport
import Foundation
import Testing

@Suite struct LedgerIntegrityTests {
  let dir = TemporaryDirectory("ledger")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
    for place in ["Kansaba", "Saraqeb", "Ein Eisa"] {
      _ = TestCLI.run(
        ["add", "--claimant", "SOHR", "--place", place, "--controller", "opposition", "--when", "2016-07-01"],
        in: dir.path)
    }
  }

  var ledgerLines: [String] {
    String(decoding: dir.bytes("ledger.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func verifyReportsAnIntactChainAndItsHead() {
    let r = TestCLI.run(["verify"], in: dir.path)
    #expect(r.exit == .ok)
    #expect(r.out.contains("4 lines, checksums and chain intact."))
    #expect(r.out.contains("claims: 3"))
  }

  @Test func verifyNamesTheFirstChangedLine() throws {
    var lines = ledgerLines
    lines[2] = lines[2].replacingOccurrences(of: "Saraqeb", with: "Saraqib")
    dir.write("ledger.jsonl", lines.joined(separator: "\n") + "\n")
    let r = TestCLI.run(["verify"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("ledger.jsonl:3: the ledger is damaged: checksum mismatch"))
    let c = TestCLI.run(["claims"], in: dir.path)
    #expect(c.exit == .dataError, "every command stops at a damaged middle line")
  }

  @Test func aLineChangedAfterAReloadRecordedItIsStillCaught() throws {
    // A plain command records the verified prefix (cache/verified-prefix); appends extend that record.
    #expect(TestCLI.run(["claims"], in: dir.path).exit == .ok)
    _ = TestCLI.run(
      ["add", "--claimant", "SANA", "--place", "Kansaba", "--controller", "government", "--when", "2016-02-10"],
      in: dir.path)
    let record = String(decoding: dir.bytes("cache/verified-prefix"), as: UTF8.self)
    #expect(record.hasPrefix("v2 \(dir.bytes("ledger.jsonl").count) "), "the append extended the record: \(record)")
    // Change a line inside the recorded prefix, keeping its length: the fast hash no longer matches, so the next
    // command re-hashes every line and stops at the changed one.
    var lines = ledgerLines
    lines[4] = lines[4].replacingOccurrences(of: "Kansaba", with: "Kansabb")
    dir.write("ledger.jsonl", lines.joined(separator: "\n") + "\n")
    let c = TestCLI.run(["claims"], in: dir.path)
    #expect(c.exit == .dataError)
    #expect(c.err.contains("ledger.jsonl:5: the ledger is damaged: checksum mismatch"), "\(c.err)")
  }

  @Test func aLedgerCutShorterThanItsRecordIsCheckedInFullWarnedAboutAndRecordedAnewByVerify() {
    #expect(TestCLI.run(["claims"], in: dir.path).exit == .ok)
    let full = dir.bytes("ledger.jsonl").count
    // Drop the last line (a restore from an older copy, say): what remains is intact but shorter than the record.
    var lines = ledgerLines
    lines.removeLast()
    let shorter = lines.joined(separator: "\n") + "\n"
    dir.write("ledger.jsonl", shorter)
    // Every command warns (#14 finding 10) until 'verify' records the ledger as it is.
    for _ in 0..<2 {
      let c = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
      #expect(c.exit == .ok, "\(c.err)")
      #expect(c.out.split(separator: "\n").count == 2)
      #expect(c.err.contains("no longer starts with the \(full) bytes last verified"), "\(c.err)")
    }
    let v = TestCLI.run(["verify"], in: dir.path)
    #expect(v.exit == .ok)
    #expect(v.err.contains("no longer starts with the \(full) bytes last verified"), "\(v.err)")
    #expect(!TestCLI.run(["claims"], in: dir.path).err.contains("last verified"))
    let record = String(decoding: dir.bytes("cache/verified-prefix"), as: UTF8.self)
    #expect(record.hasPrefix("v2 \(shorter.utf8.count) "), "\(record)")
    // A damaged line inside what the record covered is still found.
    lines[1] = lines[1].replacingOccurrences(of: "Kansaba", with: "Kansabb")
    dir.write("ledger.jsonl", lines.joined(separator: "\n") + "\n")
    let d = TestCLI.run(["claims"], in: dir.path)
    #expect(d.exit == .dataError)
    #expect(d.err.contains("ledger.jsonl:2: the ledger is damaged: checksum mismatch"), "\(d.err)")
  }

  @Test func verifyNamesARemovedLine() {
    var lines = ledgerLines
    lines.remove(at: 1)
    dir.write("ledger.jsonl", lines.joined(separator: "\n") + "\n")
    let r = TestCLI.run(["verify"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("ledger.jsonl:2: the ledger is damaged: broken chain"))
  }

  @Test func tornLastLineIsReportedThenSetAsideKeepingEveryCompleteLine() throws {
    let full = dir.bytes("ledger.jsonl")
    let lines = ledgerLines
    let cut = full.count - lines.last!.utf8.count / 2
    dir.write("ledger.jsonl", bytes: Array(full[0..<cut]))
    // A read reports the torn line and keeps the complete ones.
    let read = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    #expect(read.exit == .ok)
    #expect(read.err.contains("ledger.jsonl:4: the last line is incomplete"))
    #expect(read.out.split(separator: "\n").count == 2)
    // The next write sets it aside and appends after the last complete line.
    let write = TestCLI.run(
      ["add", "--claimant", "SANA", "--place", "Kansaba", "--controller", "government", "--when", "2016-02-10"],
      in: dir.path)
    #expect(write.exit == .ok)
    #expect(write.err.contains("ledger.jsonl:4: a torn last line (an interrupted write) was set aside in"))
    let aside = try FileManager.default.contentsOfDirectory(atPath: dir.file("torn"))
    #expect(aside.count == 1)
    let lastLineStart = full.count - lines.last!.utf8.count - 1
    #expect(dir.bytes("torn/" + aside[0]) == Array(full[lastLineStart..<cut]), "the torn bytes are kept exactly")
    let v = TestCLI.run(["verify"], in: dir.path)
    #expect(v.exit == .ok, "\(v.err)")
    #expect(v.out.contains("4 lines, checksums and chain intact."))
    #expect(
      Array(dir.bytes("ledger.jsonl").prefix(lastLineStart)) == Array(full.prefix(lastLineStart)),
      "complete lines are untouched")
  }

  @Test(.timeLimit(.minutes(5)))
  func eightProcessesAppendingAtOnceLoseNothing() throws {
    let ws = TemporaryDirectory("concurrent")
    _ = TestCLI.run(["init"], in: ws.path)
    let writers = 8
    let filesPerWriter = 5
    let claimsPerFile = 200  // 1,000 claims per writer, 5 appends each
    var scripts: [Process] = []
    for w in 0..<writers {
      var files: [String] = []
      for f in 0..<filesPerWriter {
        var text = ""
        for k in 0..<claimsPerFile {
          text +=
            #"{"id":"w\#(w)-f\#(f)-k\#(k)","claimant":"s\#(w)","place":"p\#(k % 13)","controller":"government","from":"2016-01-01","to":"2016-01-02"}"#
            + "\n"
        }
        files.append(ws.write("w\(w)-\(f).jsonl", text))
      }
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      let bin = TestCLI.binary.path
      p.arguments = [
        "-c",
        files.map { "'\(bin)' --workspace '\(ws.path)' import '\($0)' >/dev/null || exit 1" }.joined(separator: "\n"),
      ]
      scripts.append(p)
    }
    for p in scripts { try p.run() }
    for p in scripts {
      p.waitUntilExit()
      #expect(p.terminationStatus == 0)
    }
    let v = TestCLI.run(["verify"], in: ws.path)
    #expect(v.exit == .ok, "\(v.err)")
    #expect(v.out.contains("claims: 8000"))
    #expect(v.out.contains("\(1 + writers * filesPerWriter * (claimsPerFile + 1)) lines, checksums and chain intact."))
  }
}
