import ContestedTestSupport
import Foundation
import Testing

@testable import ContestedKit

@Suite struct GeoNamesDumpTests {
  static func sample() throws -> String {
    try String(contentsOf: TestPaths.fixtures.appendingPathComponent("gazetteer/geonames-sample.txt"), encoding: .utf8)
  }

  @Test func readsTheNineteenColumnFormat() throws {
    let r = GeoNamesDump.parse(try Self.sample())
    let ids = r.places.map(\.id.rawValue)
    #expect(ids.contains("adm1:SY-LA"))
    #expect(ids.contains("gn:173857"))
    #expect(ids.contains("gn:9990001"))
    #expect(ids.contains("gn:9990002"))
    #expect(ids.contains("gn:9990005"))  // airport: a kept spot code
    #expect(!ids.contains("gn:9990004"))  // stream: class H not kept
    #expect(!ids.contains("gn:9990006"))  // school: spot code not kept
    #expect(ids.contains("adm1:UA.07"))
    #expect(r.skipped == 2)
    #expect(r.problems.map(\.line) == [9, 10, 11])
  }

  @Test func kindsParentsAndNames() throws {
    let r = GeoNamesDump.parse(try Self.sample())
    let byID = Dictionary(uniqueKeysWithValues: r.places.map { ($0.id, $0) })
    let village = try #require(byID["gn:9990001"])
    #expect(village.kind == .populated)
    #expect(village.parents == ["adm1:SY-LA", "gn:173857"])
    #expect(village.aliases.contains("Zahiyeh"))
    #expect(village.aliases.contains("الزاهية"))
    #expect(!village.aliases.contains("zahyh"))  // all lower case: machine transliteration
    #expect(!village.aliases.contains("Захия"))  // other scripts dropped
    #expect(village.source == "geonames-dump")
    #expect(byID["gn:9990002"]?.kind == .feature)
    #expect(byID["gn:9990003"]?.kind == .region)
    #expect(byID["gn:173857"]?.kind == .district)
    #expect(byID["gn:173857"]?.parents == ["adm1:SY-LA"])
    #expect(byID["adm1:SY-LA"]?.kind == .governorate)
    #expect(byID["adm1:SY-LA"]?.aliases.contains("LTK") == false)
    #expect(byID["gn:707292"]?.parents == ["adm1:UA.07"])
    #expect(byID["gn:707292"]?.population == 26000)
  }

  @Test func importedPlacesResolveAndNestInTheBundle() throws {
    let r = GeoNamesDump.parse(try Self.sample())
    let g = Gazetteer.bundled.merging(r.places)
    #expect(g.resolve("Zahiyah").place?.id == "gn:9990001")
    #expect(g.resolve("Nabi Younes Hill").place?.id == "gn:9990002")
    #expect(g.resolve("Tal Nabi Yunus").place?.id == "gn:9990002")
    #expect(g.resolve("Kupyansk").place?.id == "gn:707292")
    #expect(g.contains(region: "adm1:SY-LA", place: "gn:9990001"))
    #expect(g.contains(region: "gn:173857", place: "gn:9990001"))
    #expect(g.regions(containing: "gn:707292") == ["adm1:UA.07"])
  }

  @Test func countryFilterAndOptions() throws {
    let r = GeoNamesDump.parse(try Self.sample(), options: .init(countries: ["UA"]))
    #expect(Set(r.places.map(\.id)) == ["gn:706483", "adm1:UA.07", "gn:707292"])
    let onlyP = GeoNamesDump.parse(try Self.sample(), options: .init(featureClasses: ["P"]))
    #expect(onlyP.places.allSatisfy { $0.kind == .populated })
  }

  @Test(arguments: [
    "", "\n\n", "garbage", "1\t2\t3", String(repeating: "\t", count: 30),
    "1\tx\tx\tx\t99\t999\tP\tPPL\tSY\t\t02\t\t\t\t0",
    "1\t\tx\t\t1\t1\tP\tPPL\tSY\t\t02\t\t\t\t-5\t\t\t\t",
  ])
  func malformedInputNeverCrashes(_ text: String) {
    let r = GeoNamesDump.parse(text)
    #expect(r.places.count <= 1)
    _ = GeoNamesDump.parse(bytes: [0xFF, 0xFE, 0x00, 0x09, 0x0A])
  }

  @Test(arguments: [
    ("PMS", false), ("LTK", false), ("OSLK", false), ("tl abyd", false), ("hms", false), ("Bab", false),
    ("Sam", false), ("Tadmur", true), ("Ma‘arrat an Nu‘mān", true), ("حلب", true), ("حل", false), ("الباب", true),
    ("Айн-Халаким", false), ("http://x.example", false), ("Kinsibba", true),
  ])
  func noiseFilter(_ name: String, _ keep: Bool) {
    #expect(GeoNamesDump.keepAlternateName(name) == keep)
  }
}
