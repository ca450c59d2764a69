import ContestedKit
import Testing

/// Every rule of `ConflictRule.all` (what is incompatible) and `ExtentRule.all` (how a place's text reads), with its
/// triggering and non-triggering examples, run through the real code.
@Suite struct ConflictRuleTests {
  static func conflicts(_ specs: [String]) throws -> Bool {
    let claims = try specs.enumerated().map { i, s in
      try #require(ConflictRule.claim(s, id: "c\(i)"), "bad example \(s)")
    }
    let pairs = Reconciler().reconcile(claims).flatMap(\.pairs)
    return pairs.contains { Set([$0.a.rawValue, $0.b.rawValue]) == ["c0", "c1"] }
  }

  @Test(arguments: ConflictRule.all.map(\.name))
  func conflictRule(_ name: String) throws {
    let rule = try #require(ConflictRule.all.first { $0.name == name })
    #expect(!rule.triggers.isEmpty && !rule.nonTriggers.isEmpty, "\(name): needs both kinds of example")
    for t in rule.triggers { #expect(try Self.conflicts(t), "\(name) should trigger: \(t)") }
    for n in rule.nonTriggers { #expect(try !Self.conflicts(n), "\(name) should not trigger: \(n)") }
  }

  @Test(arguments: ExtentRule.all.map(\.name))
  func extentRule(_ name: String) throws {
    let rule = try #require(ExtentRule.all.first { $0.name == name })
    #expect(!rule.triggers.isEmpty && !rule.nonTriggers.isEmpty)
    for (text, expected) in rule.triggers {
      let r = PlaceReading.read(text)
      let parts = expected.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      #expect(r.head == parts[0], "\(name): \(text) head \(r.head)")
      #expect(r.extent?.kind.rawValue == parts[1], "\(name): \(text) extent \(String(describing: r.extent))")
      if parts.count > 2 { #expect(r.extent?.share == Int(parts[2]), "\(name): \(text) share") }
    }
    for text in rule.nonTriggers {
      let kind = PlaceReading.read(text).extent?.kind
      #expect(kind != rule.kind, "\(name) should not read \(text) as \(rule.kind)")
    }
  }

  static func decode(_ text: String) throws(FieldError) -> Claim {
    let bytes = Array(text.utf8)
    var result: Result<Claim, FieldError>!
    bytes.withUnsafeBytes { buf in
      var c = JSONCursor(buf)
      do throws(FieldError) { result = .success(try Claim.readJSON(&c)) } catch { result = .failure(error) }
    }
    return try result.get()
  }

  @Test func extentSurvivesTheClaimJSONAndOldRecordsReadWithout() throws {
    var claim = try #require(ConflictRule.claim("A|government|asserts|holds|Idlib|2020-01-05", id: "c-1"))
    claim.place.extent = Extent(kind: .part, share: 90, site: "airport")
    var w = JSONWriter()
    claim.writeJSON(to: &w)
    let text = String(decoding: w.bytes, as: UTF8.self)
    #expect(text.contains(#""extent":{"kind":"part","share":90,"site":"airport"}"#), "\(text)")
    let back = try Self.decode(text)
    #expect(back.place.extent == claim.place.extent)
    let old = try Self.decode(
      #"{"id":"c-2","claimant":{"name":"A"},"place":{"text":"nearly 90% of Kupiansk"},"controller":{"side":"x"},"stance":"asserts","event":"holds"}"#
    )
    #expect(old.place.extent == nil)
    #expect(old.place.reading.extent == Extent(kind: .part, share: 90))
    #expect(old.place.key.rawValue == "unresolved:" + PlaceRef.unresolvedKey("Kupiansk"))
    #expect(throws: (any Error).self) {
      try Self.decode(
        #"{"id":"c-3","claimant":{"name":"A"},"place":{"text":"X","extent":{"kind":"most"}},"controller":{"side":"x"},"stance":"asserts","event":"holds"}"#
      )
    }
  }

  @Test func alliesDoNotConflictEnemiesDo() {
    let g = Claim(
      id: "a", claimant: Claimant(name: "SANA"), place: PlaceRef(id: "gn:1", text: "Idlib"),
      controller: ControllerRef(side: .government), event: .holds, when: .day(Day(iso: "2020-01-05")!),
      status: .accepted)
    var r = g
    r.id = "b"
    r.claimant = Claimant(name: "TASS")
    r.controller = ControllerRef(side: .russianGovernment)
    #expect(Reconciler().reconcile([g, r]).isEmpty)
    var o = r
    o.controller = ControllerRef(side: .opposition)
    #expect(!Reconciler().reconcile([g, o]).isEmpty)
  }

  /// A place the gazetteer does not know is read in the war its article is about (the theatre most of the article's
  /// known places are in). `government` is a side of two wars here, so the controller's side alone cannot say which.
  @Test func anUnknownPlaceIsReadInTheWarItsArticleIsAbout() {
    func claim(_ id: String, _ side: String, place: PlaceRef, article: String) -> Claim {
      Claim(
        id: ClaimID(rawValue: id), claimant: Claimant(name: "Source \(id)"),
        reportedBy: Report(outlet: "Wire", article: ArticleID(rawValue: article)), place: place,
        controller: ControllerRef(side: Side(rawValue: side)), event: .holds, when: .day(Day(iso: "2020-01-05")!),
        status: .accepted)
    }
    var options = Reconciler.Options()
    options.coalitions = Coalitions.builtIn.adding([
      TheatresTSV.Row(
        theatre: "sudan", coalition: "army", sides: ["government", "joint-forces"], places: ["user:sd-"]),
      TheatresTSV.Row(theatre: "sudan", coalition: "rsf", sides: ["rsf"], places: []),
    ])
    let reconciler = Reconciler(options: options)
    let nowhere = PlaceRef(text: "Um Nowhere")
    let context = [claim("k", "rsf", place: PlaceRef(id: "user:sd-el-fasher", text: "El Fasher"), article: "a1")]
    let army = claim("g", "government", place: nowhere, article: "a1")
    let joint = claim("j", "joint-forces", place: nowhere, article: "a1")
    let rsf = claim("r", "rsf", place: nowhere, article: "a1")
    let claims = context + [army, joint, rsf]
    let pairs = reconciler.pairs(among: ControlAssertion.derive(from: claims, options: options))
      .map { [$0.a.rawValue, $0.b.rawValue] }
    #expect(pairs == [["g", "r"], ["j", "r"]], "allies do not conflict, both conflict with the RSF")
    // Without the article's context, the army's `government` could be Syria's: not known to be the Joint Forces' ally.
    let apart = reconciler.reconcile([claim("g", "government", place: nowhere, article: "b"), joint])
    #expect(apart.contains { $0.claims == ["g", "j"] }, "\(apart)")
  }
}

/// One voice per originator (#16 item 4).
@Suite struct ClaimVoiceTests {
  func claim(_ name: String, chain: [String] = [], group: String? = nil) -> Claim {
    Claim(
      id: "v", claimant: Claimant(name: name, group: group), reportedBy: Report(chain: chain),
      place: PlaceRef(text: "X"), controller: ControllerRef(side: .government))
  }

  @Test func theCitedSourceIsTheOriginatorAndOfficesAreOneVoice() {
    #expect(ClaimVoice.originator(of: claim("AFP, citing Kurdish militias")) == "Kurdish militias")
    #expect(ClaimVoice.originator(of: claim("AFP", chain: ["Daily Sabah", "AFP", "SOHR"])) == "SOHR")
    #expect(ClaimVoice.originator(of: claim("SOHR", chain: ["Daily Sabah", "SOHR"])) == "SOHR")
    let registry = FactionRegistry.default
    let mod = ClaimVoice.key(of: claim("Russian Ministry of Defence"), registry: registry)
    #expect(mod == ClaimVoice.key(of: claim("Kremlin"), registry: registry))
    #expect(mod != ClaimVoice.key(of: claim("Ukrainian General Staff"), registry: registry))
    #expect(ClaimVoice.count([claim("TASS"), claim("RT"), claim("Reuters, citing SOHR")], registry: registry) == 2)
    #expect(ClaimVoice.key(of: claim("AFP, citing Kurdish militias")) != ClaimVoice.key(of: claim("AFP")))
  }
}

/// `ConflictIDRule.all`: what happens to ids shown earlier when claims join, merge, or stay apart.
@Suite struct ConflictIDRuleTests {
  @Test(arguments: ConflictIDRule.all.map(\.name))
  func idRule(_ name: String) throws {
    let rule = try #require(ConflictIDRule.all.first { $0.name == name })
    #expect(rule.examples.contains { $0.outcome == .separate } && rule.examples.contains { $0.outcome != .separate })
    for ex in rule.examples {
      let shown = try ex.claims.enumerated().map { i, s in
        try #require(ConflictRule.claim(s.hasPrefix("!") ? String(s.dropFirst()) : s, id: "c\(i)"))
      }
      // Claims marked `!` leave (are rejected) after the ids were shown.
      var claims = shown
      for (i, s) in ex.claims.enumerated() where s.hasPrefix("!") { claims[i].status = .rejected }
      let before = Reconciler().reconcile(Array(shown.prefix(ex.shown))).map(\.id)
      let after = Reconciler().reconcile(claims)
      #expect(!before.isEmpty, "\(name): nothing shown")
      for id in before {
        let holder = after.first { $0.id == id || $0.formerIDs.contains(id) }
        switch ex.outcome {
        case .sameID: #expect(after.contains { $0.id == id }, "\(name): \(id) lost")
        case .formerID:
          #expect(holder != nil, "\(name): \(id) does not resolve")
        case .separate: #expect(holder != nil && after.filter { $0.formerIDs.contains(id) }.isEmpty, "\(name): \(id)")
        }
      }
      if ex.outcome == .formerID { #expect(after.count == 1 && !after[0].formerIDs.isEmpty, "\(name): no merge") }
      if ex.outcome == .separate { #expect(after.count >= before.count, "\(name): merged") }
    }
  }
}
