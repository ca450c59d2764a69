/// Word classes: bits in `Token.classes`.
public enum WordClass {
  /// A word that can begin a control phrase ("seized", "fell", "retook").
  public static let control: UInt32 = 1 << 0
  /// A verb or phrase head of attribution ("said", "told", "according").
  public static let speech: UInt32 = 1 << 1
  /// A denial verb ("denied", "dismissing").
  public static let denial: UInt32 = 1 << 2
  /// A negation ("not", "never").
  public static let negation: UInt32 = 1 << 3
  /// Monday … Sunday.
  public static let weekday: UInt32 = 1 << 4
  /// January … December and their abbreviations.
  public static let month: UInt32 = 1 << 5
  /// Other words of time expressions ("yesterday", "ago", "week").
  public static let time: UInt32 = 1 << 6
  /// A number word ("eight", "dozens").
  public static let numberWord: UInt32 = 1 << 7
  /// A noun for a kind of place, singular ("village", "town", "hill").
  public static let placeNoun: UInt32 = 1 << 8
  /// A plural place noun ("villages").
  public static let placeNouns: UInt32 = 1 << 9
  /// A quantifier for aggregates ("all", "several", "parts").
  public static let quantifier: UInt32 = 1 << 10
  /// A function word that is never part of a name even when capitalised ("The", "However").
  public static let function: UInt32 = 1 << 11
  /// A word that ends an object span ("from", "after", "prompting").
  public static let boundary: UInt32 = 1 << 12
  /// A subject pronoun that refers to the speaker's side ("we", "they").
  public static let speakerPronoun: UInt32 = 1 << 13
  /// An auxiliary verb ("was", "has").
  public static let auxiliary: UInt32 = 1 << 14
  /// An abbreviation that a full stop does not end a sentence after ("Gen", "Feb", "Mr").
  public static let abbreviation: UInt32 = 1 << 15
  /// A lower-case particle inside names ("al", "el", "ad", "bin").
  public static let nameParticle: UInt32 = 1 << 16
  /// A part of day ("night", "morning").
  public static let partOfDay: UInt32 = 1 << 17
  /// A word that makes a name a place ("Hill", "Mountain", "Valley") when it follows it.
  public static let placeSuffix: UInt32 = 1 << 18
  /// A name of the Islamic State ("ISIS", "Daesh"; "IS" when upper case).
  public static let isName: UInt32 = 1 << 22
  /// A non-state armed group outside Syria whose men the press calls "rebels" (Houthis, RSF, separatists …).
  public static let foreignRebels: UInt32 = 1 << 23
  /// An adverb that may sit between an auxiliary and a verb ("still", "now", "reportedly").
  public static let adverb: UInt32 = 1 << 19
  /// A generic noun for a force ("forces", "troops", "fighters").
  public static let forceNoun: UInt32 = 1 << 20
  /// A pronoun or determiner that is not a name ("he", "it").
  public static let pronoun: UInt32 = 1 << 21
}

/// A fixed open-addressing table from word hash to word classes and number value.
public struct Vocabulary: Sendable {
  var keys: [UInt64]
  var classBits: [UInt32]
  var numbers: [Int32]
  let mask: Int
  /// A 32,768-bit presence filter on other hash bits: most unknown words are rejected without touching the
  /// (larger, colder) key table.
  var presence: [UInt64] = Array(repeating: 0, count: 512)

  /// The hash of the `'s` token.
  public static let apostropheS: UInt64 = 0x07bb_4507_b485_d7af

  /// Builds a table from (word, classes) pairs and (word, number) pairs.
  public init(words: [(String, UInt32)], numbers numberWords: [(String, Int32)]) {
    var size = 1024
    // At most half full: a compact table stays in cache (the presence filter keeps most misses off it).
    while size < (words.count + numberWords.count) * 2 { size *= 2 }
    keys = Array(repeating: 0, count: size)
    classBits = Array(repeating: 0, count: size)
    numbers = Array(repeating: -1, count: size)
    mask = size - 1
    for (w, c) in words { insert(WordHash.of(w)) { $0.classBits[$1] |= c } }
    for (w, v) in numberWords {
      insert(WordHash.of(w)) {
        $0.numbers[$1] = v
        $0.classBits[$1] |= WordClass.numberWord
      }
    }
  }

  mutating func insert(_ h: UInt64, _ update: (inout Vocabulary, Int) -> Void) {
    let key = h == 0 ? 1 : h
    var i = Int(truncatingIfNeeded: key) & mask
    while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
    keys[i] = key
    let b = Vocabulary.presenceBit(key)
    presence[b >> 6] |= 1 << UInt64(b & 63)
    update(&self, i)
  }

  @inline(__always) static func presenceBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 40) & 32767 }

  /// False when `h` is certainly not in the vocabulary.
  @inline(__always) func mayContain(_ h: UInt64) -> Bool {
    let b = Vocabulary.presenceBit(h == 0 ? 1 : h)
    return presence.withUnsafeBufferPointer { $0[b >> 6] & (1 << UInt64(b & 63)) != 0 }
  }

  @inline(__always) func slot(_ h: UInt64) -> Int? {
    let key = h == 0 ? 1 : h
    var i = Int(truncatingIfNeeded: key) & mask
    while true {
      let k = keys[i]
      if k == key { return i }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  /// The classes of a word hash (0 when unknown).
  @inline(__always) public func classes(of h: UInt64) -> UInt32 {
    guard let s = slot(h) else { return 0 }
    return classBits[s]
  }

  /// The number a word stands for, or -1.
  @inline(__always) public func number(of h: UInt64) -> Int32 {
    guard let s = slot(h) else { return -1 }
    return numbers[s]
  }

  /// The vocabulary the extractor uses.
  public static let standard: Vocabulary = {
    var words: [(String, UInt32)] = []
    func add(_ c: UInt32, _ list: String) {
      for w in list.split(separator: " ") { words.append((String(w), c)) }
    }
    for phrase in ControlLexicon.standard.phrases {
      if let first = phrase.words.first { words.append((first, WordClass.control)) }
    }
    add(
      WordClass.control,
      "under controlled controls control held hands clashes fighting battles drove drive drives liberation seizure "
        + "takeover")
    add(
      WordClass.speech,
      """
      said says say saying told tells tell reported reports report reporting stated claimed claims \
      claim claiming announced announces announcing confirmed confirms confirming added adding according quoted \
      quoting cited citing insisted insists wrote tweeted posted declared declares acknowledged admitted \
      asserted noted explained spoke
      """)
    add(
      WordClass.denial,
      "denied denies deny denying dismissed dismissing dismisses dismiss rejected rejecting rejects refuted refuting")
    add(WordClass.negation, "not never no t nor neither")
    add(WordClass.weekday, "monday tuesday wednesday thursday friday saturday sunday")
    add(
      WordClass.month,
      """
      january february march april may june july august september october november december \
      jan feb mar apr jun jul aug sep sept oct nov dec
      """)
    add(
      WordClass.time,
      """
      yesterday today tonight overnight ago earlier later last this week weeks month months year years day days \
      hours hour past recent recently since late early mid weekend previous
      """)
    add(
      WordClass.partOfDay,
      "night morning evening afternoon dawn dusk midnight noon overnight")
    add(
      WordClass.placeNoun,
      """
      village town city district neighbourhood neighborhood area region province hill mountain mount base \
      airport crossing suburb settlement locality hamlet outpost checkpoint camp valley plain field bridge \
      highway road square dam quarter countryside airbase governorate stronghold position point front \
      island port harbour harbor station compound headquarters garrison enclave pocket territory building \
      palace barracks complex plant factory refinery steelworks hospital university stadium centre center \
      slope outskirts environs gate terminal neighbourhood quarter \
      municipality county oblast raion commune capital
      """)
    add(
      WordClass.placeNouns,
      """
      villages towns cities districts neighbourhoods neighborhoods areas regions hills mountains bases \
      suburbs settlements localities hamlets outposts checkpoints camps positions points strongholds \
      farms islands parts sections territories municipalities communities fields locations sites sectors \
      hilltops heights quarters slopes outskirts edges environs posts villages
      """)
    add(
      WordClass.quantifier,
      "all several many dozens hundreds some most numerous parts part half few various multiple much remaining these those any every each"
    )
    add(
      WordClass.function,
      """
      the a an in on at he she they it we our their his her its this that these those but however meanwhile \
      according after before during while as and also also if when where which who what why how there here \
      from to of for with by into onto over under between about against without within i you us them him \
      not no yes so then than thus still now yet even just only last next first second third \
      speaking asked read click share follow leave source reporting photo video file related sign subscribe \
      advertisement breaking update live watch comments comment
      """)
    add(
      WordClass.boundary,
      """
      from after to towards toward with despite amid following since until as while which who where when but \
      because prompting forcing leaving killing causing sending bringing before during backed supported \
      aided said says told according although though whereas if unless amidst through via reportedly in near \
      outside across along within inside around
      """)
    add(WordClass.speakerPronoun, "we our they their us")
    add(
      WordClass.auxiliary,
      "was were been be being is are has have had am will would could can may might shall should did do does")
    add(
      WordClass.abbreviation,
      """
      mr mrs ms dr gen lt col maj capt sgt st prof rev sen gov rep jan feb mar apr jun jul aug sep sept oct \
      nov dec no vs etc inc ltd co corp jr sr mt ft approx est dept fig brig adm cmdr cpl pvt
      """)
    add(WordClass.nameParticle, "al el ad ar as ash at az ez ed es an ibn bin bint abu umm of de du la le des")
    add(
      WordClass.placeSuffix,
      """
      hill hills mountain mountains valley plain plains village town city district neighbourhood \
      neighborhood airport airbase base crossing dam bridge square field gate camp farms heights ridge lake \
      river island peninsula oasis junction roundabout
      """)
    add(
      WordClass.adverb,
      """
      still now already reportedly allegedly also fully completely partially partly entirely again finally \
      successfully recently then later earlier just largely effectively firmly totally quickly eventually \
      officially apparently reportedly subsequently swiftly briefly temporarily initially first once almost \
      nearly virtually
      """)
    add(
      WordClass.forceNoun,
      """
      forces force troops fighters militants militia militias units unit soldiers army military groups group \
      brigade brigades battalion battalions factions faction rebels insurgents jihadists gunmen men personnel
      """)
    add(WordClass.pronoun, "he she it i you him her his hers its me")
    add(WordClass.isName, "isis isil daesh is islamic")
    add(
      WordClass.foreignRebels,
      """
      houthi houthis separatist separatists tplf tigray tigrayan rsf mndaa arakan lna haftar donetsk luhansk \
      m23 shabaab taliban artsakh karabakh
      """)
    let numbers: [(String, Int32)] = [
      ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
      ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
      ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
      ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
      ("ninety", 90), ("hundred", 100), ("dozen", 12), ("couple", 2),
    ]
    return Vocabulary(words: words, numbers: numbers)
  }()
}
