import Testing

@testable import ContestedKit

/// A spelling and the canonical id it must resolve to.
struct Variant: Sendable, CustomTestStringConvertible {
  let spelling: String
  let id: PlaceID
  init(_ spelling: String, _ id: PlaceID) {
    self.spelling = spelling
    self.id = id
  }
  var testDescription: String { "\(spelling) → \(id)" }
}

@Suite struct GazetteerMatchingTests {
  static let kinsabba: PlaceID = "gn:167863"
  static let turkman: PlaceID = "region:jabal-al-turkman"
  static let akrad: PlaceID = "region:jabal-al-akrad"

  /// Spellings from the seed articles and common transliterations.
  static let variants: [Variant] = [
    // Kinsabba (Jabal al-Akrad)
    .init("Kinsabba", kinsabba), .init("Kansaba", kinsabba), .init("Kinsibba", kinsabba),
    .init("Kinnsibbā", kinsabba), .init("Kinsibbah", kinsabba), .init("Qansiba", kinsabba),
    .init("kinsaba", kinsabba),
    // Saraqib, Latakia
    .init("Saraqeb", "gn:164816"), .init("Saraqib", "gn:164816"), .init("Sarakeb", "gn:164816"),
    .init("Latakia", "gn:173576"), .init("Lattakia", "gn:173576"), .init("Al-Ladhiqiyah", "gn:173576"),
    .init("Latakiya", "gn:173576"),
    // Regions
    .init("Jabal al-Turkman", turkman), .init("Turkmen Mountain", turkman), .init("Jabal Turkman", turkman),
    .init("Bayırbucak", turkman), .init("Bayir-Bucak", turkman), .init("al-Turkmen Mountain", turkman),
    .init("Mount Turkmen", turkman), .init("Jebel Turkman", turkman), .init("Turkmen Mountains", turkman),
    .init("Türkmen Dağı", turkman), .init("JABAL AL TURKMAN", turkman), .init("Jabal al-Turkuman", turkman),
    .init("جبل التركمان", turkman),
    .init("Jabal al-Akrad", akrad), .init("Jabal Akrad", akrad), .init("al-Akrad Mountains", akrad),
    .init("Jebel el-Akrad", akrad), .init("Kurd Mountain", akrad),
    // Kobani, Maarat al-Numan, Jisr al-Shughur, Kafr Nabl, Khan Shaykhun
    .init("Kobani", "gn:172256"), .init("Kobane", "gn:172256"), .init("Ayn al-Arab", "gn:172256"),
    .init("Ain al-Arab", "gn:172256"), .init("Kobanî", "gn:172256"),
    .init("Maarat al-Numan", "gn:167611"), .init("Maarat al Numan", "gn:167611"),
    .init("Maarrat al-Nu'man", "gn:167611"), .init("Ma'arrat an-Nu'man", "gn:167611"),
    .init("Maarat al-Nouman", "gn:167611"),
    .init("Jisr al-Shughur", "gn:169023"), .init("Jisr ash-Shughur", "gn:169023"),
    .init("Jisr al-Shughour", "gn:169023"),
    .init("Kafr Nabl", "gn:168661"), .init("Kafranbel", "gn:168661"), .init("Kfar Nabl", "gn:168661"),
    .init("Khan Sheikhoun", "gn:168325"), .init("Khan Shaykhun", "gn:168325"),
    // Ain / Ein / Ayn
    .init("Ain Issa", "gn:172134"), .init("Ain Aissa", "gn:172134"), .init("Ayn 'Isa", "gn:172134"),
    .init("Ain al-Bayda", "gn:172243"), .init("Ein al-Bayda", "gn:172243"),
    // Articles, apostrophes, Tal/Tell
    .init("Rabia", "gn:167880"), .init("Rabi'a", "gn:167880"), .init("Rabiah", "gn:167880"),
    .init("Tal Abyad", "gn:163750"), .init("Tell Abyad", "gn:163750"), .init("Tall Abyad", "gn:163750"),
    .init("Tel Abyad", "gn:163750"),
    .init("Azaz", "gn:172082"), .init("A'zaz", "gn:172082"), .init("I‘zāz", "gn:172082"),
    .init("Marea", "gn:167245"), .init("Mare'", "gn:167245"),
    .init("Afrin", "gn:174186"), .init("Efrin", "gn:174186"),
    .init("Palmyra", "gn:163808"), .init("Tadmur", "gn:163808"),
    .init("Idleb", "gn:169389"), .init("Menbij", "gn:167357"), .init("Jarabulus", "gn:169179"),
    .init("Qastal Ma'af", "gn:165940"), .init("Kastal Maaf", "gn:165940"), .init("al-Bab", "gn:174018"),
    .init("Deir ez-Zour", "gn:170794"),
    // Curated (seed articles)
    .init("Ein Eisa", "cur:ein-eisa"), .init("Ain Eisa", "cur:ein-eisa"), .init("Burj al-Hayat", "cur:burj-al-hayat"),
    .init("al-Shahroora", "cur:al-shahroora"), .init("Shahrura", "cur:al-shahroora"),
    .init("Rashwan Hill", "cur:tal-rashwan"), .init("Tal Rashwan", "cur:tal-rashwan"),
    .init("Tell Rashwan", "cur:tal-rashwan"), .init("Katf al-Ghader", "cur:katf-al-ghader"),
    .init("Ain Samoukh", "cur:ain-samoukh"), .init("Ayn Samukh", "cur:ain-samoukh"),
    .init("Jib al-Ahmar", "cur:jib-al-ahmar"), .init("Ruwysat al-Mallouha", "cur:ruwaysat-al-mallouha"),
    .init("al-Sarraf", "cur:al-sarraf"), .init("al-Mukhtara", "cur:al-mukhtara"),
    .init("al-Fiel Hill", "cur:tal-al-fiel"), .init("Tal al-Fiel", "cur:tal-al-fiel"),
    .init("Kansafra", "cur:kansafra"), .init("Kabaneh", "cur:kabani"), .init("Kabani", "cur:kabani"),
    .init("Ghumam", "cur:ghamam"), .init("Ghamam", "cur:ghamam"), .init("Mount Ziwik", "cur:jabal-zuwayk"),
    .init("Jabal Zuwayk", "cur:jabal-zuwayk"), .init("Yamadi", "cur:yamadi"), .init("Salma", "cur:salma"),
    .init("Burj al-Qasab", "cur:burj-al-qasab"), .init("Kafar Aweed", "cur:kafr-uwayd"),
    // Arabic script
    .init("كنسبا", kinsabba), .init("اللاذقية", "gn:173576"),
  ]

  @Test func tableIsLargeEnough() {
    #expect(Self.variants.count >= 60)
    #expect(Self.nearMisses.count >= 20)
  }

  @Test(arguments: variants)
  func variantResolves(_ v: Variant) throws {
    let resolution = Gazetteer.bundled.resolve(v.spelling)
    let place = try #require(resolution.place, "\(v.spelling): \(resolution)")
    #expect(place.id == v.id)
  }

  /// A near-miss name: must resolve to `expected`, or (nil) to nothing at all.
  struct NearMiss: Sendable, CustomTestStringConvertible {
    let name: String
    let expected: PlaceID?
    let notThis: PlaceID?
    var testDescription: String { "\(name) ≠ \(notThis?.rawValue ?? "anything")" }
  }

  static let nearMisses: [NearMiss] = [
    // False friends: folding must not merge them.
    .init(name: "Kabani", expected: "cur:kabani", notThis: "gn:172256"),
    .init(name: "Kabana", expected: "cur:kabani", notThis: "gn:172256"),
    .init(name: "Salma", expected: "cur:salma", notThis: "gn:164947"),
    .init(name: "Salmah", expected: "cur:salma", notThis: "gn:164947"),
    .init(name: "Yamadi", expected: "cur:yamadi", notThis: "gn:167558"),
    .init(name: "Burj al-Qasab", expected: "cur:burj-al-qasab", notThis: "gn:168519"),
    .init(name: "Ein Eisa", expected: "cur:ein-eisa", notThis: "gn:172134"),
    .init(name: "Kassab", expected: "gn:168519", notThis: "cur:burj-al-qasab"),
    .init(name: "Madaya", expected: "gn:167558", notThis: "cur:yamadi"),
    .init(name: "Salamiyah", expected: "gn:164947", notThis: "cur:salma"),
    // Short or vague names: never auto-resolved by vowel-blind or edit-distance matching.
    .init(name: "Madiya", expected: nil, notThis: "gn:167558"),
    .init(name: "Kobanu", expected: nil, notThis: "gn:172256"),
    .init(name: "Salmi", expected: nil, notThis: "cur:salma"),
    .init(name: "Kasab Hill", expected: nil, notThis: "gn:168519"),
    .init(name: "Amud", expected: nil, notThis: nil),
    // Generic words alone are not places.
    .init(name: "Hill", expected: nil, notThis: nil), .init(name: "Mount", expected: nil, notThis: nil),
    .init(name: "Tal", expected: nil, notThis: nil), .init(name: "al-", expected: nil, notThis: nil),
    .init(name: "", expected: nil, notThis: nil), .init(name: "the", expected: nil, notThis: nil),
    // Places of other wars and other countries are not in the Syrian bundle.
    .init(name: "Kupiansk", expected: nil, notThis: nil), .init(name: "Mariupol", expected: nil, notThis: nil),
    .init(name: "Tikrit", expected: nil, notThis: nil), .init(name: "Gharyan", expected: nil, notThis: nil),
    .init(name: "Hodeidah", expected: nil, notThis: nil), .init(name: "Mekelle", expected: nil, notThis: nil),
    .init(name: "Lashio", expected: nil, notThis: nil), .init(name: "Hatay", expected: nil, notThis: nil),
    .init(name: "Valley Barricades", expected: nil, notThis: nil),
  ]

  @Test(arguments: nearMisses)
  func nearMiss(_ n: NearMiss) {
    let resolution = Gazetteer.bundled.resolve(n.name)
    #expect(resolution.place?.id == n.expected, "\(n.name): \(resolution)")
    if let notThis = n.notThis { #expect(resolution.place?.id != notThis) }
  }

  @Test func nearMatchesAreSuggestedNotResolved() {
    let r = Gazetteer.bundled.resolve("Madiya")
    guard case .unknown(let suggestions) = r else {
      Issue.record("expected unknown, got \(r)")
      return
    }
    #expect(suggestions.contains { $0.place.id == "gn:167558" })
  }

  @Test func candidatesAreRankedWithScores() throws {
    let c = Gazetteer.bundled.candidates(for: "Kinsabba", limit: 5)
    let first = try #require(c.first)
    #expect(first.place.id == Self.kinsabba)
    #expect(first.score > 0.8 && first.score <= 1)
    #expect(zip(c, c.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(Gazetteer.bundled.candidates(for: "Saraqeb", limit: 0).isEmpty)
  }

  @Test func exactScoresOneAndNearScoresLess() throws {
    let exact = try #require(Gazetteer.bundled.resolve("Kinsibba").candidates.first)
    #expect(exact.score == 1)
    let loose = try #require(Gazetteer.bundled.resolve("Kansaba").candidates.first)
    #expect(loose.score < 1 && loose.score >= 0.85)
  }

  // MARK: Disambiguation

  @Test func twoSuransAreAmbiguousWithoutContext() {
    let r = Gazetteer.bundled.resolve("Suran")
    guard case .ambiguous(let ms) = r else {
      Issue.record("expected ambiguous, got \(r)")
      return
    }
    #expect(Set(ms.map(\.place.id)).isSuperset(of: ["gn:163913", "gn:163915"]))
  }

  @Test func governorateHintPicks() {
    let hama = Gazetteer.bundled.resolve("Suran", context: .init(governorate: "adm1:SY-HM"))
    #expect(hama.place?.id == "gn:163915")
    let aleppo = Gazetteer.bundled.resolve("Suran", context: .init(governorate: "adm1:SY-HL"))
    #expect(aleppo.place?.id == "gn:163913")
  }

  @Test func nearbyPlacesPick() {
    // Marea (Aleppo countryside) is near the northern Suran.
    let r = Gazetteer.bundled.resolve("Suran", context: .init(nearby: ["gn:167245"]))
    #expect(r.place?.id == "gn:163913")
  }

  @Test func exactHitOutsideTheArticleAreaLeavesTheChoiceToTheReviewer() {
    let r = Gazetteer.bundled.resolve("Ain Issa", context: .init(governorate: "adm1:SY-LA"))
    guard case .ambiguous(let ms) = r else {
      Issue.record("expected ambiguous, got \(r)")
      return
    }
    #expect(ms.map(\.place.id).contains("cur:ein-eisa"))
    #expect(ms.map(\.place.id).contains("gn:172134"))
    #expect(Gazetteer.bundled.resolve("Ain Issa", context: .init(governorate: "adm1:SY-RA")).place?.id == "gn:172134")
  }

  @Test func cityWinsOverGovernorateOfTheSameName() {
    #expect(Gazetteer.bundled.resolve("Idlib").place?.id == "gn:169389")
    #expect(Gazetteer.bundled.resolve("Idlib province").place?.id == "adm1:SY-ID")
    #expect(Gazetteer.bundled.resolve("Latakia Governorate").place?.id == "adm1:SY-LA")
  }

  @Test func fuzzyHitCloseToAnotherPlaceIsNotResolved() {
    let g = Gazetteer(places: [
      Place(id: "t:1", name: "Kafr Batnaya"), Place(id: "t:2", name: "Kafr Batnaha"),
    ])
    // One edit from both: never auto-resolved.
    let r = g.resolve("Kafr Batnaza")
    #expect(r.place == nil)
    #expect(r.candidates.count == 2)
    // One edit from only one, and long: resolved with a score below 1.
    let g2 = Gazetteer(places: [Place(id: "t:1", name: "Kafr Batnaya")])
    let m = g2.resolve("Kafr Batnaka")
    #expect(m.place?.id == "t:1")
  }

  @Test func fuzzyHitOutsideTheContextGovernorateIsNotResolved() {
    let g = Gazetteer(places: [
      Place(id: "adm1:A", name: "Alpha Governorate", kind: .governorate),
      Place(id: "adm1:B", name: "Beta Governorate", kind: .governorate),
      Place(id: "t:1", name: "Kafr Batnaya", parents: ["adm1:A"]),
    ])
    #expect(g.resolve("Kafr Batnaka", context: .init(governorate: "adm1:B")).place == nil)
    #expect(g.resolve("Kafr Batnaka", context: .init(governorate: "adm1:A")).place?.id == "t:1")
  }

  // MARK: Longest match in running text

  static func words(_ s: String) -> ArraySlice<Substring> { ArraySlice(s.split(separator: " ")) }

  @Test func longestMatchFindsMultiWordNames() throws {
    let g = Gazetteer.bundled
    let a = try #require(g.match(prefixOf: Self.words("al-Turkmen Mountain region of Latakia")))
    #expect(a.match.place.id == Self.turkman)
    #expect(a.wordCount == 2)
    let b = try #require(g.match(prefixOf: Self.words("Burj al-Qasab, near the border")))
    #expect(b.match.place.id == "cur:burj-al-qasab")
    #expect(b.wordCount == 2)
    let c = try #require(g.match(prefixOf: Self.words("Kansaba in February")))
    #expect(c.match.place.id == Self.kinsabba)
    #expect(c.wordCount == 1)
    let d = try #require(g.match(prefixOf: Self.words("Jisr al-Shughur.")))
    #expect(d.match.place.id == "gn:169023")
    #expect(d.wordCount == 2)
  }

  @Test func longestMatchSkipsLowerCaseWordsAndGenericWords() {
    let g = Gazetteer.bundled
    #expect(g.match(prefixOf: Self.words("hill of the village")) == nil)
    #expect(g.match(prefixOf: Self.words("Hill of the village")) == nil)
    #expect(g.match(prefixOf: Self.words("latakia city")) == nil)
    #expect(g.match(prefixOf: Self.words("latakia city"), requireCapital: false) != nil)
    #expect(g.match(prefixOf: []) == nil)
  }

  @Test func mergingUserPlacesOverridesAndExtends() {
    let user = [
      Place(id: "user:zahiyah", name: "Zahiyah", parents: ["region:jabal-al-turkman"]),
      Place(id: "cur:salma", name: "Salma", aliases: ["Slenfeh-Salma"], parents: ["adm1:SY-LA"], source: "user"),
    ]
    let g = Gazetteer.bundled.merging(user)
    #expect(g.resolve("Zahiyah").place?.id == "user:zahiyah")
    #expect(g.contains(region: "adm1:SY-LA", place: "user:zahiyah"))
    #expect(g.place(id: "cur:salma")?.source == "user")
    #expect(g.count == Gazetteer.bundled.count + 1)
  }
}
