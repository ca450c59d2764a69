import ContestedCLI
import ContestedKit
import ContestedTestSupport
import Foundation
import Testing

/// Places that share their name with their district or governorate, spellings the gazetteer does not know, and
/// aliases that two places share (#16 item 6).
@Suite struct PlaceResolutionTests {
  @Test func theSixSyrianCitiesResolveFromIngestAndMeetAHandEnteredClaim() throws {
    let dir = TemporaryDirectory("six-cities")
    _ = TestCLI.run(["init"], in: dir.path)
    let cities = ["Idlib", "Homs", "Hama", "Aleppo", "Raqqa", "Daraa"]
    for c in cities { dir.write("\(c).txt", "Fighting in \(c)\n\nRebels captured \(c) on Monday, activists said.\n") }
    let r = TestCLI.run(
      ["ingest"] + cities.map { "\($0).txt" } + ["--outlet", "Wire", "--published", "2020-03-03"], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    let list = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    let lines = list.out.split(separator: "\n")
    #expect(lines.count == cities.count, "\(list.out)")
    for line in lines {
      #expect(line.contains(#""place":{"id":"gn:"#), "not resolved to the settlement: \(line)")
    }
    // A hand-entered "SANA: the army holds Idlib" meets the extracted capture.
    _ = TestCLI.run(
      ["claims", "accept"]
        + lines.compactMap { l in
          l.split(separator: "\"").dropFirst(3).first.map(String.init)
        } + ["--reviewer", "desk"], in: dir.path)
    let add = TestCLI.run(
      [
        "add", "--claimant", "SANA", "--claimant-side", "government", "--place", "Idlib", "--controller", "government",
        "--event", "holds", "--when", "2020-03-02",
      ], in: dir.path)
    #expect(add.exit == .ok, "\(add.err)")
    let report = TestCLI.run(["report", "--format", "json"], in: dir.path)
    #expect(report.out.contains("gn:169389"), "\(report.out)")
  }

  @Test func aPlaceAddedLaterJoinsExistingClaimsIntoAConflictWithoutEdits() {
    let dir = TemporaryDirectory("place-later")
    _ = TestCLI.run(["init"], in: dir.path)
    for (id, place, side) in [("a", "Zarqawiyya", "government"), ("b", "Zerkaweyeh Farms", "opposition")] {
      let r = TestCLI.run(
        [
          "add", "--id", id, "--claimant", "Source \(id)", "--place", place, "--controller", side, "--event", "holds",
          "--when", "2020-01-05",
        ], in: dir.path)
      #expect(r.exit == .ok, "\(r.err)")
    }
    let before = TestCLI.run(["report"], in: dir.path).out
    #expect(!before.contains("C-"), "\(before)")
    let ledger = dir.bytes("ledger.jsonl")
    let add = TestCLI.run(["places", "add", "Zarqawiyya", "--alias", "Zerkaweyeh Farms"], in: dir.path)
    #expect(add.exit == .ok, "\(add.err)")
    #expect(dir.bytes("ledger.jsonl") == ledger, "no claim was edited")
    let report = TestCLI.run(["report"], in: dir.path)
    #expect(report.out.contains("C-") && report.out.contains("Zarqawiyya"), "\(report.out)")
  }

  /// An id the gazetteer resolved when the claim was recorded is derived state: a changed gazetteer moves it, without
  /// an edit. An id a person gave (`--place-id`) stays.
  @Test func anIDTheGazetteerResolvedFollowsTheGazetteerButOneAPersonSetStays() {
    let dir = TemporaryDirectory("derived-id")
    _ = TestCLI.run(["init"], in: dir.path)
    let header = "id\tname\tkind\tlatitude\tlongitude\tparents\taliases\tpopulation\tsource\n"
    dir.write("places.tsv", header + "user:mill1\tOld Mill\tpopulated\n" + "user:mill2\tMill Farm\tpopulated\n")
    for (id, flags) in [
      ("a", ["--place", "Old Mill", "--controller", "government"]),
      ("b", ["--place", "Mill Farm", "--place-id", "user:mill2", "--controller", "opposition"]),
      ("c", ["--place", "Old Mill", "--place-id", "user:mill1", "--controller", "opposition"]),
    ] {
      let r = TestCLI.run(
        ["add", "--id", id, "--claimant", "Source \(id)", "--event", "holds", "--when", "2020-01-05"] + flags,
        in: dir.path)
      #expect(r.exit == .ok, "\(r.err)")
    }
    let ledger = String(decoding: dir.bytes("ledger.jsonl"), as: UTF8.self)
    #expect(ledger.contains(#""id":"user:mill1","id_source":"gazetteer""#), "\(ledger)")
    #expect(ledger.contains(#""id":"user:mill2","text":"Mill Farm"}"#), "\(ledger)")
    // a (government, resolved) and c (opposition, by hand) meet at user:mill1.
    let before = TestCLI.run(["report", "--format", "jsonl"], in: dir.path).out
    #expect(before.contains("user:mill1") && !before.contains("user:mill2"), "\(before)")
    // The desk learns that "Old Mill" is the farm's other name: only the gazetteer changes.
    dir.write(
      "places.tsv",
      header + "user:mill1\tOld Mill East\tpopulated\n" + "user:mill2\tMill Farm\tpopulated\t\t\t\tOld Mill\n")
    #expect(String(decoding: dir.bytes("ledger.jsonl"), as: UTF8.self) == ledger)
    let after = TestCLI.run(["report", "--format", "jsonl"], in: dir.path)
    #expect(after.exit == .ok, "\(after.err)")
    // a now meets b at the farm; c, whose id a person set, stays at user:mill1 with nobody to contradict.
    #expect(after.out.contains("user:mill2") && !after.out.contains("user:mill1"), "\(after.out)")
    #expect(after.out.contains(#""id":"a""#) && after.out.contains(#""id":"b""#), "\(after.out)")
  }

  @Test func anAliasSharedByTwoPlacesStaysAmbiguousAndIsListedForTheReviewer() {
    let dir = TemporaryDirectory("shared-alias")
    _ = TestCLI.run(["init"], in: dir.path)
    _ = TestCLI.run(["places", "add", "Tall Abyad North", "--id", "user:tan", "--alias", "Twinville"], in: dir.path)
    _ = TestCLI.run(["places", "add", "Tall Abyad South", "--id", "user:tas", "--alias", "Twinville"], in: dir.path)
    let add = TestCLI.run(
      ["add", "--claimant", "SOHR", "--place", "Twinville", "--controller", "kurdish", "--when", "2020-01-05"],
      in: dir.path)
    #expect(add.exit == .ok && add.err.contains("Twinville"), "\(add.err)")
    let claims = TestCLI.run(["claims", "--format", "jsonl"], in: dir.path)
    #expect(!claims.out.contains(#""id":"user:"#), "\(claims.out)")
    let list = TestCLI.run(["places", "unresolved", "--wide"], in: dir.path)
    #expect(list.exit == .ok, "\(list.err)")
    #expect(
      list.out.contains("Twinville") && list.out.contains("user:tan") && list.out.contains("user:tas"), "\(list.out)")
  }

  @Test func settlementBeatsItsDistrictButTwoSettlementsStayAmbiguous() {
    let g = Gazetteer(places: [
      Place(id: "adm1:A", name: "Alpha Governorate", kind: .governorate, aliases: ["Alpha"]),
      Place(id: "t:1", name: "Alpha", parents: ["adm1:A"]),
      Place(id: "t:2", name: "Beta", aliases: ["Twin"]), Place(id: "t:3", name: "Gamma", aliases: ["Twin"]),
    ])
    #expect(g.placeID(for: "Alpha") == "t:1")
    #expect(g.placeID(for: "Alpha Governorate") == "adm1:A")
    #expect(g.placeID(for: "Twin") == nil)
    #expect(g.resolve("Twin").candidates.map(\.place.id).sorted() == ["t:2", "t:3"])
  }

  @Test func spellingsTheGazetteerDoesNotKnowMeet() {
    for (a, b) in [("Kupiansk", "Kupyansk"), ("Avdiivka", "Avdeevka"), ("El Fasher", "El Fashir")] {
      #expect(PlaceRef(text: a).key == PlaceRef(text: b).key, "\(a) / \(b)")
      let claims = [
        Claim(
          id: "a", claimant: Claimant(name: "A"), place: PlaceRef(text: a),
          controller: ControllerRef(side: .russianGovernment), event: .holds, when: .day(Day(iso: "2023-08-10")!),
          status: .accepted),
        Claim(
          id: "b", claimant: Claimant(name: "B"), place: PlaceRef(text: b),
          controller: ControllerRef(side: .ukrainianGovernment), event: .holds, when: .day(Day(iso: "2023-08-10")!),
          status: .accepted),
      ]
      #expect(Reconciler().reconcile(claims).count == 1, "\(a) / \(b) do not meet")
    }
    #expect(PlaceRef(text: "Hama").key != PlaceRef(text: "Homs").key)
  }
}
