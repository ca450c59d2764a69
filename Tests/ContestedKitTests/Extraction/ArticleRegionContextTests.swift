import ContestedKit
import Testing

@Suite struct ArticleRegionContextTests {
  func aggregate(_ id: String, _ text: String, all: Bool, at offset: Int, count: Int? = nil)
    -> Claim
  {
    Claim(
      id: ClaimID(rawValue: id), claimant: Claimant(name: "x"), place: PlaceRef(text: text),
      controller: ControllerRef(side: .government), event: .captured,
      quantity: Quantity(count: count, isAll: all, unit: "villages"),
      evidence: Evidence(quote: text, range: offset..<(offset + 5)))
  }

  @Test func aggregatesTakeTheNearestPrecedingRegion() {
    let text =
      "Clashes in the Turkmen Mountain area went on. Later, in Jebel Akrad, more fighting. "
      + "The army said it took all villages. Rebels said they hold three villages."
    let akradAt = text.utf8.count - 90
    let claims = [
      aggregate("a", "all villages", all: true, at: akradAt + 60),
      aggregate("b", "three villages", all: false, at: 10, count: 3),
    ]
    let out = ArticleRegionContext.attach(claims, text: text, gazetteer: .bundled)
    #expect(out[0].place.id == "region:jabal-al-akrad")  // "all": the claim is about the region itself
    #expect(out[0].place.region == nil)
    // Before any mention: the first region the article names.
    #expect(out[1].place.id == nil)
    #expect(out[1].place.region == "region:jabal-al-turkman")
    #expect(out.map(\.id) == claims.map(\.id))
  }

  @Test func leavesNamedPlacesAndRegionlessTextsAlone() {
    var named = aggregate("n", "three villages", all: false, at: 0, count: 3)
    named.place.region = "region:qalamoun"
    let plain = Claim(
      id: "p", claimant: Claimant(name: "x"), place: PlaceRef(text: "Kabani"),
      controller: ControllerRef(side: .government))
    let text = "Fighting in the Turkmen Mountains."
    #expect(
      ArticleRegionContext.attach([named, plain], text: text, gazetteer: .bundled) == [
        named, plain,
      ])
    let loose = aggregate("l", "all villages", all: true, at: 0)
    #expect(
      ArticleRegionContext.attach([loose], text: "No region here at all.", gazetteer: .bundled) == [
        loose
      ])
    #expect(ArticleRegionContext.attach([loose], text: "", gazetteer: .bundled) == [loose])
  }

  @Test func mentionsRespectWordBoundaries() {
    // "Ghouta" inside a longer word is no mention; "Eastern Ghouta" wins over "Ghouta".
    #expect(
      ArticleRegionContext.regionMentions(in: "Ghoutas and xGhouta", gazetteer: .bundled).isEmpty)
    let m = ArticleRegionContext.regionMentions(in: "In Eastern Ghouta today", gazetteer: .bundled)
    #expect(m == [.init(region: "region:eastern-ghouta", offset: 3)])
  }
}
