import ContestedCLI
import ContestedTestSupport
import Foundation
import Testing

@Suite struct PlacesCommandTests {
  func workspace() -> TemporaryDirectory {
    let dir = TemporaryDirectory("places")
    let r = TestCLI.run(["init", dir.path], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    return dir
  }

  @Test func searchRanksCandidatesWithRegionAndScore() {
    let dir = TemporaryDirectory("places")
    let r = TestCLI.run(["places", "search", "Kansaba"], in: dir.path)
    #expect(r.exit == .ok)
    #expect(r.out.contains("resolved to gn:167863"))
    #expect(r.out.contains("Jabal al-Akrad"))
    #expect(r.out.contains("0.90"))
    let tsv = TestCLI.run(["places", "search", "Suran", "--format", "tsv"], in: dir.path)
    let lines = tsv.out.split(separator: "\n")
    #expect(lines.first == "score\tid\tname\tkind\tregions\tmatched")
    #expect(lines.count >= 3)
  }

  @Test func searchUsesContextOptions() {
    let dir = TemporaryDirectory("places")
    let hama = TestCLI.run(["places", "search", "Suran", "--governorate", "adm1:SY-HM"], in: dir.path)
    #expect(hama.out.contains("resolved to gn:163915"))
    let none = TestCLI.run(["places", "search", "Suran"], in: dir.path)
    #expect(none.out.contains("ambiguous"))
  }

  @Test func searchForNothingExitsOne() {
    let dir = TemporaryDirectory("places")
    let r = TestCLI.run(["places", "search", "Zzzqqqxx"], in: dir.path)
    #expect(r.exit == .findings)
    #expect(TestCLI.run(["places", "search"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["places", "search", "x", "--limit", "0"], in: dir.path).exit == .usage)
  }

  @Test func addThenSearchAndShow() {
    let dir = workspace()
    let add = TestCLI.run(
      [
        "places", "add", "Zahiyah", "--in", "Jabal al-Turkman", "--alias", "Zahiyeh", "--lat", "35.86", "--lon",
        "36.02",
      ],
      in: dir.path)
    #expect(add.exit == .ok, "\(add.err)")
    #expect(add.out.contains("user:zahiyah"))
    let s = TestCLI.run(["places", "search", "Zahiyeh"], in: dir.path)
    #expect(s.out.contains("resolved to user:zahiyah"))
    let show = TestCLI.run(["places", "show", "user:zahiyah"], in: dir.path)
    #expect(show.out.contains("region:jabal-al-turkman"))
    #expect(show.out.contains("adm1:SY-LA"))
    let text = (try? String(contentsOfFile: dir.file("places.tsv"), encoding: .utf8)) ?? ""
    #expect(text.contains("user:zahiyah\tZahiyah\tpopulated\t35.86\t36.02"))
  }

  @Test func addRejectsBadInput() {
    let dir = workspace()
    #expect(TestCLI.run(["places", "add", "X", "--lat", "95", "--lon", "1"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["places", "add", "X", "--lat", "35"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["places", "add", "X", "--in", "Nowhere Land Qqq"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["places", "add", "X", "--kind", "castle"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["places", "add"], in: dir.path).exit == .usage)
  }

  @Test func malformedPlacesFileIsADataError() {
    let dir = workspace()
    dir.write("places.tsv", "user:a\tA\tpopulated\tnorth\t1\n")
    let r = TestCLI.run(["places", "search", "A"], in: dir.path)
    #expect(r.exit == .dataError)
    #expect(r.err.contains("places.tsv:1: latitude"))
  }

  @Test func importGeoNamesDump() {
    let dir = workspace()
    let sample = TestPaths.fixtures.appendingPathComponent("gazetteer/geonames-sample.txt").path
    let r = TestCLI.run(["places", "import-geonames", sample], in: dir.path)
    #expect(r.exit == .ok, "\(r.err)")
    #expect(r.out.contains("imported 9 places"))
    #expect(r.err.contains(":9:"))
    #expect(TestCLI.run(["places", "search", "Zahiyah"], in: dir.path).out.contains("resolved to gn:9990001"))
    let ua = TestCLI.run(["places", "import-geonames", sample, "--country", "UA"], in: dir.path)
    #expect(ua.out.contains("imported 3 places"))
    #expect(TestCLI.run(["places", "import-geonames", dir.file("missing.txt")], in: dir.path).exit == .noInput)
    #expect(TestCLI.run(["places", "import-geonames", sample, "--classes", "Q"], in: dir.path).exit == .usage)
  }

  @Test func summaryCarriesTheAttribution() {
    let dir = TemporaryDirectory("places")
    let r = TestCLI.run(["places"], in: dir.path)
    #expect(r.out.contains("CC BY 4.0"))
    #expect(r.out.contains("14 governorate"))
  }

  @Test func buildBundleNeedsItsOptions() {
    let dir = TemporaryDirectory("places")
    #expect(TestCLI.run(["places", "build-bundle"], in: dir.path).exit == .usage)
    #expect(
      TestCLI.run(["places", "build-bundle", "--data", dir.path, "--out", dir.file("x.swift")], in: dir.path).exit
        == .noInput)
  }
}

@Suite struct ActorsCommandTests {
  @Test func listAddLookup() {
    let dir = TemporaryDirectory("actors")
    #expect(TestCLI.run(["init", dir.path], in: dir.path).exit == .ok)
    let list = TestCLI.run(["actors", "list", "--side", "kurdish"], in: dir.path)
    #expect(list.out.contains("sdf"))
    #expect(!list.out.contains("hts"))
    #expect(TestCLI.run(["actors", "lookup", "rebels"], in: dir.path).out.contains("side opposition"))
    let add = TestCLI.run(["actors", "add", "Donbas rebels", "--side", "other", "--alias", "rebels"], in: dir.path)
    #expect(add.exit == .ok, "\(add.err)")
    #expect(TestCLI.run(["actors", "lookup", "rebels"], in: dir.path).out.contains("side other"))
    let tsv = TestCLI.run(["actors", "list", "--format", "tsv"], in: dir.path)
    #expect(tsv.out.hasPrefix("id\tname\tside\tgroup\taliases\n"))
    #expect(tsv.out.contains("donbas-rebels\tDonbas rebels\tother"))
    #expect(TestCLI.run(["actors", "add", "X"], in: dir.path).exit == .usage)
    #expect(TestCLI.run(["actors", "lookup", "Nobody at all"], in: dir.path).exit == .findings)
  }

  @Test func claimantGroupsShow() {
    let dir = TemporaryDirectory("actors")
    let r = TestCLI.run(["actors", "lookup", "Sputnik"], in: dir.path)
    #expect(r.out.contains("group russian-state-media"))
  }
}
