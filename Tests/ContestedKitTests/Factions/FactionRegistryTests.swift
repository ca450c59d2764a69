import Testing

@testable import ContestedKit

@Suite struct FactionRegistryTests {
  let r = FactionRegistry.default

  @Test(arguments: [
    // Syria: government
    ("regime forces", "government"), ("Assad forces", "government"), ("Assad's forces", "government"),
    ("the Syrian army", "government"), ("SAA", "government"), ("Tiger Forces", "government"),
    ("NDF", "government"), ("Shiite militias", "government"), ("Hezbollah", "government"),
    ("pro-regime militias", "government"), ("Russia-backed regime forces", "government"),
    ("Syrian regime's army forces", "government"), ("SANA", "government"), ("state TV", "government"),
    ("Syrian regime troops", "government"), ("pro-Assad army forces", "government"),
    // Syria: opposition
    ("rebels", "opposition"), ("opposition fighters", "opposition"), ("FSA", "opposition"),
    ("Army of Conquest", "opposition"), ("Jaysh al-Fatah", "opposition"), ("Jaish al-Fateh", "opposition"),
    ("Ahrar al-Sham", "opposition"), ("Nusra Front", "opposition"), ("HTS", "opposition"),
    ("1st Coastal Division", "opposition"), ("Coastal Brigade", "opposition"),
    ("Syrian National Army", "opposition"), ("Syrian national Army", "opposition"),
    ("Turkmen forces", "opposition"), ("Turkey-backed Syrian opposition fighters", "opposition"),
    ("Turkish-backed rebels", "opposition"), ("Failaq al-Rahman", "opposition"),
    // Kurdish, ISIS, Turkey
    ("SDF", "kurdish"), ("YPG", "kurdish"), ("Syrian Democratic Forces", "kurdish"),
    ("ISIS", "isis"), ("IS", "isis"), ("Daesh", "isis"), ("Islamic State militants", "isis"),
    ("Turkish army", "turkish-government"), ("Turkish troops", "turkish-government"),
    ("Erdogan", "turkish-government"),
    // Other wars
    ("Russian forces", "russian-government"), ("Russian Defence Ministry", "russian-government"),
    ("Ukrainian forces", "ukrainian-government"), ("AFU", "ukrainian-government"),
    ("pro-Russian separatists", "other"), ("separatists", "other"), ("DPR", "other"),
    ("government forces", "government"), ("Houthi rebels", "other"), ("LNA", "lna"), ("Wagner", "russian-government"),
    ("Haftar's forces", "lna"), ("GNA", "government"), ("RSF", "rsf"), ("Sudanese army", "government"),
    ("TPLF", "other"), ("Eritrean troops", "other"), ("Myanmar's junta", "government"), ("MNDAA", "other"),
    ("Armenian forces", "other"), ("Azerbaijani army", "government"), ("Iraqi forces", "government"),
    // Claimants
    ("SOHR", "independent-monitor"), ("Syrian Observatory for Human Rights", "independent-monitor"),
    ("OSCE", "independent-monitor"), ("Associated Press", "media"), ("Al-Masdar News", "media"),
  ])
  func sides(_ name: String, _ side: String) {
    #expect(r.side(of: name)?.rawValue == side, "\(name)")
  }

  @Test(arguments: ["anti-government forces militia", "Kachin Independence Army", "Israeli army", "", "   ", "the"])
  func doesNotGuess(_ name: String) {
    if name == "anti-government forces militia" {
      #expect(r.side(of: name) != .government)
    } else {
      #expect(r.faction(named: name) == nil, "\(name)")
    }
  }

  @Test func claimantGroupsForIndependence() {
    let group = r.claimantGroup(for: "RT")
    #expect(group == "russian-state-media")
    #expect(r.claimantGroup(for: "Sputnik") == group)
    #expect(r.claimantGroup(for: "TASS") == group)
    #expect(r.claimantGroup(for: "Russian media") == group)
    #expect(r.claimantGroup(for: "Syrian Observatory for Human Rights") == "sohr")
    #expect(r.claimantGroup(for: "SOHR") == "sohr")
    #expect(r.claimantGroup(for: "Reuters") != r.claimantGroup(for: "AFP"))
    #expect(r.claimantGroup(for: "Nobody in particular") == nil)
  }

  @Test func normalization() {
    #expect(FactionRegistry.normalize("Assad's forces") == "assad force")
    #expect(FactionRegistry.normalize("The Syrian Army") == "syrian army")
    #expect(FactionRegistry.normalize("Hay'at Tahrir al-Sham") == "hayat tahrir al sham")
    #expect(FactionRegistry.normalize("ISIS") == "isis")
    #expect(FactionRegistry.normalize("Erdoğan") == "erdogan")
  }

  @Test func userFactionsOverride() {
    let user = [
      Faction(id: "ukraine-rebels", name: "Donbas rebels", side: .other, aliases: ["rebels"]),
      Faction(id: "sdf", name: "Syrian Democratic Forces", side: "sdf-custom", aliases: ["SDF"]),
    ]
    let m = r.merging(user)
    #expect(m.side(of: "rebels") == .other)
    #expect(m.side(of: "SDF")?.rawValue == "sdf-custom")
    #expect(m.factions.count == r.factions.count + 1)
    #expect(r.side(of: "rebels") == .opposition)
  }

  @Test func longestMatchInWords() throws {
    func w(_ s: String) -> ArraySlice<Substring> { ArraySlice(s.split(separator: " ")) }
    let a = try #require(r.match(prefixOf: w("Syrian National Army has also seized")))
    #expect(a.faction.id == "sna")
    #expect(a.wordCount == 3)
    let b = try #require(r.match(prefixOf: w("regime forces and Shiite militias")))
    #expect(b.faction.id == "syrian-army")
    #expect(b.wordCount == 2)
    #expect(r.match(prefixOf: w("is the town")) == nil)  // "is" is not IS
    #expect(r.match(prefixOf: w("IS fighters")) != nil)
    #expect(r.match(prefixOf: []) == nil)
  }

  @Test func defaultsParseAndCoverEverySideTheCorpusUses() throws {
    let parsed = try ActorsTSV.parse(FactionRegistry.defaultTSV)
    #expect(parsed.count == r.factions.count)
    let sides = Set(r.factions.map(\.side))
    for s: Side in [
      .government, .opposition, .kurdish, .isis, .turkishGovernment, .russianGovernment,
      .ukrainianGovernment, .other, .media, .independentMonitor,
    ] {
      #expect(sides.contains(s), "\(s)")
    }
  }
}

@Suite struct ActorsTSVTests {
  @Test func roundTrip() throws {
    let f = [
      Faction(id: "wagner", name: "Wagner Group", side: .other, aliases: ["Wagner", "PMC Wagner"]),
      Faction(id: "rt", name: "RT", side: .russianGovernment, group: "russian-state-media"),
    ]
    #expect(try ActorsTSV.parse(ActorsTSV.format(f)) == f)
  }

  @Test(arguments: [
    ("wagner\tWagner", 1, "side"),
    ("\tWagner\tother", 1, "id"),
    ("wagner\t\tother", 1, "name"),
    ("wagner\tWagner\t", 1, "side"),
    ("wagner\tWagner\ttwo words", 1, "side"),
    ("# c\n\nok\tOK\tother\nbad", 4, "side"),
  ])
  func malformed(_ text: String, _ line: Int, _ field: String) {
    #expect {
      _ = try ActorsTSV.parse(text)
    } throws: { error in
      guard let e = error as? ActorsTSV.ParseError else { return false }
      return e.line == line && e.field == field
    }
  }
}
