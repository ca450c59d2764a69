/// A name of a force or a claimant and the side it stands for.
public struct FactionPhrase: Sendable, Hashable {
  /// The phrase as written ("Syrian Democratic Forces", "regime").
  public var phrase: String
  /// The side.
  public var side: Side
  /// 3 = a named party ("YPG", "rebels"), 2 = a nationality ("Russian"), 1 = generic ("troops").
  public var weight: Int
  /// True when the phrase only names claimants (monitors, media), never controllers.
  public var claimantOnly: Bool

  /// Makes an entry.
  public init(_ phrase: String, _ side: Side, weight: Int = 3, claimantOnly: Bool = false) {
    self.phrase = phrase
    self.side = side
    self.weight = weight
    self.claimantOnly = claimantOnly
  }
}

/// What the extractor needs from a faction registry: names and their sides.
public protocol FactionLexicon: Sendable {
  /// Every name the extractor should recognise.
  var factionPhrases: [FactionPhrase] { get }
}

/// What the extractor needs from a gazetteer: names to find, and an id for a name when it resolves.
public protocol PlaceLexicon: Sendable {
  /// Every place name the extractor should recognise in text.
  var placeNames: [String] { get }
  /// The canonical id of a surface name, when it resolves unambiguously.
  func placeID(for name: String) -> PlaceID?
}

/// A gazetteer that knows no names: the extractor then finds places by pattern alone.
public struct EmptyPlaceLexicon: PlaceLexicon {
  /// Makes the empty lexicon.
  public init() {}
  /// None.
  public var placeNames: [String] { [] }
  /// Always nil.
  public func placeID(for name: String) -> PlaceID? { nil }
}

/// A fixed list of names with ids, for tests and small workspaces.
public struct ListPlaceLexicon: PlaceLexicon {
  /// Name → id.
  public var entries: [String: PlaceID]
  /// Makes a lexicon from name → id pairs.
  public init(_ entries: [String: PlaceID]) { self.entries = entries }
  /// The names.
  public var placeNames: [String] { Array(entries.keys) }
  /// Case-insensitive lookup.
  public func placeID(for name: String) -> PlaceID? {
    entries[name] ?? entries.first { $0.key.lowercased() == name.lowercased() }?.value
  }
}

/// The extractor's own minimal list of force and claimant names, used until the faction registry is wired in.
/// Generic words ("troops", "army") carry weight 1 so that any named party in the same phrase wins.
public struct BuiltInFactionLexicon: FactionLexicon {
  /// Makes the built-in lexicon.
  public init() {}

  /// The entries.
  public var factionPhrases: [FactionPhrase] { Self.entries }

  static let entries: [FactionPhrase] = {
    var e: [FactionPhrase] = []
    func add(_ side: Side, _ weight: Int, _ names: String, claimant: Bool = false) {
      for n in names.split(separator: ",") {
        e.append(FactionPhrase(n.trimmingSpaces, side, weight: weight, claimantOnly: claimant))
      }
    }
    add(
      .government, 3,
      """
      regime,government,pro-government,assad,pro-assad,loyalist,loyalists,syrian army,syrian arab army,saa,\
      tiger forces,hezbollah,shiite militias,shia militias,iranian-backed militias,regime forces,junta,tatmadaw,\
      sudanese army,saf,sudanese armed forces,popular resistance,iraqi forces,iraqi army,iraqi troops,\
      iraqi security forces,popular mobilization,hashed al-shaabi,gna,government of national accord,\
      saudi-led coalition,coalition forces,arab coalition,hadi government,yemeni government,yemeni army,\
      ethiopian army,ethiopian forces,endf,ethiopian national defense force,azerbaijani army,azerbaijani forces,\
      azerbaijan,myanmar army,myanmar military,damascus,national defence forces,ndf
      """)
    add(.government, 2, "iraqi,azerbaijani,ethiopian,myanmar")
    add(
      .government, 1,
      "army,troops,soldiers,military,security forces,armed forces,militias,militia,"
        + "pro-government militias,allied militias")
    add(
      .opposition, 3,
      """
      opposition,rebel,rebels,insurgents,insurgent,fsa,free syrian army,\
      syrian national army,sna,hts,hayat tahrir al-sham,tahrir al-sham,nusra,al-nusra front,nusra front,\
      jaysh al-fatah,jaysh al-fateh,army of conquest,ahrar al-sham,jaysh al-islam,failaq al-rahman,\
      national liberation front,nlf,turkmen,turkmens,coastal division,coastal brigade,turkish-backed,\
      turkey-backed,free army,islamist,islamists,syrian factions,armed opposition
      """)
    add(.opposition, 1, "militants,terrorists,terrorist groups,factions,gunmen,jihadi,jihadis,jihadists,extremists")
    add(
      .kurdish, 3,
      "ypg,ypj,sdf,syrian democratic forces,kurdish,kurds,kurdish-led,peshmerga,kurdish forces,asayish")
    add(.isis, 3, "isis,isil,islamic state,daesh,is militants,is fighters,is group,islamic state group")
    add(.russianGovernment, 2, "russian,russia,russians,moscow,kremlin")
    add(
      .russianGovernment, 3,
      "russian forces,russian troops,russian army,russian defence ministry,"
        + "russian defense ministry,russian military")
    add(.ukrainianGovernment, 2, "ukrainian,ukraine,ukrainians,kyiv,kiev")
    add(
      .ukrainianGovernment, 3,
      "ukrainian forces,ukrainian troops,ukrainian army,armed forces of ukraine,"
        + "ukraine's armed forces,ukrainian military,azov")
    add(.turkishGovernment, 2, "turkish,turkey,ankara")
    add(.turkishGovernment, 3, "turkish army,turkish troops,turkish forces,turkish military")
    add(
      .other, 3,
      """
      houthi,houthis,ansar allah,rsf,rapid support forces,lna,libyan national army,haftar,tplf,tigray forces,\
      tigrayan forces,tdf,tigray defence forces,mndaa,tnla,arakan army,separatists,pro-russian separatists,\
      dpr,lpr,armenian forces,artsakh,karabakh forces,eritrean troops,eritrean forces,wagner,\
      brotherhood alliance,m23,al-shabaab,taliban
      """)
    add(.other, 2, "armenian,eritrean,tigrayan,separatist")
    add(
      .independentMonitor, 3,
      """
      syrian observatory for human rights,syrian observatory,sohr,observatory,monitor,monitoring group,\
      war monitor,osce,monitors,acled,airwars,institute for the study of war
      """, claimant: true)
    add(
      .media, 3,
      """
      media,news agency,agency,reporter,correspondent,journalist,outlet,al-masdar,al-masdar news,\
      al manar,al mayadeen,reuters,afp,associated press,ap,anadolu,anadolu agency,xinhua,tass,ria,\
      ria novosti,interfax,sputnik,rt,al jazeera,bbc,dpa,efe
      """, claimant: true)
    add(.government, 3, "sana,state media,state television,state tv,al ikhbariya", claimant: true)
    add(
      .government, 1,
      "ministry of defence,ministry of defense,defence ministry,defense ministry,military source,military sources,"
        + "army source,army command,general staff,joint operations command", claimant: true)
    add(
      .other, 3, "activist,activists,residents,sources,witnesses,local sources,opposition activists",
      claimant: true)
    return e
  }()
}

extension Substring {
  var trimmingSpaces: String {
    var s = self
    while s.first == " " || s.first == "\n" { s.removeFirst() }
    while s.last == " " || s.last == "\n" { s.removeLast() }
    return String(s)
  }
}

/// A compiled table of multi-word phrases over word hashes, for longest-match lookup in token runs.
///
/// Open addressing on the first word's hash (already a good FNV hash, so no re-hashing), each slot pointing
/// to its phrases, longest first. `finalize()` freezes the lists into a `PhraseIndex` (contiguous arrays, no
/// nested arrays or dictionaries on the lookup path, long lists indexed by their second word).
public struct PhraseTable<Value: Sendable>: Sendable {
  var keys: [UInt64] = Array(repeating: 0, count: 64)
  var slots: [Int32] = Array(repeating: -1, count: 64)
  var lists: [[(words: [UInt64], value: Value)]] = []
  var count = 0
  /// The frozen form, set by `finalize()`; until then lookups scan `lists`.
  var index: PhraseIndex<Value>? = nil

  /// An empty table.
  public init() {}

  /// Adds a phrase (split and hashed like tokens).
  public mutating func add(_ phrase: String, _ value: Value) {
    let words = WordHash.phrase(phrase)
    guard let first = words.first else { return }
    index = nil
    if let s = slot(first) {
      lists[s].append((words, value))
      return
    }
    if (count + 1) * 2 > keys.count { grow() }
    insert(first, list: lists.count)
    lists.append([(words, value)])
  }

  /// Sorts every list longest first and freezes the table. Call after the last `add`.
  public mutating func finalize() {
    for i in lists.indices { lists[i].sort { $0.words.count > $1.words.count } }
    index = PhraseIndex(keys: keys, slots: slots, lists: lists)
  }

  /// The frozen form (finalizing a copy when needed).
  func frozen() -> PhraseIndex<Value> {
    if let index { return index }
    var t = self
    t.finalize()
    return t.index ?? PhraseIndex(keys: keys, slots: slots, lists: lists)
  }

  mutating func insert(_ key: UInt64, list: Int) {
    let k = key == 0 ? 1 : key
    let mask = keys.count - 1
    var i = Int(truncatingIfNeeded: k >> 7) & mask
    while keys[i] != 0 { i = (i + 1) & mask }
    keys[i] = k
    slots[i] = Int32(list)
    count += 1
  }

  mutating func grow() {
    let old = zip(keys, slots).filter { $0.0 != 0 }
    keys = Array(repeating: 0, count: keys.count * 2)
    slots = Array(repeating: -1, count: slots.count * 2)
    count = 0
    for (k, s) in old { insert(k, list: Int(s)) }
  }

  @inline(__always) func slot(_ key: UInt64) -> Int? {
    let k = key == 0 ? 1 : key
    let mask = keys.count - 1
    var i = Int(truncatingIfNeeded: k >> 7) & mask
    while true {
      let c = keys[i]
      if c == k { return Int(slots[i]) }
      if c == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  /// The longest phrase starting at token `i` (words and numbers only), with its length in tokens.
  public func match(_ tokens: ArraySlice<Token>, at i: Int) -> (length: Int, value: Value)? {
    if let index { return index.match(tokens, at: i) }
    guard i < tokens.endIndex, i >= tokens.startIndex, let s = slot(tokens[i].hash) else { return nil }
    outer: for c in lists[s] {
      if i + c.words.count > tokens.endIndex { continue }
      var k = 1
      while k < c.words.count {
        let t = tokens[i + k]
        if t.hash != c.words[k] || (t.kind != .word && t.kind != .number) { continue outer }
        k += 1
      }
      return (c.words.count, c.value)
    }
    return nil
  }
}

/// A frozen `PhraseTable`, shared by reference: the entries of list `l` are `listStart[l]..<listStart[l + 1]`
/// (longest first), entry `e`'s words are `words[wordStart[e]..<wordStart[e + 1]]`, and lists of more than 8
/// entries are looked up by their second word.
final class PhraseIndex<Value: Sendable>: Sendable {
  let keys: [UInt64]
  let slots: [Int32]
  let listStart: [Int32]
  let wordStart: [Int32]
  let words: [UInt64]
  let values: [Value]
  /// Per list: true when it is indexed by second word.
  let longList: [Bool]
  /// Per long list: its first one-word entry, or -1.
  let singleFirst: [Int32]
  /// (list, second word) → entries `secEntries[secStart[i]..<secEnd[i]]`, open addressing; `secList` -1 = empty.
  let secKeys: [UInt64]
  let secList: [Int32]
  let secStart: [Int32]
  let secEnd: [Int32]
  let secEntries: [Int32]
  let secMask: Int

  init(keys: [UInt64], slots: [Int32], lists: [[(words: [UInt64], value: Value)]]) {
    self.keys = keys
    self.slots = slots
    var listStart: [Int32] = [0]
    var wordStart: [Int32] = [0]
    var words: [UInt64] = []
    var values: [Value] = []
    var longList: [Bool] = []
    var singleFirst: [Int32] = []
    var groups: [(list: Int32, second: UInt64, entries: [Int32])] = []
    for (i, list) in lists.enumerated() {
      let base = Int32(values.count)
      for e in list {
        words += e.words
        wordStart.append(Int32(words.count))
        values.append(e.value)
      }
      listStart.append(Int32(values.count))
      let long = list.count > 8
      longList.append(long)
      var single: Int32 = -1
      if long {
        var order: [UInt64] = []
        var bySecond: [UInt64: [Int32]] = [:]
        for (j, e) in list.enumerated() {
          if e.words.count >= 2 {
            if bySecond[e.words[1]] == nil { order.append(e.words[1]) }
            bySecond[e.words[1], default: []].append(base + Int32(j))
          } else if single < 0 {
            single = base + Int32(j)
          }
        }
        for w in order { groups.append((Int32(i), w, bySecond[w] ?? [])) }
      }
      singleFirst.append(single)
    }
    var size = 16
    while size < groups.count * 2 { size *= 2 }
    let mask = size - 1
    var secKeys = [UInt64](repeating: 0, count: size)
    var secList = [Int32](repeating: -1, count: size)
    var secStart = [Int32](repeating: 0, count: size)
    var secEnd = [Int32](repeating: 0, count: size)
    var secEntries: [Int32] = []
    for g in groups {
      var i = PhraseIndex.secondIndex(g.list, g.second, mask)
      while secList[i] >= 0 { i = (i + 1) & mask }
      secKeys[i] = g.second
      secList[i] = g.list
      secStart[i] = Int32(secEntries.count)
      secEntries += g.entries
      secEnd[i] = Int32(secEntries.count)
    }
    self.listStart = listStart
    self.wordStart = wordStart
    self.words = words
    self.values = values
    self.longList = longList
    self.singleFirst = singleFirst
    self.secKeys = secKeys
    self.secList = secList
    self.secStart = secStart
    self.secEnd = secEnd
    self.secEntries = secEntries
    self.secMask = mask
  }

  @inline(__always) static func secondIndex(_ list: Int32, _ second: UInt64, _ mask: Int) -> Int {
    let k = second ^ (UInt64(UInt32(bitPattern: list)) &* 0x9E37_79B9_7F4A_7C15)
    return Int(truncatingIfNeeded: k ^ (k >> 31)) & mask
  }

  @inline(__always) func slot(_ key: UInt64) -> Int? {
    let k = key == 0 ? 1 : key
    return keys.withUnsafeBufferPointer { p in
      let mask = p.count - 1
      var i = Int(truncatingIfNeeded: k >> 7) & mask
      while true {
        let c = p[i]
        if c == k { return Int(slots[i]) }
        if c == 0 { return nil }
        i = (i + 1) & mask
      }
    }
  }

  /// The longest phrase starting at token `i` of the slice.
  func match(_ tokens: ArraySlice<Token>, at i: Int) -> (length: Int, value: Value)? {
    guard i < tokens.endIndex, i >= tokens.startIndex, let s = slot(tokens[i].hash) else { return nil }
    return tokens.withUnsafeBufferPointer { matchFlat($0, list: s, at: i - tokens.startIndex, end: tokens.count) }
  }

  /// The longest phrase starting at token `i` of `tokens[..<end]` (default: all of `tokens`).
  @inline(__always)
  func match(_ tokens: [Token], at i: Int, end: Int = Int.max) -> (length: Int, value: Value)? {
    let e = min(end, tokens.count)
    guard i < e, i >= 0, let s = slot(tokens[i].hash) else { return nil }
    return tokens.withUnsafeBufferPointer { matchFlat($0, list: s, at: i, end: e) }
  }

  func matchFlat(_ t: UnsafeBufferPointer<Token>, list s: Int, at i: Int, end: Int) -> (length: Int, value: Value)? {
    words.withUnsafeBufferPointer { w in
      wordStart.withUnsafeBufferPointer { ws in
        @inline(__always) func fits(_ e: Int) -> Int? {
          let a = Int(ws[e])
          let n = Int(ws[e + 1]) - a
          if i + n > end { return nil }
          var k = 1
          while k < n {
            let u = t[i + k]
            if u.hash != w[a + k] || (u.kind != .word && u.kind != .number) { return nil }
            k += 1
          }
          return n
        }
        if longList[s] {
          if i + 1 < end {
            let second = t[i + 1].hash
            var p = PhraseIndex.secondIndex(Int32(s), second, secMask)
            while secList[p] >= 0 {
              if secList[p] == Int32(s) && secKeys[p] == second {
                for q in Int(secStart[p])..<Int(secEnd[p]) {
                  let e = Int(secEntries[q])
                  if let n = fits(e) { return (n, values[e]) }
                }
                break
              }
              p = (p + 1) & secMask
            }
          }
          let f = singleFirst[s]
          return f >= 0 ? (1, values[Int(f)]) : nil
        }
        for e in Int(listStart[s])..<Int(listStart[s + 1]) {
          if let n = fits(e) { return (n, values[e]) }
        }
        return nil
      }
    }
  }
}

/// A fixed set of word hashes: open addressing on the (already well mixed) FNV hash, no per-lookup hashing.
/// The extractor's hot loops ask "is this word one of …" many times per sentence.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private var keys: [UInt64]
  private let mask: Int

  /// A set of the given hashes.
  init(_ hashes: [UInt64]) {
    var size = 16
    while size < hashes.count * 4 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    mask = size - 1
    for h in hashes {
      let k = h == 0 ? 1 : h
      var i = WordSet.index(k, mask)
      while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
      keys[i] = k
    }
  }

  /// A set of the given hashes.
  init(arrayLiteral elements: UInt64...) { self.init(elements) }

  @inline(__always) static func index(_ k: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
  }

  /// True when `h` is in the set.
  @inline(__always) func contains(_ h: UInt64) -> Bool {
    let k = h == 0 ? 1 : h
    return keys.withUnsafeBufferPointer { p in
      var i = WordSet.index(k, mask)
      while true {
        let c = p[i]
        if c == k { return true }
        if c == 0 { return false }
        i = (i + 1) & mask
      }
    }
  }
}
