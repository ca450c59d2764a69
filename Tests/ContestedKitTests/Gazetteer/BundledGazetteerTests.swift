import Testing

@testable import ContestedKit

@Suite struct BundledGazetteerTests {
  @Test func generatedAndCuratedLiteralsParseCleanly() throws {
    let generated = try PlacesTSV.parse(BundledGazetteer.geonamesTSV, defaultSource: "geonames")
    #expect(generated.count == 313 + 14 + 61)
    #expect(generated.filter { $0.kind == .governorate }.count == 14)
    #expect(generated.filter { $0.kind == .district }.count == 61)
    let curated = try PlacesTSV.parse(BundledGazetteer.curatedTSV, defaultSource: "curated")
    #expect(curated.allSatisfy { $0.source == "curated" })
    #expect(curated.count >= 30)
    #expect(Gazetteer.bundled.count == generated.count + curated.count)
  }

  @Test func everyParentExists() {
    let g = Gazetteer.bundled
    for p in g.places {
      for parent in p.parents { #expect(g.place(id: parent) != nil, "\(p.id) → \(parent)") }
    }
  }

  @Test func amendmentsPointAtRealPlaces() {
    for line in BundledGazetteer.curatedAmendmentsTSV.split(separator: "\n") {
      let id = PlaceID(rawValue: String(line.split(separator: "\t")[0]))
      #expect(Gazetteer.bundled.place(id: id) != nil, "\(id)")
    }
  }

  @Test func noiseNamesAreNotBundled() {
    for p in Gazetteer.bundled.places where p.source == "geonames" {
      for a in p.aliases {
        let arabic = a.unicodeScalars.contains { $0.value >= 0x600 && $0.value <= 0x6FF }
        #expect(a.count > 3 || arabic, "\(p.id): \(a)")
        #expect(
          a != a.lowercased() || a.unicodeScalars.contains { $0.value >= 0x600 && $0.value <= 0x6FF }, "\(p.id): \(a)")
      }
    }
    #expect(Gazetteer.bundled.resolve("PMS").place == nil)
    #expect(Gazetteer.bundled.resolve("ALP").place == nil)
  }

  @Test func attributionNamesGeoNamesAndTheLicence() {
    #expect(Gazetteer.attribution.contains("GeoNames"))
    #expect(Gazetteer.attribution.contains("CC BY 4.0"))
    #expect(Gazetteer.attribution.contains("https://creativecommons.org/licenses/by/4.0/"))
  }

  @Test func builderRejectsShortRowsAndBuildsGovernorateAliases() throws {
    #expect(throws: BundledGazetteer.BuildError.self) {
      try BundledGazetteer.buildPlaces(placesTSV: "header\n1\t2\n", adminTSV: "header\n")
    }
    let admin =
      "level\tgeonameid\tgeonames_key\tiso\tname\tname_en\taliases\n"
      + "ADM1\t173578\tSY.02\tSY-LA\tAl Lādhiqīyah\tLatakia\tLatakia,اللاذقية\n"
      + "ADM2\t173857\tSY.02.173857\t\tAl-Haffah District\tAl-Haffah District\tمنطقة الحفة\n"
    let places = try BundledGazetteer.buildPlaces(placesTSV: "header\n", adminTSV: admin)
    let gov = try #require(places.first { $0.id == "adm1:SY-LA" })
    #expect(gov.aliases.contains("Latakia Province"))
    let district = try #require(places.first { $0.id == "gn:173857" })
    #expect(district.parents == ["adm1:SY-LA"])
    #expect(district.aliases.contains("Al-Haffah"))
    let source = BundledGazetteer.generatedSource(places: places, command: "contested places build-bundle")
    #expect(source.contains("GENERATED FILE"))
    #expect(source.contains("CC BY 4.0"))
  }

  @Test func slugs() {
    #expect(BundledGazetteer.slug("Ein Eisa") == "ein-eisa")
    #expect(BundledGazetteer.slug("Ma‘arrat an-Nu‘mān") == "maarrat-an-numan")
    #expect(BundledGazetteer.slug("!!!") == "place")
  }
}
