import ContestedKit
import Foundation

/// A small two-conflict workspace, built by hand (independent of the extractor), for digest and export tests.
enum OutputFixtures {
  static func day(_ s: String) -> Day { Day(iso: s)! }

  static func claim(
    _ id: String, _ claimant: String, side: Side?, group: String?, place: String, text: String,
    _ controller: Side,
    _ event: ControlEvent, _ when: String, stance: Stance = .asserts, outlet: String,
    published: String,
    url: String? = nil, article: ArticleID? = nil, quote: String
  ) -> Claim {
    Claim(
      id: ClaimID(rawValue: id), claimant: Claimant(name: claimant, side: side, group: group),
      reportedBy: Report(outlet: outlet, article: article, url: url, published: day(published)),
      place: PlaceRef(id: PlaceID(rawValue: place), text: text),
      controller: ControllerRef(side: controller),
      stance: stance, event: event, when: TimeSpan(from: day(when), to: day(when), precision: .day),
      evidence: Evidence(quote: quote), origin: .manual, status: .accepted)
  }

  /// Kabani (open conflict, May 2017) and Salma (resolved conflict, June 2017), plus an unrelated claim.
  static func claims(hostileQuote: String? = nil, hostileName: String? = nil) -> [Claim] {
    [
      claim(
        "c-a1", "Syrian Ministry of Defence", side: .government, group: "sy-gov",
        place: "cur:kabani", text: "Kabani",
        .government, .captured, "2017-05-10", outlet: "SANA", published: "2017-05-11",
        url: "https://sana.example/2017/05/11/kabani",
        quote: hostileQuote ?? "Army units took full control of Kabani after fierce clashes."),
      claim(
        "c-a2", hostileName ?? "FSA spokesman", side: .opposition, group: "fsa",
        place: "cur:kabani", text: "Kabani",
        .opposition, .holds, "2017-05-12", outlet: "Enab Baladi", published: "2017-05-12",
        quote: "Our fighters still hold Kabani and repelled the attack."),
      claim(
        "c-b1", "Syrian Ministry of Defence", side: .government, group: "sy-gov",
        place: "cur:salma", text: "Salma",
        .government, .captured, "2017-06-02", outlet: "SANA", published: "2017-06-02",
        quote: "Salma was liberated from the terrorists."),
      claim(
        "c-b2", "Local council", side: .opposition, group: "salma-council", place: "cur:salma",
        text: "Salma",
        .opposition, .holds, "2017-06-03", outlet: "Orient News", published: "2017-06-04",
        quote: "The town remains in our hands."),
      claim(
        "c-c1", "Syrian Ministry of Defence", side: .government, group: "sy-gov",
        place: "unresolved-town",
        text: "an unnamed hamlet", .government, .captured, "2017-04-01", outlet: "SANA",
        published: "2017-04-02",
        quote: "A hamlet was secured."),
    ]
  }

  /// The reconciled conflicts, the Salma one resolved with a verdict.
  static func state(claims: [Claim]) -> (
    conflicts: [Conflict], decisions: [ConflictID: ConflictDecision], verdict: Verdict
  ) {
    let reconciler = Reconciler(options: .init(asOf: day("2017-06-30")))
    var conflicts = reconciler.reconcile(claims)
    let verdict = Verdict(
      rulings: ["c-b1": .upheld, "c-b2": .refuted], heldBy: .government, confidence: .high,
      rationale: "Geolocated video from 2017-06-03 shows army units in the town centre.",
      evidence: ["https://example.org/video/123"])
    var decisions: [ConflictID: ConflictDecision] = [:]
    for i in conflicts.indices where conflicts[i].place == "cur:salma" {
      conflicts[i].status = .resolved
      decisions[conflicts[i].id] = ConflictDecision(
        conflict: conflicts[i].id, status: .resolved, verdict: verdict, reviewer: "amira",
        at: "2017-06-20T09:00:00Z")
    }
    return (conflicts, decisions, verdict)
  }

  /// The digest of the fixture for a period.
  static func digest(
    claims: [Claim], since: String? = nil, until: String? = nil, articles: [ArticleID: ArticleRecord] = [:],
    limit: Int? = nil
  ) -> Digest {
    let (conflicts, decisions, verdict) = state(claims: claims)
    let records = TrackRecord.compute(claims: claims, rulings: verdict.rulings)
    return Digest(
      claims: claims, conflicts: conflicts, decisions: decisions, trackRecord: records,
      placeNames: ["cur:kabani": "Kabani", "cur:salma": "Salma"], articles: articles,
      coordinates: ["cur:kabani": .init(latitude: 35.81, longitude: 36.28)], limit: limit, since: since.map(day),
      until: until.map(day),
      generatedAt: "2017-07-01T08:00:00Z", toolVersion: "0.1.0")
  }

  /// Claims of one sentence about three villages (an aggregate statement yields one claim per place), and a claim
  /// from a stored article with a hostile title and a `javascript:` address.
  static func sentenceClaims(title: String, url: String) -> (claims: [Claim], articles: [ArticleID: ArticleRecord]) {
    let sentence = "Rebels still hold Ain, Bayt and Jamil after clashes on Thursday."
    let article: ArticleID = "a-hostile"
    var claims = claims()
    for (n, village) in ["Ain", "Bayt", "Jamil"].enumerated() {
      claims.append(
        claim(
          "c-k\(n)", "Rebel spokesman", side: .opposition, group: "fsa", place: "cur:kabani", text: village,
          .opposition, .holds, "2017-05-11", outlet: "Orient News", published: "2017-05-13",
          url: "https://orient.example/a?x=1&y=(2)", article: "a-orient", quote: sentence))
    }
    claims.append(
      claim(
        "c-h1", "Local activist", side: .opposition, group: "activists", place: "cur:kabani", text: "Kabani",
        .opposition, .holds, "2017-05-12", outlet: "Blog", published: "2017-05-12", url: url, article: article,
        quote: "We still hold it."))
    return (
      claims,
      [
        "a-orient": ArticleRecord(id: "a-orient", title: "Rebels advance near Kabani"),
        article: ArticleRecord(id: article, title: title),
      ]
    )
  }

  /// Every hostile construct the digest must neutralise.
  static let hostile =
    "Pipes | in | cells, `code` and ```fences```, <script>alert('x')</script>, <img src=x onerror=alert(1)>, "
    + "[click](javascript:alert(1)), ![img](http://evil.example/x.png), **bold** _em_ ~~strike~~,\n# Injected heading\n"
    + "\r\n- injected list item\n> injected quote\n| a | b |\n|---|---|\nhttps://evil.example www.evil.example "
    + "mail@evil.example &lt;entity&gt; \\ backslash\u{2028}line separator"
}
