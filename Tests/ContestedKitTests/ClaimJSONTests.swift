import ContestedKit
import Testing

@Suite struct ClaimJSONTests {
  static let full = Claim(
    id: "c-1", claimant: Claimant(name: "Russian \"media\"", side: .media, group: "russian-media"),
    reportedBy: Report(
      outlet: "Daily Sabah", article: "abc", url: "https://example.org/x", published: Day(iso: "2016-06-18"),
      chain: ["Anadolu Agency"]),
    place: PlaceRef(id: "region:jabal-al-turkman", text: "Turkmen Mountain", region: "adm1:SY-LA"),
    controller: ControllerRef(name: "regime forces and Shiite militias", side: .government), stance: .asserts,
    event: .captured,
    when: TimeSpan(
      from: Day(iso: "2016-06-16")!, to: Day(iso: "2016-06-16")!, precision: .partOfDay, partOfDay: "late"),
    quantity: Quantity(count: 8, isAll: true, unit: "villages"),
    evidence: Evidence(quote: "seized eight villages\nafter \"intense\" clashes", article: "abc", range: 10..<90),
    origin: .extracted, status: .proposed, note: "line\tbreak")

  func decode(_ text: String) throws(FieldError) -> Claim {
    let bytes = Array(text.utf8)
    var result: Result<Claim, FieldError>!
    bytes.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(FieldError) { result = .success(try Claim.readJSON(&c)) } catch { result = .failure(error) }
    }
    return try result.get()
  }

  @Test func roundTripsEveryField() throws {
    let text = Self.full.jsonString
    #expect(try decode(text) == Self.full)
    #expect(try decode(text).jsonString == text, "writing is deterministic")
  }

  @Test func readsTheBenchmarkFormAsAMinimalClaim() throws {
    let c = try decode(
      #"{"id":"c0000001","claimant":"s0042","place":"p000123","controller":"government","stance":"denies","from":"2016-01-21","to":"2016-01-23"}"#
    )
    #expect(c.id == "c0000001")
    #expect(c.claimant.name == "s0042")
    #expect(c.place.id == "p000123")
    #expect(c.controller.side == .government)
    #expect(c.stance == .denies)
    #expect(c.event == .holds)
    #expect(c.when == TimeSpan(from: Day(iso: "2016-01-21")!, to: Day(iso: "2016-01-23")!, precision: .range))
    #expect(c.origin == .imported && c.status == .accepted)
  }

  @Test func namesTheFieldAtFault() {
    let cases: [(String, String)] = [
      (#"{"claimant":"a","place":"p","controller":"isis","to":"2016-01-01"}"#, "from"),
      (#"{"claimant":"a","place":"p","controller":"isis","from":"2016-01-02","to":"2016-01-01"}"#, "to"),
      (#"{"claimant":"a","place":"p","controller":"isis","event":"took"}"#, "event"),
      (
        #"{"claimant":"a","place":"p","controller":"isis","when":{"from":"2016-01-01","precision":"fortnight"}}"#,
        "when.precision"
      ),
      (#"{"claimant":{"side":"media"},"place":"p","controller":"isis"}"#, "claimant"),
      (#"{"claimant":"a","place":"p","controller":7}"#, "controller"),
      (#"{"claimant":"a","place":"p","controller":"isis","quantity":{"count":"eight"}}"#, "quantity.count"),
      (#"{"claimant":"a","place":"p","controller":"isis","evidence":{"quote":"q","range":[9,2]}}"#, "evidence.range"),
      (#"{"claimant":"a","controller":"isis"}"#, "place"),
      (#"{"claimant":"a","place":{"id":"p","id_source":"guess"},"controller":"isis"}"#, "place.id_source"),
      (#"[1,2]"#, "(line)"),
    ]
    for (text, field) in cases {
      #expect(throws: FieldError.self) { try decode(text) }
      do { _ = try decode(text) } catch { #expect(error.field == field, "\(text)") }
    }
  }

  /// An id the gazetteer resolved is written with `"id_source":"gazetteer"` and reads back, by the full reader and the
  /// fast path alike; it does not change the claim's content id.
  @Test func anIDFromTheGazetteerRoundTripsAndKeepsTheContentID() throws {
    var claim = Self.full
    claim.place.idFromGazetteer = true
    let text = claim.jsonString
    #expect(text.contains(#""id":"region:jabal-al-turkman","id_source":"gazetteer""#))
    #expect(try decode(text) == claim)
    let fast = #"{"id":"c1","claimant":"a","place":{"id":"p","id_source":"gazetteer"},"controller":"isis"}"#
    let read = try Array(fast.utf8).withUnsafeBytes { try Claim.readJSON($0, range: 0..<fast.utf8.count) }
    #expect(read.place.idFromGazetteer && read.place.id == "p")
    #expect(claim.contentID == Self.full.contentID)
  }

  @Test func contentIDIgnoresIDStatusAndOriginButNotContent() {
    var a = Self.full
    var b = Self.full
    b.id = "other"
    b.status = .accepted
    b.origin = .manual
    #expect(a.contentID == b.contentID)
    a.place.text = "Bayırbucak"
    #expect(a.contentID != b.contentID)
    #expect(b.contentID.rawValue.hasPrefix("c-") && b.contentID.rawValue.count == 18)
  }
}
