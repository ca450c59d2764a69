import Testing

@testable import ContestedKit

@Suite struct RegionTests {
  let g = Gazetteer.bundled

  @Test func einEisaIsInJabalAlTurkmanAndLatakia() {
    #expect(g.contains(region: "region:jabal-al-turkman", place: "cur:ein-eisa"))
    #expect(g.contains(region: "adm1:SY-LA", place: "cur:ein-eisa"))
    #expect(g.regions(containing: "cur:ein-eisa") == ["region:jabal-al-turkman", "adm1:SY-LA"])
    #expect(g.governorate(of: "cur:ein-eisa") == "adm1:SY-LA")
  }

  @Test func regionsKnowTheirPlaces() {
    let turkman = Set(g.places(in: "region:jabal-al-turkman").map(\.id))
    #expect(turkman.isSuperset(of: ["cur:ein-eisa", "cur:yamadi", "cur:tal-rashwan", "gn:167880"]))
    #expect(!turkman.contains("cur:salma"))
    let akrad = Set(g.places(in: "region:jabal-al-akrad").map(\.id))
    #expect(akrad.isSuperset(of: ["gn:167863", "cur:salma", "cur:kabani", "cur:ghamam", "cur:burj-al-qasab"]))
    let latakia = Set(g.places(in: "adm1:SY-LA").map(\.id))
    #expect(latakia.isSuperset(of: ["gn:173576", "region:jabal-al-turkman", "cur:ein-eisa", "gn:167863"]))
    #expect(!latakia.contains("gn:172134"))
  }

  @Test func districtsNestInGovernorates() throws {
    // Qanawat lies in the As-Suwayda district tree (GeoNames gives it an admin2 code).
    let qanawat = try #require(g.place(id: "gn:166141"))
    let district = try #require(qanawat.parents.first { $0.rawValue.hasPrefix("gn:") })
    #expect(g.place(id: district)?.kind == .district)
    #expect(
      g.regions(containing: "gn:166141") == [district, "adm1:SY-SU"]
        || g.regions(containing: "gn:166141") == ["adm1:SY-SU", district])
    #expect(g.places(in: district).map(\.id).contains("gn:166141"))
    #expect(g.contains(region: "adm1:SY-SU", place: district))
  }

  @Test func everyPlaceHasAGovernorateExceptGovernorates() {
    for p in g.places where p.kind != .governorate {
      #expect(g.governorate(of: p.id) != nil, "\(p.id) \(p.name) has no governorate")
    }
  }

  @Test func unknownIdsAndCyclesAreHarmless() {
    #expect(g.regions(containing: "nope:1").isEmpty)
    #expect(g.places(in: "nope:1").isEmpty)
    #expect(!g.contains(region: "nope:1", place: "cur:ein-eisa"))
    let cyclic = Gazetteer(places: [
      Place(id: "a", name: "Alpha", parents: ["b"]), Place(id: "b", name: "Bravo", parents: ["a"]),
    ])
    #expect(cyclic.regions(containing: "a") == ["b"])
    #expect(cyclic.places(in: "a").map(\.id) == ["b"])
  }

  @Test func seedPlacesCarryCuratedMarkAndRegion() {
    for id: PlaceID in [
      "cur:ein-eisa", "cur:burj-al-hayat", "cur:al-shahroora", "cur:tal-rashwan",
      "cur:katf-al-ghader", "cur:ain-samoukh", "cur:jib-al-ahmar", "cur:ruwaysat-al-mallouha", "cur:al-sarraf",
      "cur:al-mukhtara", "cur:tal-al-fiel", "cur:kansafra", "cur:kabani", "cur:ghamam", "cur:jabal-zuwayk",
      "cur:yamadi", "cur:salma", "cur:burj-al-qasab", "region:jabal-al-turkman", "region:jabal-al-akrad",
    ] {
      #expect(g.place(id: id)?.isCurated == true, "\(id)")
      #expect(g.governorate(of: id) != nil, "\(id)")
    }
  }
}
