/// Names and aliases → faction → side, plus claimant groups for independence.
///
/// Lookup folds case, diacritics, punctuation, a leading "the", possessive "'s" and simple plurals
/// ("Assad's forces" = "Assad forces" = "assad force"). A name that is not registered as a whole is tried
/// without leading modifiers ("Russia-backed regime forces" → "regime forces") and then without trailing words
/// ("Syrian regime's army forces" → "Syrian regime"); a name led by "anti" never falls back.
public struct FactionRegistry: Sendable {
  /// Every faction, in registration order (user factions last).
  public let factions: [Faction]
  private let index: [String: Int]
  private let byID: [FactionID: Int]
  private let maxWords: Int
  /// Normalized aliases that are acronyms ("IS", "SAA"): in running text they must appear in capitals.
  private let acronyms: Set<String>

  /// Builds a registry; when a name belongs to several factions the later one wins (user entries override).
  public init(factions: [Faction]) {
    var list: [Faction] = []
    var byID: [FactionID: Int] = [:]
    for f in factions {
      if let i = byID[f.id] {
        list[i] = f
      } else {
        byID[f.id] = list.count
        list.append(f)
      }
    }
    var index: [String: Int] = [:]
    var acronyms: Set<String> = []
    var maxWords = 1
    for (i, f) in list.enumerated() {
      for name in f.allNames {
        let key = Self.normalize(name)
        guard !key.isEmpty else { continue }
        index[key] = i
        maxWords = max(maxWords, key.split(separator: " ").count)
        if name.count <= 5, name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) { acronyms.insert(key) }
      }
    }
    self.factions = list
    self.index = index
    self.byID = byID
    self.maxWords = min(maxWords, 10)
    self.acronyms = acronyms
  }

  /// Syrian defaults plus generic entries for other wars (see `FactionRegistry+Defaults.swift`).
  public static let `default` = FactionRegistry(factions: FactionRegistry.defaultFactions())

  /// A new registry with `user` factions added; a user faction with an existing id replaces it, and user
  /// aliases take precedence over built-in ones.
  public func merging(_ user: [Faction]) -> FactionRegistry {
    user.isEmpty ? self : FactionRegistry(factions: factions + user)
  }

  /// The faction with this id.
  public func faction(id: FactionID) -> Faction? { byID[id].map { factions[$0] } }

  /// The faction a name refers to ("the Syrian army", "Jaysh al-Fatah", "Russia-backed regime forces").
  public func faction(named name: String) -> Faction? {
    let words = Self.normalize(name).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return nil }
    if let i = index[words.joined(separator: " ")] { return factions[i] }
    if words.count > 1 {
      var sawModifier = false
      for drop in 1..<words.count {  // leading modifiers: "Russia-backed X", "pro-Iranian X"
        let dropped = words[drop - 1]
        if dropped.hasPrefix("anti") || dropped == "non" || dropped == "not" { return nil }
        if Self.modifiers.contains(dropped) { sawModifier = true }
        guard sawModifier else { continue }
        if let i = index[words[drop...].joined(separator: " ")] { return factions[i] }
      }
      if sawModifier { return nil }  // "Turkey-backed …" is not Turkey
      for keep in stride(from: words.count - 1, through: 1, by: -1) {  // trailing words
        if let i = index[words[..<keep].joined(separator: " ")] { return factions[i] }
      }
    }
    return nil
  }

  /// The side of the faction a name refers to.
  public func side(of name: String) -> Side? { faction(named: name)?.side }

  /// The independence group of a claimant name (RT, Sputnik, TASS → `russian-state-media`), or nil if unknown.
  public func claimantGroup(for name: String) -> String? { faction(named: name)?.claimantGroup }

  /// The longest faction name starting at the first of `words` (raw tokens from running text).
  /// Acronyms ("IS", "SAA") must be written in capitals; only whole registered names match.
  public func match(prefixOf words: ArraySlice<Substring>) -> (faction: Faction, wordCount: Int)? {
    guard !words.isEmpty else { return nil }
    var n = min(words.count, maxWords + 1)
    while n >= 1 {
      let raw = words.prefix(n).joined(separator: " ")
      let key = Self.normalize(raw)
      if !key.isEmpty, let i = index[key] {
        if !acronyms.contains(key) || Self.isCapitalized(raw) { return (factions[i], n) }
      }
      n -= 1
    }
    return nil
  }

  /// Words after which the rest of a name may be looked up alone ("Turkish-backed | rebels").
  static let modifiers: Set<String> = [
    "backed", "led", "supported", "aligned", "allied", "linked", "based", "affiliated", "sponsored", "funded",
    "trained", "dominated", "loyal", "pro", "moderate", "allegedly", "so", "called", "self", "proclaimed",
  ]

  private static func isCapitalized(_ raw: String) -> Bool {
    let letters = raw.unicodeScalars.filter { $0.properties.isAlphabetic }
    return !letters.isEmpty && letters.allSatisfy { $0.properties.isUppercase }
  }

  /// The lookup form: lower case, diacritics folded, punctuation → spaces, leading "the" and possessive
  /// "'s" dropped, a final plural "s" dropped from words longer than four letters.
  public static func normalize(_ name: String) -> String {
    var words: [String] = []
    var current: [UInt8] = []
    func flush() {
      guard !current.isEmpty else { return }
      var w = current
      if w.count > 4, w.last == 0x73, w[w.count - 2] != 0x73, w[w.count - 2] != 0x75, w[w.count - 2] != 0x69 {
        w.removeLast()  // plural s (not -ss, -us, -is)
      }
      words.append(String(decoding: w, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
    }
    let scalars = Array(name.unicodeScalars)
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      let v = s.value
      if v >= 0x41 && v <= 0x5A {
        current.append(UInt8(v) | 0x20)
      } else if v >= 0x61 && v <= 0x7A || v >= 0x30 && v <= 0x39 {
        current.append(UInt8(v))
      } else if v == 0x27 || v == 0x2019 || v == 0x60 || v == 0x2018 || v == 0x2BC || v == 0x2BF || v == 0x2BE {
        // possessive 's at a word end: drop both
        if i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
          i + 2 >= scalars.count || !scalars[i + 2].properties.isAlphabetic
        {
          i += 2
          flush()
          continue
        }
      } else if v >= 0x300 && v <= 0x36F {
        // combining mark
      } else if let folded = LatinFold.fold(v) {
        current.append(folded)
      } else if s.properties.isAlphabetic {
        current += Array(String(s).lowercased().utf8)
      } else {
        flush()
      }
      i += 1
    }
    flush()
    if words.count > 1 && words[0] == "the" { words.removeFirst() }
    return words.joined(separator: " ")
  }
}
