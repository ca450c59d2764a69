import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

@Suite struct ClaimsCommandTests {
  let dir = TemporaryDirectory("claims")

  init() {
    _ = TestCLI.run(["init"], in: dir.path)
  }

  @discardableResult
  func add(_ extra: [String]) -> TestCLI.Result {
    TestCLI.run(["add"] + extra, in: dir.path)
  }

  @Test func addKeepsUnresolvedNamesWithAWarning() {
    let r = add([
      "--claimant", "Abu Khalid Ghandour", "--place", "Qaryat al-Nowhere", "--controller", "opposition",
      "--event", "recaptured", "--when", "2016-06-17", "--precision", "part-of-day", "--part-of-day", "night",
    ])
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.hasPrefix("added c-"))
    #expect(r.err.contains("warning: place 'Qaryat al-Nowhere' is not resolved"))
    let list = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    #expect(
      list.out.contains(
        #""when":{"from":"2016-06-17","to":"2016-06-17","precision":"part-of-day","part_of_day":"night"}"#))
    #expect(list.out.contains(#""origin":"manual","status":"accepted""#))
  }

  @Test func addResolvesASpellingVariantThroughTheGazetteer() {
    // "Kinsibba" is one of the news spellings of Kansaba (Latakia); the claim keeps the spelling as written.
    let r = add(["--claimant", "SOHR", "--place", "Kinsibba", "--controller", "opposition", "--when", "2016-07-01"])
    #expect(r.exit == .ok, "\(r.err)")
    #expect(!r.err.contains("not resolved"), "\(r.err)")
    let list = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    #expect(list.out.contains(#""place":{"id":"gn:167863","id_source":"gazetteer","text":"Kinsibba"}"#), "\(list.out)")
  }

  @Test func addRejectsBadValuesWithUsageErrors() {
    #expect(
      add(["--claimant", "X", "--place", "Y", "--controller", "isis", "--stance", "maybe"]).err.contains(
        "--stance: 'maybe' is not one of asserts, denies."))
    #expect(
      add(["--claimant", "X", "--place", "Y", "--controller", "isis", "--event", "captued"]).err.contains(
        "did you mean 'captured'?"))
    #expect(add(["--claimant", "X", "--place", "Y", "--controller", "isis", "--when", "2016-06-31"]).exit == .usage)
    #expect(add(["--place", "Y", "--controller", "isis"]).err.contains("missing --claimant."))
    #expect(add(["--claimant", "X", "--place", "Y", "--controller", "isis", "--quantity", "many"]).exit == .usage)
  }

  @Test func sameClaimAddedTwiceIsStoredOnce() {
    let args = ["--claimant", "SOHR", "--place", "Saraqeb", "--controller", "opposition", "--when", "2020-02-27"]
    add(args)
    let before = dir.bytes("ledger.jsonl")
    let r = add(args)
    #expect(r.out.contains("is already in the ledger; nothing added."))
    #expect(dir.bytes("ledger.jsonl") == before)
  }

  @Test func acceptRejectAndEditProposedClaims() throws {
    add([
      "--claimant", "SOHR", "--place", "Saraqeb", "--controller", "opposition", "--when", "2020-02-27", "--status",
      "proposed", "--id", "c-one",
    ])
    add([
      "--claimant", "SANA", "--place", "Saraqeb", "--controller", "government", "--when", "2020-02-27", "--status",
      "proposed", "--id", "c-two",
    ])
    #expect(
      TestCLI.run(["claims", "--status", "proposed", "--format", "csv"], in: dir.path).out.split(separator: "\n").count
        == 3)
    let a = TestCLI.run(["claims", "accept", "c-one", "--reviewer", "amal"], in: dir.path)
    #expect(a.out == "c-one: accepted\n")
    let r = TestCLI.run(["claims", "reject", "c-tw", "--note", "duplicate of a wire copy"], in: dir.path)
    #expect(r.out == "c-two: rejected\n", "a unique id prefix is enough")
    let e = TestCLI.run(
      ["claims", "edit", "c-one", "--when", "2020-02-26/2020-02-27", "--event", "recaptured"], in: dir.path)
    #expect(e.out == "c-one: edited\n")
    let json = TestCLI.run(["claims", "--format", "jsonl", "--status", "accepted"], in: dir.path).out
    #expect(
      json.contains(#""id":"c-one""#) && json.contains(#""event":"recaptured""#)
        && json.contains(#""from":"2020-02-26""#))
    #expect(!json.contains("c-two"))
    let ambiguous = TestCLI.run(["claims", "accept", "c-"], in: dir.path)
    #expect(ambiguous.exit == .usage)
    #expect(ambiguous.err.contains("matches 2 claims"))
    let missing = TestCLI.run(["claims", "accept", "c-three"], in: dir.path)
    #expect(missing.err.contains("no claim with id 'c-three'."))
    #expect(TestCLI.run(["verify"], in: dir.path).exit == .ok)
  }

  @Test func filtersByPlaceClaimantSideAndDates() {
    add(["--claimant", "SOHR", "--place", "Saraqeb", "--controller", "opposition", "--when", "2020-02-27"])
    add(["--claimant", "SANA", "--place", "Saraqeb", "--controller", "government", "--when", "2020-02-06"])
    add(["--claimant", "Xinhua", "--place", "Kinsabba", "--controller", "opposition", "--when", "2016-07-01"])
    func count(_ args: [String]) -> Int {
      TestCLI.run(["claims", "--format", "jsonl"] + args, in: dir.path).out.split(separator: "\n").count
    }
    #expect(count([]) == 3)
    #expect(count(["--place", "saraqeb"]) == 2)
    #expect(count(["--claimant", "sana"]) == 1)
    #expect(count(["--side", "opposition"]) == 2)
    #expect(count(["--since", "2020-02-10"]) == 1)
    #expect(count(["--until", "2019-12-31"]) == 1)
    #expect(count(["--since", "2020-01-01", "--until", "2020-02-06", "--side", "government"]) == 1)
    let table = TestCLI.run(["claims"], in: dir.path).out
    #expect(table.hasPrefix("ID"))
    #expect(table.hasSuffix("3 claims\n"))
    #expect(!table.contains("\u{1B}["), "no colour when stdout is not a terminal")
    let tty = TestCLI.run(["claims"], in: dir.path, tty: true).out
    #expect(tty.contains("\u{1B}[1m"))
    let noColor = TestCLI.run(["claims"], in: dir.path, environment: ["NO_COLOR": "1"], tty: true).out
    #expect(!noColor.contains("\u{1B}["))
  }
}
