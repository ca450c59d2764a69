/// Something the extractor wants a reviewer to know that is not a claim.
public struct ExtractionNote: Hashable, Sendable {
  /// What happened ("sentence cut after 300 tokens").
  public var message: String
  /// UTF-8 range in the article, when it concerns one place.
  public var range: Range<Int>?

  /// Makes a note.
  public init(_ message: String, range: Range<Int>? = nil) {
    self.message = message
    self.range = range
  }
}

/// The claims proposed for one article and the notes made on the way.
public struct ExtractionResult: Sendable, Hashable {
  /// Proposed claims, in text order.
  public var claims: [Claim]
  /// Notes for the reviewer.
  public var notes: [ExtractionNote]
}

/// A faction phrase as compiled into the phrase table.
struct FactionHit: Sendable {
  var side: Side
  var weight: Int
  var claimantOnly: Bool
}

/// A place found in a sentence.
struct PlaceHit {
  var tokens: Range<Int>
  /// UTF-8 range of the place's words in the article (made into a string only when a claim is made).
  var span: Range<Int>
  var quantity: Quantity?
  /// The earlier place a description stands for.
  var referentText: String? = nil
  var referent: Bool { referentText != nil }
  /// "a strategic town": the name usually follows in a later sentence.
  var indefinite = false
}

/// A claimant as the extractor settles it.
struct Voice {
  var name: String
  var side: Side?
}

/// Offline rule-based extraction of control claims from article text.
///
/// The pipeline per sentence: tokens → control phrases (the `ControlLexicon`) → subject faction, object places
/// (gazetteer names, patterns, lists, aggregates) → stance (negation, denial scope) → claimant (attribution,
/// quotes, the outlet's own voice) → time (the nearest time expression, else the article's context). Sentences
/// without a control word are only tokenized, which keeps the hot path a byte scanner.
public struct ClaimExtractor: Sendable {
  /// The compiled tables, shared by reference (a run copies one pointer, not every table's arrays).
  let compiled: CompiledExtractor
  /// Sentences are cut after this many tokens.
  public var maxSentenceTokens = 300
  /// The loaded syntax model the claim rules read parses from (nil: token patterns only).
  public var syntax: (any SentenceParser)?
  /// Which readings are used (`.patterns` unless a parser is given).
  public var mode: ExtractionMode

  /// Builds an extractor over a gazetteer and a faction registry (defaults: patterns only, built-in names).
  public init(
    places: any PlaceLexicon = EmptyPlaceLexicon(), factions: any FactionLexicon = BuiltInFactionLexicon(),
    lexicon: ControlLexicon = .standard, syntax: (any SentenceParser)? = nil, mode: ExtractionMode? = nil
  ) {
    compiled = CompiledExtractor(places: places, factions: factions, lexicon: lexicon)
    self.syntax = syntax
    self.mode = syntax == nil ? .patterns : (mode ?? .combined)
  }

  /// Proposes the control claims in an article. Total: never throws, never traps, on any text.
  public func extract(from article: Article) -> ExtractionResult {
    var run = Run(extractor: self, article: article)
    run.go()
    return ExtractionResult(claims: run.finish(), notes: run.notes)
  }
}

/// The phrase tables of an extractor, built once and never mutated.
final class CompiledExtractor: Sendable {
  let factions: PhraseIndex<FactionHit>
  let places: PhraseIndex<Int>
  let placeLexicon: any PlaceLexicon
  let control: PhraseIndex<Int>
  let lexicon: ControlLexicon

  init(places: any PlaceLexicon, factions: any FactionLexicon, lexicon: ControlLexicon) {
    var f = PhraseTable<FactionHit>()
    for p in factions.factionPhrases {
      f.add(p.phrase, FactionHit(side: p.side, weight: p.weight, claimantOnly: p.claimantOnly))
    }
    self.factions = f.frozen()
    var pl = PhraseTable<Int>()
    for (i, n) in places.placeNames.enumerated() { pl.add(n, i) }
    self.places = pl.frozen()
    self.placeLexicon = places
    var c = PhraseTable<Int>()
    for (i, p) in lexicon.phrases.enumerated() { c.add(p.words.joined(separator: " "), i) }
    self.control = c.frozen()
    self.lexicon = lexicon
  }
}

/// One extraction pass over one article.
struct Run {
  let x: CompiledExtractor
  let maxSentenceTokens: Int
  let syntax: (any SentenceParser)?
  let mode: ExtractionMode
  let article: Article
  let bytes: [UInt8]
  var notes: [ExtractionNote] = []
  var drafts: [Draft] = []
  var lastSpeaker: Voice?
  var lastPerson: Voice?
  var speakers: [Voice] = []
  var leadDate: TimeSpan?
  /// `leadDate != nil`, as a flag (comparing an optional `TimeSpan` with nil copies it).
  var haveLeadDate = false
  var lastPlace: String?
  var inQuote = false
  var pendingQuote: [Int] = []
  var previousClaims: [Int] = []
  var outletVoice: Voice
  var firstDated: TimeSpan?
  var currentAttributions: [Attribution] = []
  /// Drafts whose place is an indefinite description waiting for the next named place.
  var pendingReferents: [Int] = []

  /// Records the last named place and gives it to waiting indefinite descriptions.
  mutating func setLastPlace(_ name: String) {
    lastPlace = name
    for i in pendingReferents where i < drafts.count && drafts[i].place.referentText == nil {
      drafts[i].place.referentText = name
    }
    pendingReferents.removeAll()
  }
  /// The article is about the Islamic State: generic "militants" and "jihadists" mean IS.
  var isisArticle = false
  /// The article is about a war outside Syria with non-state "rebels" (Houthis, RSF, separatists …).
  var rebelsAreOther = false

  struct Draft {
    var voice: Voice
    var pendingVoice: Bool
    var place: PlaceHit
    var side: Side
    var stance: Stance
    var event: ControlEvent
    var when: TimeSpan?
    var quote: Range<Int>
    /// The side of the subject, for turning a denied entry into a denied capture.
    var subjectSide: Side? = nil
    /// Claimants between the outlet and `voice` in the report chain ("AFP" for "AFP, citing X").
    var via: [String] = []
  }

  init(extractor: ClaimExtractor, article: Article) {
    x = extractor.compiled
    maxSentenceTokens = extractor.maxSentenceTokens
    syntax = extractor.mode == .patterns ? nil : extractor.syntax
    mode = extractor.mode
    self.article = article
    bytes = Array(article.text.utf8)
    outletVoice = Voice(name: Run.wireService(in: bytes) ?? article.outlet, side: .media)
  }

  /// Generic opposition words mean IS in an article about IS.
  func adjust(_ h: FactionHit) -> FactionHit {
    if isisArticle && h.side == .opposition && h.weight <= 1 {
      return FactionHit(side: .isis, weight: h.weight, claimantOnly: h.claimantOnly)
    }
    if rebelsAreOther && h.side == .opposition && !h.claimantOnly {
      return FactionHit(side: .other, weight: h.weight, claimantOnly: h.claimantOnly)
    }
    return h
  }

  /// Substring search on UTF-8 bytes (no Foundation bridging).
  static func utf8Contains(_ hay: String, _ needle: String) -> Bool {
    var hay = hay
    var needle = needle
    return hay.withUTF8 { h in
      needle.withUTF8 { n in
        guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
        outer: for i in 0...(h.count - n.count) {
          for k in 0..<n.count where h[i + k] != n[k] { continue outer }
          return true
        }
        return false
      }
    }
  }

  static let wires: [(String, String)] = [
    ("(AP)", "Associated Press"), ("(AFP)", "AFP"), ("(Reuters)", "Reuters"), ("(Xinhua)", "Xinhua"),
    ("(Anadolu)", "Anadolu Agency"), ("(dpa)", "dpa"), ("(UPI)", "UPI"), ("(AA)", "Anadolu Agency"),
  ]

  static let wireTags: [([UInt8], String)] = wires.map { (Array($0.0.utf8), $0.1) }

  /// A wire service named in a dateline near the start ("BEIRUT (AP) —").
  static func wireService(in bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { b in
      let end = min(b.count, 1200)
      var i = 0
      while i < end {
        if b[i] == 40 {  // "("
          for (tag, name) in wireTags where i + tag.count <= b.count {
            var ok = true
            for k in 1..<tag.count where b[i + k] != tag[k] {
              ok = false
              break
            }
            if ok { return name }
          }
        }
        i += 1
      }
      return nil
    }
  }

  mutating func go() {
    guard !bytes.isEmpty else {
      notes.append(ExtractionNote("empty article"))
      return
    }
    var reader = SentenceReader(bytes: bytes)
    reader.maxTokens = maxSentenceTokens
    var s: [Token] = []
    s.reserveCapacity(maxSentenceTokens + 1)
    // The title (line 1, when more lines follow) is skipped: it repeats the body.
    var firstNewline = bytes.firstIndex(of: 10)
    if let nl = firstNewline, !bytes[nl...].contains(where: { $0 > 32 }) { firstNewline = nil }
    var cuts = 0
    while reader.next(into: &s) {
      if s.count >= maxSentenceTokens {
        cuts += 1
        if cuts <= 3 {
          notes.append(
            ExtractionNote(
              "sentence cut after \(maxSentenceTokens) tokens",
              range: Int(s[0].start)..<Int(s[s.count - 1].end)))
        }
      }
      if let nl = firstNewline, Int(s[s.count - 1].end) <= nl { continue }
      if isHeadline(s) { continue }
      if !haveLeadDate, let first = TimeExpressionResolver.find(in: s[...], published: article.published).first {
        leadDate = first.span
        haveLeadDate = true
      }
      sentence(s)
    }
  }

  /// A headline or caption: a whole line near the top with no closing punctuation.
  func isHeadline(_ s: [Token]) -> Bool {
    guard Int(s[0].start) < 600, let last = s.last else { return false }
    let e = Int(last.end)
    let lineEnd = e >= bytes.count || bytes[e] == 10 || bytes[e] == 13
    let lineStart = s[0].start == 0 || s[0].has(TokenFlags.newlineBefore)
    let terminal =
      last.kind == .quote
      || (last.kind == .punct
        && (last.hash == 46 || last.hash == 33
          || last.hash == 63 || last.hash == 0x201D))
    return lineStart && lineEnd && !terminal
  }

  // MARK: Sentence analysis

  mutating func sentence(_ s: [Token]) {
    var triggers = false
    var speech = false
    var quotes = 0
    for t in s {
      if t.classes & (WordClass.control | WordClass.denial) != 0 { triggers = true }
      if t.classes & (WordClass.isName | WordClass.foreignRebels) != 0 {
        if t.isa(WordClass.isName) && (t.hash != H.is || t.has(TokenFlags.allCaps)) { isisArticle = true }
        if t.isa(WordClass.foreignRebels) { rebelsAreOther = true }
      }
      if t.classes & WordClass.speech != 0 { speech = true }
      if t.kind == .quote { quotes += 1 }
    }
    let startQuote = inQuote
    if quotes > 0 { updateQuoteState(s) }
    if syntax != nil && !triggers && s.contains(where: { Run.falsityWords.contains($0.hash) }) { triggers = true }
    if !triggers {
      if speech { noteSpeaker(s, startQuote: startQuote) }
      return
    }
    if mode == .rules && syntax != nil {
      ruleSentence(s, startQuote: startQuote)
    } else {
      analyse(s, startQuote: startQuote)
    }
  }

  mutating func updateQuoteState(_ s: [Token]) {
    for t in s where t.kind == .quote {
      if t.hash == 0x201C || t.hash == 0xAB {
        inQuote = true
      } else if t.hash == 0x201D || t.hash == 0xBB {
        inQuote = false
      } else {
        inQuote.toggle()
      }
    }
  }

  /// Inside-quote flag per token, given the state at the sentence start.
  func quoteMask(_ s: [Token], _ start: Bool) -> [Bool] {
    // Most sentences neither start inside a quote nor contain one: share one all-false mask.
    if !start && s.count <= Run.noQuotes.count && !s.contains(where: { $0.kind == .quote }) { return Run.noQuotes }
    var q = start
    var out = [Bool](repeating: false, count: s.count)
    for (i, t) in s.enumerated() {
      if t.kind == .quote {
        if t.hash == 0x201C || t.hash == 0xAB {
          q = true
        } else if t.hash == 0x201D || t.hash == 0xBB {
          q = false
        } else {
          q.toggle()
        }
      }
      out[i] = q
    }
    return out
  }

  static let noQuotes = [Bool](repeating: false, count: 512)

  /// A string from a byte range of the (valid UTF-8) article, through the contiguous fast path.
  func str(_ r: Range<Int>) -> String {
    guard !r.isEmpty, r.lowerBound >= 0, r.upperBound <= bytes.count else { return "" }
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
  }

  func span(_ s: [Token], _ r: Range<Int>) -> Range<Int> {
    r.isEmpty ? 0..<0 : Int(s[r.lowerBound].start)..<Int(s[r.upperBound - 1].end)
  }

  /// The place as a claim writes it: "Ein Eisa", or "the town [Saraqeb]" for a description.
  func placeText(_ h: PlaceHit) -> String {
    let t = str(h.span)
    if let r = h.referentText { return t + " [" + r + "]" }
    return t
  }

  func text(_ s: [Token], _ r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    return str(Int(s[r.lowerBound].start)..<Int(s[r.upperBound - 1].end))
  }

  func voice(of a: Attribution, _ s: [Token]) -> Voice {
    if a.isPronoun {
      let h = s[a.tokens.lowerBound].hash
      if h == H.he || h == H.she { return lastPerson ?? lastSpeaker ?? outletVoice }
      return lastSpeaker ?? outletVoice
    }
    let side = claimantSide(s, a.tokens)
    if side == nil, a.name.utf8.count > 3, let known = speakers.first(where: { Run.utf8Contains($0.name, a.name) }) {
      return known
    }
    return Voice(name: a.name, side: side)
  }

  func claimantSide(_ s: [Token], _ r: Range<Int>) -> Side? {
    var best: FactionHit? = nil
    var nation: Side? = nil
    var k = r.lowerBound
    while k < r.upperBound {
      if s[k].hash == H.is && s[k].has(TokenFlags.allCaps) {
        best = FactionHit(side: .isis, weight: 3, claimantOnly: false)
        k += 1
        continue
      }
      if let m = x.factions.match(s, at: k, end: r.upperBound) {
        if best == nil || m.value.weight > best!.weight {
          best = m.value
        }
        if m.value.weight == 2, Run.nationalGovernments.contains(m.value.side) { nation = m.value.side }
        k += m.length
      } else {
        k += 1
      }
    }
    // "the Ukrainian government", "Russian government officials": that state, not the generic "government".
    if best?.side == .government, let nation { return nation }
    return best?.side
  }

  static let nationalGovernments: [Side] = [.ukrainianGovernment, .russianGovernment, .turkishGovernment]

  mutating func noteSpeaker(_ s: [Token], startQuote: Bool) {
    let atts = AttributionFinder.find(in: s, bytes: bytes)
    let mask = quoteMask(s, startQuote)
    rememberSpeakers(atts, s, mask)
    // A quote that closes here gives its speaker to the claims of its earlier sentences.
    if startQuote && !inQuote && !pendingQuote.isEmpty {
      if let a = atts.last(where: { !mask[$0.verb] }) {
        let v = voice(of: a, s)
        for i in pendingQuote {
          drafts[i].voice = v
          drafts[i].pendingVoice = false
        }
      }
      pendingQuote.removeAll()
    }
  }

  /// Remembers named speakers for later pronouns; singular ones also for "he" and "she".
  mutating func rememberSpeakers(_ atts: [Attribution], _ s: [Token], _ mask: [Bool]) {
    if let a = atts.last(where: { !$0.isPronoun && !$0.tokens.isEmpty && !mask[$0.verb] }) {
      let v = voice(of: a, s)
      lastSpeaker = v
      if speakers.count < 64 { speakers.append(v) }
      let lastWord = s[a.tokens.upperBound - 1]
      let plural =
        !lastWord.has(TokenFlags.capitalized) && lastWord.end > lastWord.start
        && bytes[Int(lastWord.end) - 1] | 0x20 == 115
      if !plural { lastPerson = v }
    }
  }

  struct Match {
    var start: Int
    var end: Int
    var phrase: ControlPhrase
    /// For "drove X out of Y": the side driven out, and where the place phrase starts.
    var expelled: Side? = nil
  }

  static let irregularParticiples: WordSet = WordSet(
    [
      "held", "won", "lost", "overrun", "retook", "took", "taken",
      "retaken", "overran",
    ].map(WordHash.of))
  static let nounForms: WordSet = WordSet(
    [
      "capture", "recapture", "fall", "retaking", "seizure", "liberation",
      "control", "takeover",
    ].map(WordHash.of))
  static let expelVerbs: WordSet = WordSet(
    [
      "drove", "driven", "drive", "drives", "driving", "pushed", "push",
      "pushes", "pushing", "forced", "force", "forcing", "expelled", "expel", "expels", "expelling", "ousted", "oust",
      "ousting", "kicked", "chased", "evicted", "cleared",
    ].map(WordHash.of))

  /// "drove IS militants out of the town", "pushed Russian troops out of dozens of settlements".
  func expulsion(_ s: [Token], at i: Int) -> Match? {
    guard Run.expelVerbs.contains(s[i].hash), i + 2 < s.count else { return nil }
    var k = i + 1
    var side: FactionHit? = nil
    while k < s.count && k < i + 8 {
      if let m = x.factions.match(s, at: k), !m.value.claimantOnly {
        if side == nil || m.value.weight > side!.weight { side = m.value }
        k += m.length
        continue
      }
      let t = s[k]
      if t.hash == W.out && k + 1 < s.count && s[k + 1].hash == H.of {
        guard let sd = side else { return nil }
        return Match(
          start: i, end: k + 2, phrase: ControlPhrase(["drove"], .lost, .subjectLeaves),
          expelled: adjust(sd).side)
      }
      if t.hash == H.from || (t.hash == H.back && k + 1 < s.count && s[k + 1].hash == H.from) {
        guard let sd = side else { return nil }
        let e = t.hash == H.from ? k + 1 : k + 2
        return Match(
          start: i, end: e, phrase: ControlPhrase(["drove"], .lost, .subjectLeaves),
          expelled: adjust(sd).side)
      }
      if t.kind != .word || t.isa(WordClass.boundary) { return nil }
      k += 1
    }
    return nil
  }

  mutating func analyse(_ s: [Token], startQuote: Bool) {
    let n = s.count
    let mask = quoteMask(s, startQuote)
    let atts = AttributionFinder.find(in: s, bytes: bytes)
    currentAttributions = atts
    // Time expressions and the non-subject mask are only needed once a phrase yields a claim: computed lazily.
    var timesCache: [TimeMention]? = nil
    let quote = Int(s[0].start)..<Int(s[n - 1].end)
    var nonSubjectCache: [Bool]? = nil

    // Control phrases.
    var matches: [Match] = []
    var i = 0
    while i < n {
      let t = s[i]
      if t.has(TokenFlags.hyphenBefore) || t.kind != .word {
        i += 1
        continue
      }
      if t.isa(WordClass.control) {
        if let m = expulsion(s, at: i) {
          matches.append(m)
          i = m.end
          continue
        }
        if let m = x.control.match(s, at: i) {
          matches.append(Match(start: i, end: i + m.length, phrase: x.lexicon.phrases[m.value]))
          i += m.length
          continue
        }
      }
      if t.hash == H.under, let c = (i + 1..<min(n, i + 6)).first(where: { s[$0].hash == H.control }),
        !(i > 0 && (s[i - 1].hash == H.came || s[i - 1].hash == H.fell))
      {
        matches.append(Match(start: i, end: i + 1, phrase: ControlPhrase(["under"], .holds, .objectFalls)))
        i = c + 1
        continue
      }
      // "is in (full) control of": the holder is the subject.
      if t.hash == H.control, i + 1 < n, s[i + 1].hash == H.of, i > 0,
        s[i - 1].hash == H.in
          || (i > 1 && s[i - 2].hash == H.in
            && (s[i - 1].hash == W.full
              || s[i - 1].hash == W.total || s[i - 1].hash == W.complete))
      {
        let st = s[i - 1].hash == H.in ? i - 1 : i - 2
        matches.append(
          Match(
            start: st, end: i + 2,
            phrase: ControlPhrase(
              ["in", "control", "of"], .holds,
              .subjectHolds)))
        i += 2
        continue
      }
      if t.hash == H.have || t.hash == H.has, i > 0, s[i - 1].hash == H.still {
        matches.append(Match(start: i, end: i + 1, phrase: ControlPhrase(["have"], .holds, .subjectHolds)))
      }
      i += 1
    }
    var subjects: [(side: Side, weight: Int)?] = []
    var made: [Int] = []
    let denialScope = denialScopes(s)
    // The speaker of the sentence as a whole, used for denial scope claims. (No closures over `self` in a
    // mutating method: each one copies the whole run.)
    var primaryVoice: Voice? = nil
    if let a = atts.first(where: { !mask[$0.verb] }) { primaryVoice = voice(of: a, s) }
    let settled = applyParseRules(s, mask: mask, atts: atts, quote: quote, made: &made)

    for m in matches {
      if settled.contains(m.start) {
        subjects.append(nil)
        continue
      }
      let p = m.phrase
      if isNominal(s, m) {
        if m.end < n, s[m.end].hash == H.of, let h = placeItem(s, m.end + 1, limit: n), h.quantity == nil {
          setLastPlace(placeText(h))
        }
        subjects.append(nil)
        continue
      }
      if isIrrealis(s, m) {
        subjects.append(nil)
        continue
      }
      var subject: (side: Side, weight: Int)? = nil
      var placeHits: [PlaceHit] = []
      var side: Side? = nil
      let passive = m.expelled == nil && isPassive(s, m)
      switch p.direction {
      case _ where m.expelled != nil:
        placeHits = objectPlaces(s, from: m.end, weak: false, repel: false)
        side = m.expelled
      case .objectFalls:
        placeHits = leftPlaces(s, before: m.start)
        if p.words.count == 1 && p.words[0] != "under",
          let last = placeHits.last, last.tokens.upperBound + 3 < m.start
        {
          placeHits = []  // "the town fell", "had not fallen": the place is the subject
        }
        side = agent(s, from: m.end, limit: 6)?.side
        if side == nil, p.words == ["under"], m.end < n, Run.ownPronouns.contains(s[m.end].hash) {
          // "under its control", "under our control": the speaker's side, else the side of the claim just made.
          if let vs = speakerSide(s, m.end, mask: mask), vs != .media, vs != .independentMonitor, vs != .other,
            vs != .unknown
          {
            side = vs
          } else if let last = made.last {
            side = drafts[last].side
          }
        }
      case .entersContested:
        placeHits = objectPlaces(s, from: m.end, weak: p.weak, repel: false)
        side = .contested
        if nonSubjectCache == nil { nonSubjectCache = nonSubjectMask(s) }
        subject = findSubject(
          s, m.start, matches: matches, subjects: subjects, mask: mask,
          nonSubject: nonSubjectCache!)
      default:
        if passive {
          placeHits = leftPlaces(s, before: m.start)
          if let k = (m.end..<min(n, m.end + 3)).first(where: { s[$0].hash == H.by }) {
            side = agent(s, from: k + 1, limit: 8)?.side
          }
        } else {
          if nonSubjectCache == nil { nonSubjectCache = nonSubjectMask(s) }
          subject = findSubject(
            s, m.start, matches: matches, subjects: subjects, mask: mask,
            nonSubject: nonSubjectCache!)
          side = subject?.side
          placeHits = objectPlaces(s, from: m.end, weak: p.weak, repel: p.direction == .subjectRepels)
          if placeHits.isEmpty && p.direction == .subjectHolds {
            placeHits = leftPlaces(s, before: m.start)
          }
        }
      }
      subjects.append(subject)
      if Run.leaveVerbs.contains(s[m.start].hash), m.end + 1 < n, Run.possessives.contains(s[m.end].hash),
        !Run.militarySites.contains(s[m.end + 1].hash)
      {
        continue  // "thousands who left their villages": people leaving home ("left their positions" still counts)
      }
      if passive && p.event == .holds && m.start > 0 && !s[m.start - 1].isa(WordClass.auxiliary)
        && !s[m.start - 1].isa(WordClass.adverb)
      {
        continue  // "locations held by rebels": a description, not a claim of its own
      }
      if side == nil && passive && p.direction == .subjectRepels {
        // "an attack on the base was repelled": the speaker's side held it.
        let a = nearestAttribution(atts, to: m.start, mask: mask, wantOutside: true)
        if let a, let vs = voice(of: a, s).side, vs != .media, vs != .independentMonitor, vs != .other {
          side = vs
        }
        if placeHits.isEmpty { placeHits = leftPlaces(s, before: m.start) }
      }
      // "the town had fallen", "the position was overrun": no agent named; the side the speaker opposes.
      var needsEnemy = false
      if side == nil && !placeHits.isEmpty && (p.direction == .objectFalls || (passive && p.event.isCapture)) {
        needsEnemy = true
        side = .unknown
      }
      guard var controller = side, !placeHits.isEmpty else { continue }
      // Stance.
      var stance: Stance = negated(s, m.start) || deniedVerb(s, m.start) ? .denies : .asserts
      var claimVoice: Voice? = nil
      if let dv = (max(0, m.start - 3)..<m.start).last(where: { s[$0].isa(WordClass.denial) }),
        let a = AttributionFinder.subjectStart(s, before: dv)
      {
        let r = AttributionFinder.trimmed(s, a..<dv)
        if !r.isEmpty { claimVoice = voice(of: AttributionFinder.make(s, bytes, r, verb: dv), s) }
      }
      var nested: Voice? = nil
      for d in denialScope where d.scope.contains(m.start) {
        stance = stance == .asserts ? .denies : .asserts
        if let dn = d.denier { claimVoice = voice(of: dn, s) } else { claimVoice = primaryVoice }
        if let src = d.source { nested = Voice(name: text(s, src), side: claimantSide(s, src)) } else { nested = nil }
      }
      // Voice.
      var pending = false
      if claimVoice == nil {
        if mask[m.start] {
          if let a = nearestAttribution(atts, to: m.start, mask: mask, wantOutside: true) {
            claimVoice = voice(of: a, s)
          } else {
            claimVoice = lastSpeaker ?? outletVoice
            pending = true
          }
        } else if let a = nearestAttribution(atts, to: m.start, mask: mask, wantOutside: true) {
          claimVoice = voice(of: a, s)
        } else {
          claimVoice = outletVoice
        }
      }
      if needsEnemy {
        guard let vs = claimVoice?.side,
          let enemy = drafts.last(where: {
            $0.side != vs && $0.side != .contested && $0.side != .unknown
          })?.side
        else { continue }
        controller = enemy
      }
      if timesCache == nil { timesCache = TimeExpressionResolver.find(in: s[...], published: article.published) }
      let when = date(for: m, times: timesCache!, event: p.event, matches: matches)
      var event0 = p.event
      if stance == .denies && p.event == .contested, let sub = subject {
        // Denying that forces entered a place denies that they took it.
        event0 = .captured
        controller = sub.side
      }
      for h in placeHits {
        var event = event0
        if passive && p.direction == .subjectLeaves { event = p.event }
        let d = Draft(
          voice: claimVoice!, pendingVoice: pending, place: h, side: controller, stance: stance,
          event: event, when: when, quote: quote, subjectSide: subject?.side)
        drafts.append(d)
        made.append(drafts.count - 1)
        if pending { pendingQuote.append(drafts.count - 1) }
        if let nv = nested {
          drafts.append(
            Draft(
              voice: nv, pendingVoice: false, place: h, side: controller, stance: .asserts,
              event: event, when: when, quote: quote))
          made.append(drafts.count - 1)
        }
        if h.indefinite { pendingReferents.append(drafts.count - 1) }
        if !h.referent && !h.indefinite && h.quantity == nil { setLastPlace(placeText(h)) }
      }
    }
    announcedCaptures(s, atts: atts, mask: mask, quote: quote, matches: matches, subjects: subjects, made: &made)
    adjectivalList(s, atts: atts, mask: mask, quote: quote, made: &made)
    // Denial after the claim: "…, a claim the army rejected", "…, which X denied".
    for (k, t) in s.enumerated() where t.isa(WordClass.denial) && !made.isEmpty {
      let objectless = k + 1 >= n || s[k + 1].kind == .punct
      guard objectless,
        let c = (max(0, k - 8)..<k).last(where: {
          Run.anaphors.contains(s[$0].hash)
            || s[$0].hash == H.which
        })
      else { continue }
      var a = c + 1
      while a < k && (s[a].hash == H.that || s[a].hash == H.which) { a += 1 }
      let r = AttributionFinder.trimmed(s, a..<k)
      guard !r.isEmpty else { continue }
      let denier = voice(of: AttributionFinder.make(s, bytes, r, verb: k), s)
      for pi in made where drafts[pi].stance == .asserts && drafts[pi].quote == quote {
        var d = drafts[pi]
        d.voice = denier
        d.pendingVoice = false
        d.stance = .denies
        drafts.append(d)
      }
      break
    }
    // Anaphoric denial: "X denied the reports", "denied it": the previous sentence's claims are denied.
    let before = previousClaims
    if !before.isEmpty {
      for (k, t) in s.enumerated()
      where t.isa(WordClass.denial)
        && !denialScope.contains(where: {
          $0.scope.lowerBound > k && $0.scope.lowerBound <= k + 13
        })
      {
        var o = k + 1
        while o < n
          && (s[o].hash == H.the || s[o].hash == W.these || s[o].hash == W.such
            || s[o].hash == W.any)
        { o += 1 }
        guard o < n, Run.anaphors.contains(s[o].hash) else { continue }
        let start = AttributionFinder.subjectStart(s, before: k) ?? k
        let r = AttributionFinder.trimmed(s, start..<k)
        let denier =
          r.isEmpty
          ? (primaryVoice ?? outletVoice)
          : voice(of: AttributionFinder.make(s, bytes, r, verb: k), s)
        for pi in before where drafts[pi].stance == .asserts {
          var d = drafts[pi]
          d.voice = denier
          d.pendingVoice = false
          d.stance = .denies
          if d.event == .contested, let sub = d.subjectSide {
            d.event = .captured
            d.side = sub
          }
          d.quote = quote
          drafts.append(d)
          made.append(drafts.count - 1)
        }
        break
      }
    }
    rememberSpeakers(atts, s, mask)
    if startQuote && !inQuote && !pendingQuote.isEmpty {
      if let a = atts.last(where: { !mask[$0.verb] }) {
        let v = voice(of: a, s)
        for i in pendingQuote {
          drafts[i].voice = v
          drafts[i].pendingVoice = false
        }
      }
      pendingQuote.removeAll()
    }
    if !made.isEmpty { previousClaims = made }
  }

  static let announceVerbs: WordSet = WordSet(
    [
      "announced", "announces", "announce", "declared", "declares",
      "declare", "proclaimed", "proclaims", "claimed", "claims", "confirmed", "confirms", "celebrated", "celebrates",
      "hailed", "hails",
    ].map(WordHash.of))
  static let captureNouns: WordSet = WordSet(["capture", "liberation", "seizure", "takeover"].map(WordHash.of))
  static let recaptureNouns: WordSet = WordSet(["recapture", "retaking"].map(WordHash.of))

  /// "The army announced the liberation of X", "Moscow claimed the capture of Y": a capture noun announced by a
  /// side is that side's claim (a bare noun elsewhere, "the capture of X threatened …", is not).
  mutating func announcedCaptures(
    _ s: [Token], atts: [Attribution], mask: [Bool], quote: Range<Int>, matches: [Match],
    subjects: [(side: Side, weight: Int)?], made: inout [Int]
  ) {
    let n = s.count
    for k in 0..<n where s[k].isa(WordClass.control) && s[k].kind == .word {
      let capture = Run.captureNouns.contains(s[k].hash)
      guard capture || Run.recaptureNouns.contains(s[k].hash) else { continue }
      // the ("liberation") of X
      var v = k - 1
      while v >= 0 && s[v].kind == .quote { v -= 1 }
      guard v >= 1, s[v].hash == H.the else { continue }
      v -= 1
      guard Run.announceVerbs.contains(s[v].hash), !negated(s, v) else { continue }
      var o = k + 1
      while o < n && s[o].kind == .quote { o += 1 }
      guard o < n, s[o].hash == H.of, let h = placeItem(s, o + 1, limit: n) else { continue }
      let nonSubject = nonSubjectMask(s)
      var side = findSubject(s, v, matches: matches, subjects: subjects, mask: mask, nonSubject: nonSubject)?.side
      let a = nearestAttribution(atts, to: v, mask: mask, wantOutside: true)
      var voice = outletVoice
      if let a { voice = self.voice(of: a, s) }
      if side == nil, let vs = voice.side, vs != .media, vs != .independentMonitor, vs != .other, vs != .unknown {
        side = vs
      }
      guard let controller = side, controller != .media, controller != .independentMonitor else { continue }
      let event: ControlEvent = capture ? .captured : .recaptured
      let m = Match(start: v, end: o + 1, phrase: ControlPhrase(["announced"], event, .subjectGains))
      let times = TimeExpressionResolver.find(in: s[...], published: article.published)
      let when = date(for: m, times: times, event: event, matches: matches)
      drafts.append(
        Draft(
          voice: voice, pendingVoice: false, place: h, side: controller, stance: .asserts,
          event: event, when: when, quote: quote))
      made.append(drafts.count - 1)
      if !h.referent && !h.indefinite && h.quantity == nil { setLastPlace(placeText(h)) }
    }
  }

  static let copulas: WordSet = WordSet(
    [
      "were", "are", "include", "included", "includes", "including", "was",
      "is",
    ].map(WordHash.of))

  /// "The newly-liberated areas were A, B and C": a list after an adjectival capture word.
  mutating func adjectivalList(
    _ s: [Token], atts: [Attribution], mask: [Bool], quote: Range<Int>, made: inout [Int]
  ) {
    let n = s.count
    for k in 0..<n where s[k].isa(WordClass.control) && s[k].kind == .word {
      let isAdj =
        s[k].has(TokenFlags.hyphenBefore)
        || (k > 0
          && (s[k - 1].hash == H.the
            || s[k - 1].hash == W.newly || s[k - 1].hash == W.recently))
      guard isAdj, let pi = x.control.match(s, at: k) else { continue }
      let phrase = x.lexicon.phrases[pi.value]
      guard phrase.direction == .subjectGains else { continue }
      var j = k + pi.length
      guard j < n, s[j].isa(WordClass.placeNouns) || s[j].isa(WordClass.placeNoun) else { continue }
      j += 1
      guard j < n, Run.copulas.contains(s[j].hash) else { continue }
      j += 1
      if j < n, s[j].kind == .punct, s[j].hash == 58 { j += 1 }
      var hits: [PlaceHit] = []
      var q = j
      while q < n, hits.count < 30 {
        if s[q].kind == .punct && s[q].hash == 44 {
          q += 1
          continue
        }
        if s[q].hash == H.and {
          q += 1
          continue
        }
        guard let h = placeItem(s, q, limit: n) else { break }
        hits.append(h)
        q = h.tokens.upperBound
      }
      guard !hits.isEmpty else { continue }
      let a = nearestAttribution(atts, to: k, mask: mask, wantOutside: true)
      var v = outletVoice
      if let a { v = voice(of: a, s) }
      var side: Side? = nil
      if let vs = v.side, vs != .media, vs != .independentMonitor, vs != .other, vs != .unknown {
        side = vs
      } else {
        side = drafts.last?.side
      }
      guard let controller = side else { continue }
      let when = TimeExpressionResolver.find(in: s[...], published: article.published).first?.span
      for h in hits {
        drafts.append(
          Draft(
            voice: v, pendingVoice: false, place: h, side: controller, stance: .asserts,
            event: phrase.event, when: when, quote: quote))
        made.append(drafts.count - 1)
      }
    }
  }

  func nearestAttribution(_ atts: [Attribution], to i: Int, mask: [Bool], wantOutside: Bool) -> Attribution? {
    var best: Attribution? = nil
    var bestD = Int.max
    for a in atts where !(wantOutside && mask[a.verb]) {
      if a.tokens.contains(i) { continue }
      let d = abs(a.verb - i)
      if d < bestD {
        best = a
        bestD = d
      }
    }
    return best
  }

  static let intents: WordSet = WordSet(
    [
      "tried", "try", "tries", "trying", "attempt", "attempted", "attempting",
      "attempts", "sought", "seek", "seeks", "seeking", "aim", "aims", "aimed", "aiming", "plan", "plans", "planned",
      "planning", "expected", "expect", "expects", "hope", "hoped", "hopes", "hoping", "vowed", "vow", "vows", "order",
      "attack", "attacks", "bid", "want", "wants", "wanted", "intend", "intends", "intended", "threatened",
      "threatens", "threaten", "push", "ready", "preparing", "prepare", "prepared", "campaign", "offensive",
      "operation", "operations", "effort", "efforts", "bids", "fight", "battle", "advance", "advancing", "moving",
      "move", "poised", "set", "about", "failed", "unable", "trying", "drive", "started", "began", "begin", "continue",
      "continued", "continues", "pledged", "promised", "ordered", "urged", "called", "allowed", "need", "needs",
      "needed", "chance", "hoped", "strategy", "plot", "mission", "objective", "goal",
    ].map(WordHash.of))
  static let gerundLeft: WordSet = WordSet(["of", "by", "for", "without", "mean", "means", "meant"].map(WordHash.of))
  static let ownPronouns: WordSet = WordSet(["its", "their", "our"].map(WordHash.of))
  static let leaveVerbs: WordSet = WordSet(["leave", "left", "quit"].map(WordHash.of))
  static let possessives: WordSet = WordSet(["their", "his", "her", "my", "our", "your"].map(WordHash.of))
  static let militarySites: WordSet = WordSet(
    [
      "positions", "position", "posts", "post", "bases", "base",
      "strongholds", "stronghold", "headquarters", "garrison", "outposts", "outpost", "barracks", "trenches",
      "checkpoints", "checkpoint",
    ].map(WordHash.of))
  static let continues: WordSet = WordSet(["continue", "continues", "continued", "continuing"].map(WordHash.of))
  static let modals: WordSet = WordSet(
    [
      "will", "would", "could", "might", "may", "must", "should", "can",
      "shall", "if", "unless", "whether", "cannot", "ll",
    ].map(WordHash.of))
  static let nominalLeft: WordSet = WordSet(
    [
      "the", "its", "their", "his", "her", "whose", "after", "before",
      "following", "since", "upon", "'s",
    ].map(WordHash.of))

  /// "the capture of X", "Saturday's capture": a noun, not a claim of its own.
  func isNominal(_ s: [Token], _ m: Match) -> Bool {
    guard m.start > 0 else { return false }
    let h0 = s[m.start].hash
    let e0 = Int(s[m.start].end)
    let ing = e0 >= 3 && bytes[e0 - 3] | 0x20 == 105 && bytes[e0 - 2] | 0x20 == 110 && bytes[e0 - 1] | 0x20 == 103
    let isControl = h0 == H.control
    let nounForm = Run.nounForms.contains(h0) || (ing && m.end < s.count && s[m.end].hash == H.of)
    guard nounForm else { return false }
    let prev = s[m.start - 1]
    if isControl && m.phrase.words.count == 1 {
      // "continue to control": the verb.
      if m.start >= 2, prev.hash == H.to, Run.continues.contains(s[m.start - 2].hash) { return false }
      // "regime control", "under opposition control", "full control of": the noun.
      var k = m.start - 1
      var steps = 0
      while k >= 0 && steps < 3 {
        let h = s[k].hash
        if h == H.to || h == H.under || h == H.into || h == H.of || h == H.in || h == H.apostropheS
          || h == H.their || h == W.its || h == W.full || h == W.total
          || h == W.complete || h == H.the
        {
          return true
        }
        k -= 1
        steps += 1
      }
      if m.end < s.count, s[m.end].hash == H.of || s[m.end].hash == W.over || s[m.end].kind == .punct {
        return true
      }
      return false
    }
    return Run.nominalLeft.contains(prev.hash)
      || prev.has(TokenFlags.capitalized) && !isControl
        && prev.isa(WordClass.weekday)
  }

  /// Plans, attempts, conditions and futures: "tried to capture", "will retake", "if the regime captures".
  func isIrrealis(_ s: [Token], _ m: Match) -> Bool {
    // A gerund as a noun: "Controlling the base does not mean …", "the aim of controlling it", "by taking X".
    let e0 = Int(s[m.start].end)
    if s[m.start].kind == .word, e0 >= 3, bytes[e0 - 3] | 0x20 == 105, bytes[e0 - 2] | 0x20 == 110,
      bytes[e0 - 1] | 0x20 == 103, m.start == 0 || Run.gerundLeft.contains(s[m.start - 1].hash),
      m.phrase.direction != .entersContested || m.phrase.words.count == 1  // "Fighting continued in X" is a claim
    {
      return true
    }
    var k = m.start - 1
    while k >= 0 && s[k].isa(WordClass.adverb) { k -= 1 }
    if k >= 1 && s[k].hash == H.to {
      var j = k - 1
      while j >= 0 && (s[j].isa(WordClass.adverb) || s[j].hash == H.and) { j -= 1 }
      // "continue to control", "continues to hold": a holding that goes on, not a plan.
      let goesOn = m.phrase.event == .holds && j >= 0 && Run.continues.contains(s[j].hash)
      if j >= 0 && Run.intents.contains(s[j].hash) && !goesOn { return true }
      if j >= 1 && s[j].isa(WordClass.forceNoun) && Run.intents.contains(s[j - 1].hash) { return true }
    }
    var j = m.start - 1
    var steps = 0
    while j >= 0 && steps < 6 {
      let t = s[j]
      if t.kind == .punct && (t.hash == 44 || t.hash == 59) { break }
      if Run.modals.contains(t.hash) { return true }
      if t.hash == H.that || t.isa(WordClass.speech) { break }
      j -= 1
      steps += 1
    }
    return false
  }

  // MARK: Stance

  /// "denied losing the hill": a denial verb right before the control verb.
  func deniedVerb(_ s: [Token], _ i: Int) -> Bool {
    var k = i - 1
    var steps = 0
    while k >= 0 && steps < 3 {
      if s[k].isa(WordClass.denial) { return true }
      if !(s[k].isa(WordClass.adverb) || s[k].isa(WordClass.auxiliary) || s[k].hash == H.having) { return false }
      k -= 1
      steps += 1
    }
    return false
  }

  func negated(_ s: [Token], _ i: Int) -> Bool {
    var k = i - 1
    var steps = 0
    while k >= 0 && steps < 4 {
      let t = s[k]
      if t.isa(WordClass.negation) {
        if t.hash != H.t { return true }
        if k > 0, s[k - 1].kind == .punct, !t.has(TokenFlags.spaceBefore) { return true }
      }
      if t.hash == W.failed || t.hash == W.unable { return true }
      if t.isa(WordClass.adverb) || t.isa(WordClass.auxiliary) || t.hash == H.able || t.hash == H.to
        || t.kind == .punct
      {
        k -= 1
        steps += 1
        continue
      }
      break
    }
    return false
  }

  struct DenialScope {
    var scope: Range<Int>
    var denier: Attribution?
    var source: Range<Int>?
  }

  /// "X denied that …", "dismissing reports from Y that …": the clause after "that" is denied.
  func denialScopes(_ s: [Token]) -> [DenialScope] {
    var out: [DenialScope] = []
    for (d, t) in s.enumerated() where t.isa(WordClass.denial) {
      var th = -1
      var q = d + 1
      while q < min(s.count, d + 12) {
        let u = s[q]
        if u.hash == H.that {
          th = q
          break
        }
        if u.kind != .word || u.hash == H.and || (u.isa(WordClass.speech) && !Run.anaphors.contains(u.hash))
          || u.isa(WordClass.control)
        {
          break
        }
        q += 1
      }
      var fd = d + 1
      while fd < s.count && (s[fd].hash == H.the || s[fd].hash == W.these || s[fd].hash == W.such) { fd += 1 }
      if th < 0, d + 2 < s.count, fd < s.count, !Run.anaphors.contains(s[fd].hash),
        s[d + 1].hash == H.the || s[d + 1].has(TokenFlags.capitalized) || x.factions.match(s, at: d + 1) != nil,
        (d + 2..<min(s.count, d + 10)).contains(where: { s[$0].isa(WordClass.control) })
      {
        th = d  // "denied the town had fallen": the clause follows without "that"
      }
      guard th >= 0 else { continue }
      var e = th + 1
      while e < s.count {
        let u = s[e]
        if u.kind == .punct && (u.hash == 59 || u.hash == 46) { break }
        if u.kind == .punct && u.hash == 44 && e + 1 < s.count
          && (s[e + 1].isa(WordClass.speech) || s[e + 1].isa(WordClass.boundary) || s[e + 1].isa(WordClass.denial)
            || x.factions.match(s, at: e + 1) != nil)
        {
          break
        }
        if u.isa(WordClass.denial) || (u.isa(WordClass.speech) && e > th + 2) { break }
        e += 1
      }
      var denier: Attribution? = nil
      var dv = d
      if d > 0, s[d - 1].kind == .punct, s[d - 1].hash == 44,
        let first = (0..<d).first(where: { s[$0].isa(WordClass.denial) || s[$0].isa(WordClass.speech) })
      {
        dv = first  // ", dismissing reports that …": the speaker of the main clause
      }
      if let a = AttributionFinder.subjectStart(s, before: dv) {
        let r = AttributionFinder.trimmed(s, a..<dv)
        if !r.isEmpty { denier = AttributionFinder.make(s, bytes, r, verb: dv) }
      }
      // The source of the denied reports: "reports from Russian media".
      var source: Range<Int>? = nil
      if th > d + 1, let f = (d + 1..<th).first(where: { s[$0].hash == H.from || s[$0].hash == H.by }) {
        let b = AttributionFinder.phraseEnd(s, from: f + 1, limit: th - f - 1)
        let r = AttributionFinder.trimmed(s, (f + 1)..<max(f + 1, b))
        if !r.isEmpty { source = r }
      }
      out.append(DenialScope(scope: (th + 1)..<e, denier: denier, source: source))
    }
    return out
  }

  // MARK: Time

  mutating func date(for m: Match, times: [TimeMention], event: ControlEvent, matches: [Match]) -> TimeSpan? {
    var best: TimeMention? = nil
    var bestD = Int.max
    for t in times {
      var d = t.tokens.lowerBound >= m.end ? t.tokens.lowerBound - m.end : max(0, m.start - t.tokens.upperBound)
      // A time on the far side of another control phrase belongs to that one.
      let lo = min(t.tokens.lowerBound, m.start)
      let hi = max(t.tokens.upperBound, m.end)
      if matches.contains(where: { $0.start != m.start && $0.start >= lo && $0.end <= hi }) { d += 1000 }
      if d < bestD {
        best = t
        bestD = d
      }
    }
    if let b = best {
      if case .none = firstDated { firstDated = b.span }
      return b.span
    }
    if event == .holds { return .day(article.published) }
    return nil
  }

  // MARK: Subjects and agents

  /// Tokens that cannot be the subject: after "backed by", "with", "from", "against", "on"; "-backed" heads.
  func nonSubjectMask(_ s: [Token]) -> [Bool] {
    var out = [Bool](repeating: false, count: s.count)
    var k = 0
    while k < s.count {
      let t = s[k]
      if (t.hash == H.backed || t.hash == H.supported || t.hash == W.aided
        || t.hash == W.assisted || t.hash == W.allied) && !t.has(TokenFlags.hyphenBefore)
        && k + 1 < s.count && s[k + 1].hash == H.by
      {
        var e = k + 1
        while e < s.count && e < k + 9 && !(s[e].kind == .punct) && !(s[e].isa(WordClass.control)) {
          out[e] = true
          e += 1
        }
      }
      if t.hash == H.from || t.hash == H.with || t.hash == W.against || t.hash == H.on
        || t.hash == W.between
      {
        var e = k + 1
        let timeNext =
          e < s.count
          && (s[e].isa(WordClass.weekday) || s[e].isa(WordClass.month)
            || s[e].kind == .number || s[e].isa(WordClass.time))
        while !timeNext && e < s.count && e < k + 6 && s[e].kind == .word && !s[e].isa(WordClass.control)
          && s[e].hash != H.that && s[e].hash != H.which && s[e].hash != H.who && !s[e].isa(WordClass.auxiliary)
          && !s[e].isa(WordClass.speech)
        {
          out[e] = true
          e += 1
        }
      }
      if k + 1 < s.count, s[k + 1].has(TokenFlags.hyphenBefore),
        s[k + 1].hash == H.backed || s[k + 1].hash == H.supported || s[k + 1].hash == W.allied
          || s[k + 1].hash == W.aligned || s[k + 1].hash == W.held
          || s[k + 1].hash == W.controlled
      {
        out[k] = true
      }
      k += 1
    }
    return out
  }

  func findSubject(
    _ s: [Token], _ i: Int, matches: [Match], subjects: [(side: Side, weight: Int)?], mask: [Bool],
    nonSubject: [Bool]
  ) -> (side: Side, weight: Int)? {
    var j = i - 1
    while j >= 0
      && (s[j].isa(WordClass.adverb) || s[j].isa(WordClass.auxiliary) || s[j].hash == H.able
        || s[j].hash == H.to || s[j].hash == H.managed || s[j].isa(WordClass.negation)
        || s[j].hash == W.forced || s[j].hash == W.first)
    {
      j -= 1
    }
    // Coordination: "X repelled … and seized …".
    if j >= 0, s[j].hash == H.and || s[j].hash == H.but || (s[j].kind == .punct && s[j].hash == 44) {
      if let prev = matches.lastIndex(where: { $0.end <= j }), prev < subjects.count, let sub = subjects[prev] {
        if s[j].hash == H.and || s[j].hash == H.but { return sub }
      }
    }
    if j >= 0, s[j].hash == H.and || s[j].hash == H.but {
      // "X attacked Y and took Z": the subject of the clause.
      var c = j - 1
      while c > 0 && !(s[c - 1].kind == .punct && (s[c - 1].hash == 44 || s[c - 1].hash == 59))
        && s[c - 1].kind != .quote && s[c - 1].hash != H.that && !s[c - 1].isa(WordClass.speech) && j - c < 25
      {
        c -= 1
      }
      var q = max(c, 0)  // "and" opening the sentence: no clause before it
      while q < j {
        if !nonSubject[q], let m = x.factions.match(s, at: q), !m.value.claimantOnly {
          var best = m.value
          var r = q + m.length
          while r < j && r < q + 5, s[r].kind == .word {
            if let m2 = x.factions.match(s, at: r), !m2.value.claimantOnly, m2.value.weight > best.weight {
              best = m2.value
            }
            r += 1
          }
          return (best.side, best.weight)
        }
        if s[q].isa(WordClass.speakerPronoun), let side = speakerSide(s, q, mask: mask) { return (side, 3) }
        q += 1
      }
    }
    var k = j
    var found: (pos: Int, len: Int, hit: FactionHit)? = nil
    if k >= 1, s[k].hash == H.which || s[k].hash == H.who || s[k].hash == H.that { k -= 1 }
    while k >= 0 && j - k < 16 {
      let t = s[k]
      if t.kind == .quote || (t.kind == .punct && (t.hash == 59 || t.hash == 58)) { break }
      if t.hash == H.that || t.hash == H.which || t.hash == H.who { break }
      if t.isa(WordClass.speech) && t.hash != H.according && k < j { break }
      if let prev = matches.lastIndex(where: { $0.end == k + 1 }), prev < subjects.count {
        return subjects[prev]
      }
      if !nonSubject[k] {
        if let m = x.factions.match(s, at: k), !m.value.claimantOnly, k + m.length <= i {
          found = (k, m.length, m.value)
          break
        }
        if (t.isa(WordClass.speakerPronoun)
          || (t.hash == H.it
            && (max(0, k - 5)..<k).contains(where: {
              s[$0].isa(WordClass.speech) || s[$0].isa(WordClass.denial)
            }))
          || (t.hash == H.its && k + 1 < s.count && s[k + 1].isa(WordClass.forceNoun)))
          && t.kind == .word
        {
          let side = speakerSide(s, k, mask: mask)
          if let side { return (side, 3) }
        }
      }
      k -= 1
    }
    guard var f = found else { return nil }
    // The strongest name in the same noun phrase ("Syrian regime's army forces").
    var best = f.hit
    var a = f.pos - 1
    while a >= 0 && f.pos - a <= 4 {
      let t = s[a]
      if t.kind == .punct || t.kind == .quote || t.isa(WordClass.boundary) || t.isa(WordClass.control) { break }
      if !nonSubject[a], let m = x.factions.match(s, at: a), !m.value.claimantOnly, m.value.weight > best.weight {
        best = m.value
        f.pos = a
      }
      a -= 1
    }
    // Also look rightwards within the phrase for a stronger head ("Syrian army troops").
    var b = f.pos + f.len
    while b < i && b - f.pos < 5 {
      if let m = x.factions.match(s, at: b), !m.value.claimantOnly, m.value.weight > best.weight {
        best = m.value
      }
      if s[b].kind != .word { break }
      b += 1
    }
    // "our soldiers", "its troops": a generic noun owned by the speaker.
    if best.weight <= 1, f.pos > 0, s[f.pos - 1].isa(WordClass.speakerPronoun) || s[f.pos - 1].hash == H.its,
      let side = speakerSide(s, f.pos - 1, mask: mask)
    {
      return (side, 3)
    }
    let adj = adjust(best)
    return (adj.side, adj.weight)
  }

  /// "we", "they", "our forces" stand for the speaker's side.
  func speakerSide(_ s: [Token], _ k: Int, mask: [Bool]) -> Side? {
    let atts = currentAttributions
    if let a = atts.first(where: { !$0.isPronoun }) { return voice(of: a, s).side }
    if mask[k] || atts.contains(where: { $0.isPronoun }) { return lastSpeaker?.side }
    return nil
  }

  /// The faction named after "by", "to", "of".
  func agent(_ s: [Token], from a: Int, limit: Int) -> FactionHit? {
    var k = a
    var best: FactionHit? = nil
    while k < s.count && k < a + limit {
      let t = s[k]
      if t.kind == .punct || t.kind == .quote { break }
      if let m = x.factions.match(s, at: k), !m.value.claimantOnly {
        if best == nil || m.value.weight > best!.weight { best = m.value }
        k += m.length
        continue
      }
      if best != nil && (t.isa(WordClass.boundary) || t.hash == H.and) { break }
      k += 1
    }
    return best.map(adjust)
  }

  func isPassive(_ s: [Token], _ m: Match) -> Bool {
    guard
      m.phrase.direction == .subjectGains || m.phrase.direction == .subjectHolds
        || m.phrase.direction == .subjectRepels || m.phrase.direction == .subjectLeaves && m.phrase.event == .lost
    else { return false }
    let first = s[m.start]
    guard first.kind == .word else { return false }
    let e = Int(first.end)
    let b1 = e >= 2 ? bytes[e - 2] | 0x20 : 0
    let b2 = bytes[e - 1] | 0x20
    let participle = (b1 == 101 && (b2 == 100 || b2 == 110)) || Run.irregularParticiples.contains(first.hash)
    guard participle else { return false }
    if Run.expelVerbs.contains(first.hash) { return false }
    if m.end < s.count, s[m.end].hash == H.by, m.phrase.event != .holds { return true }
    if m.end < s.count, s[m.end].hash == H.by, m.phrase.event == .holds, m.start > 0,
      !s[m.start - 1].isa(WordClass.auxiliary) && !s[m.start - 1].isa(WordClass.adverb)
    {
      return true  // "locations held by rebels": a passive without auxiliary
    }
    var k = m.start - 1
    while k >= 0 && s[k].isa(WordClass.adverb) { k -= 1 }
    if k >= 0 {
      let h = s[k].hash
      return h == H.was || h == H.were || h == H.been || h == H.being || h == H.is || h == H.are || h == H.be
    }
    return false
  }

  // MARK: Places

  /// "a strategic town", "a key northwestern town in Syria": an indefinite description, named later.
  func indefinitePlace(_ s: [Token], _ k: Int) -> PlaceHit? {
    var e = k + 1
    let n = s.count
    while e < n && e < k + 4 && s[e].kind == .word && !s[e].isa(WordClass.placeNoun)
      && Run.referentAdjectives.contains(s[e].hash)
    {
      e += 1
    }
    guard e < n, e > k + 1, s[e].isa(WordClass.placeNoun), !s[e].has(TokenFlags.capitalized),
      !(e + 1 < n && (s[e + 1].hash == H.of || s[e + 1].hash == H.apostropheS))
    else { return nil }
    var h = PlaceHit(tokens: k..<(e + 1), span: span(s, k..<(e + 1)), quantity: nil)
    h.indefinite = true
    return h
  }

  static let locators: WordSet = WordSet(["in", "near", "outside", "of", "at"].map(WordHash.of))

  /// "an army outpost in Bardak", "a key base near Tal Hamra": an indefinite site placed by a name. The site is
  /// the claim's place, written as the article writes it.
  func locatedIndefinite(_ s: [Token], _ k: Int) -> PlaceHit? {
    let n = s.count
    var e = k + 1
    while e < n && e < k + 5 {
      let t = s[e]
      guard t.kind == .word, !t.isa(WordClass.boundary), !t.isa(WordClass.function), !t.isa(WordClass.control),
        !t.isa(WordClass.speech)
      else { return nil }
      if t.isa(WordClass.placeNoun) && !t.has(TokenFlags.capitalized) && e + 1 < n
        && Run.locators.contains(s[e + 1].hash)
      {
        var g = e + 2
        if g < n, s[g].hash == H.the { g += 1 }
        guard let name = nameAt(s, g, limit: n) else { return nil }
        return PlaceHit(tokens: k..<name.upperBound, span: span(s, k..<name.upperBound), quantity: nil)
      }
      e += 1
    }
    return nil
  }

  /// A description standing for an earlier place: "the town [Saraqeb]", as the gold convention writes it.
  func refHit(_ s: [Token], _ r: Range<Int>, _ referent: String) -> PlaceHit {
    PlaceHit(tokens: r, span: span(s, r), quantity: nil, referentText: referent)
  }

  /// The place (or list of places) a verb's subject names: the antecedent of "that"/"which", else the first
  /// place group after it, else the group nearest the verb; a description stands for the last place.
  func leftPlaces(_ s: [Token], before i: Int) -> [PlaceHit] {
    var lo = i - 1
    var rel: Int? = nil
    while lo > 0 {
      let t = s[lo - 1]
      if t.kind == .punct && (t.hash == 59 || t.hash == 58 || t.hash == 40 || t.hash == 41) { break }
      if rel == nil && (t.hash == H.that || t.hash == H.which) { rel = lo - 1 }
      if t.kind == .quote || t.isa(WordClass.speech) || t.isa(WordClass.denial) { break }
      if i - lo > 20 { break }
      lo -= 1
    }
    var groups: [[PlaceHit]] = []
    var k = max(0, lo)
    var lastEnd = -10
    while k < i {
      if let h = placeItem(s, k, limit: i) {
        let joined =
          lastEnd >= 0 && k >= lastEnd
          && (lastEnd..<k).allSatisfy {
            s[$0].hash == H.and
              || (s[$0].kind == .punct
                && s[$0].hash == 44)
          } && k > lastEnd
        if joined, !groups.isEmpty { groups[groups.count - 1].append(h) } else { groups.append([h]) }
        lastEnd = h.tokens.upperBound
        k = max(h.tokens.upperBound, k + 1)
      } else {
        k += 1
      }
    }
    if let r = rel {
      // The antecedent of "that"/"which", also across a comma ("the town of X, which fell …").
      let comma = r > 0 && s[r - 1].kind == .punct && s[r - 1].hash == 44
      if let g = groups.first(where: {
        $0.last!.tokens.upperBound == r || (comma && $0.last!.tokens.upperBound == r - 1)
      }) {
        return g
      }
      if let g = groups.first(where: { $0.first!.tokens.lowerBound > r }) { return g }
      groups.removeAll()
    } else if let g = groups.last {
      return g
    }
    // A definite description or pronoun standing for the last place ("the town is now under …").
    var j = i - 1
    while j >= max(0, i - 6) {
      if s[j].hash == H.it
        || (s[j].isa(WordClass.placeNoun) && j > 0 && s[j - 1].hash == H.the
          && !(j + 1 < s.count && s[j + 1].hash == H.apostropheS)),
        let lp = lastPlace
      {
        return [refHit(s, j..<(j + 1), lp)]
      }
      j -= 1
    }
    return []
  }

  func objectPlaces(_ s: [Token], from a: Int, weak: Bool, repel: Bool) -> [PlaceHit] {
    var out: [PlaceHit] = []
    var k = a
    let n = s.count
    var skipped = 0
    // Before the first place.
    while k < n {
      let t = s[k]
      if t.kind == .quote || (t.kind == .punct && t.hash != 45) { break }
      if let h = placeItem(s, k, limit: n) {
        out.append(h)
        k = h.tokens.upperBound
        break
      }
      if t.hash == H.a || t.hash == H.an, let h = indefinitePlace(s, k) {
        return [h]
      }
      if !repel, t.hash == H.a || t.hash == H.an, let h = locatedIndefinite(s, k) {
        out.append(h)
        k = h.tokens.upperBound
        break
      }
      if k == a, t.hash == H.it, let lp = lastPlace {
        return [refHit(s, k..<(k + 1), lp)]
      }
      if k == a + 1, s[a].hash == H.the, t.isa(WordClass.placeNoun), let lp = lastPlace,
        !(k + 1 < n && (s[k + 1].hash == H.of || s[k + 1].hash == H.apostropheS))
      {
        return [refHit(s, (k - 1)..<(k + 1), lp)]
      }
      if repel {
        if t.isa(WordClass.boundary) && t.hash != H.from && t.hash != H.towards && t.hash != H.toward
          && t.hash != H.to && t.hash != H.on && t.hash != H.backed
        {
          break
        }
        if skipped > 14 { break }
      } else {
        if t.isa(WordClass.boundary) { break }
        if t.has(TokenFlags.capitalized) && skipped > 0 && x.factions.match(s, at: k) != nil { break }
        if skipped >= (weak ? 1 : 5) { break }
      }
      skipped += 1
      k += 1
    }
    guard !out.isEmpty else { return out }
    // Lists: ", B", " and C", ", and D", "as well as E".
    while k < n {
      // "the Old City of Raqqa's eastern quarter and …": skip the possessive tail.
      if s[k].hash == H.apostropheS {
        var q = k + 1
        while q < n && q < k + 4 && s[q].kind == .word && !s[q].has(TokenFlags.capitalized) && s[q].hash != H.and {
          q += 1
        }
        k = q
        continue
      }
      var j = k
      if s[j].kind == .punct && s[j].hash == 44 { j += 1 }
      if j < n && s[j].hash == H.and { j += 1 }
      if j == k { break }
      guard j < n, let h = placeItem(s, j, limit: n) else { break }
      out.append(h)
      k = h.tokens.upperBound
    }
    return out
  }

  static let modifiers: WordSet = WordSet(
    [
      "backed", "held", "controlled", "led", "allied", "supported", "based",
      "aligned", "run", "linked", "affiliated", "born", "style", "made", "populated", "speaking", "majority",
    ]
    .map(WordHash.of))

  static let countries: WordSet = WordSet(
    [
      "syria", "iraq", "ukraine", "russia", "turkey", "libya", "yemen",
      "sudan", "ethiopia", "myanmar", "lebanon", "israel", "iran", "jordan", "armenia", "azerbaijan", "eritrea",
      "egypt", "saudi", "afghanistan", "somalia", "mali", "nigeria", "congo", "gaza", "europe", "africa", "asia",
      "us", "u", "un", "nato", "eu", "washington", "moscow", "ankara", "tehran", "kyiv", "kiev", "damascus",
      "baghdad", "beirut", "tripoli", "sanaa", "khartoum", "addis", "naypyidaw", "baku", "yerevan", "riyadh",
      "syrian", "turkish", "russian", "iranian", "iraqi", "ukrainian", "libyan", "yemeni", "sudanese", "ethiopian",
      "lebanese", "israeli", "american", "british", "french", "german", "arab", "western", "eastern", "northern",
      "southern", "northwestern", "northeastern", "southwestern", "southeastern", "central", "kurdish", "turkmen",
      "armenian", "azerbaijani", "eritrean", "tigrayan", "burmese", "saudi", "emirati", "qatari", "european",
      "twitter", "facebook", "telegram", "youtube", "god", "allah",
    ].map(WordHash.of))

  static let spacedParticles: WordSet = WordSet(
    [
      "al", "el", "bin", "ibn", "abu", "umm", "de", "du", "la", "le",
      "of", "des", "bint",
    ].map(WordHash.of))
  static let anaphors: WordSet = WordSet(
    [
      "incident", "reports", "report", "claims", "claim", "it", "this", "that",
      "allegations", "allegation", "news", "rumours", "rumors", "assertion", "assertions", "statement", "account",
      "accounts", "reporting",
    ].map(WordHash.of))

  static let approx: WordSet = WordSet(
    [
      "around", "about", "nearly", "some", "over", "at", "more", "almost",
      "roughly", "approximately", "up", "least", "fewer", "less",
    ].map(WordHash.of))
  static let referentAdjectives: WordSet = WordSet(
    [
      "strategic", "key", "northern", "southern", "eastern",
      "western", "northwestern", "northeastern", "southwestern", "southeastern", "nearby", "besieged", "border",
      "coastal", "main", "embattled", "contested", "frontline", "small", "large", "big", "same", "important",
      "central", "whole", "entire", "rebel", "neighbouring", "neighboring", "ancient", "old", "new", "historic",
      "devastated", "ruined", "industrial", "port", "southern", "mountain", "hilltop", "adjacent", "provincial",
    ]
    .map(WordHash.of))

  static let percentWords: WordSet = [WordHash.of("percent"), WordHash.of("%"), 37]
  static let ofs: WordSet = [WordHash.of("of")]

  /// A place starting at token k: a gazetteer name, "the village of X", an aggregate, or a capitalised name.
  func placeItem(_ s: [Token], _ k0: Int, limit: Int) -> PlaceHit? {
    var k = k0
    let n = min(limit, s.count)
    guard k < n else { return nil }
    if (s[k].hash == H.the || s[k].hash == H.its || s[k].hash == H.their) && s[k].kind == .word { k += 1 }
    guard k < n else { return nil }
    // Gazetteer (only where the text capitalises the name: "Hit" the town, not "hit" the verb).
    if s[k].has(TokenFlags.capitalized), let m = x.places.match(s, at: k, end: n) {
      var e = k + m.length
      if e < n, s[e].isa(WordClass.placeSuffix), s[e].has(TokenFlags.capitalized) { e += 1 }
      let nameEnd = e
      if e < n, s[e].isa(WordClass.placeNoun), !s[e].has(TokenFlags.capitalized),
        !(e + 1 < n && s[e + 1].hash == H.of)
      {
        e += 1  // "the Burj al-Hayat area"
      }
      return PlaceHit(tokens: k0..<e, span: span(s, k..<nameEnd), quantity: nil)
    }
    // "the village of X", "the village and hill of X", "the nearby districts of X".
    var pk = k
    while pk < n && pk < k + 2 && k > k0 && Run.referentAdjectives.contains(s[pk].hash) { pk += 1 }
    if s[pk].isa(WordClass.placeNoun) || s[pk].isa(WordClass.placeNouns) {
      let k = pk
      var j = k + 1
      while j + 1 < n && s[j].hash == H.and
        && (s[j + 1].isa(WordClass.placeNoun)
          || s[j + 1].isa(
            WordClass.placeNouns))
      {
        j += 2
      }
      if j < n, s[j].hash == H.of, let name = nameAt(s, j + 1, limit: n) {
        return PlaceHit(tokens: k0..<name.upperBound, span: span(s, name), quantity: nil)
      }
      // A chain ending in a name: "the airport in the city of El Obeid",
      // "the airport of the Red Sea port city of Hodeidah".
      if j < n, s[j].hash == H.of || s[j].hash == H.in {
        var q = j + 1
        var steps = 0
        while q < n && steps < 10 {
          let u = s[q]
          if u.kind != .word || u.isa(WordClass.boundary) && u.hash != H.of && u.hash != H.in { break }
          if u.isa(WordClass.placeNoun), q + 2 < n, s[q + 1].hash == H.of, let name = nameAt(s, q + 2, limit: n) {
            return PlaceHit(tokens: k0..<name.upperBound, span: span(s, k..<name.upperBound), quantity: nil)
          }
          q += 1
          steps += 1
        }
      }
    }
    // Aggregates: "eight villages", "all Turkmen villages", "several towns and villages", "parts of X",
    // "80 percent of the city".
    if let agg = aggregate(s, k, k0: k0, limit: n) { return agg }
    // A definite noun phrase ending in a place noun: "the state television building" is a place of its own,
    // "the strategic town" stands for the last place named.
    if k > k0 {
      var e = k
      var allAdj = true
      while e < n && e < k + 4 && s[e].kind == .word && !s[e].isa(WordClass.placeNoun)
        && !s[e].has(TokenFlags.capitalized) && !s[e].isa(WordClass.boundary) && !s[e].isa(WordClass.function)
        && !s[e].isa(WordClass.control) && !s[e].isa(WordClass.placeNouns)
      {
        if !Run.referentAdjectives.contains(s[e].hash) && !s[e].has(TokenFlags.hyphenBefore) { allAdj = false }
        e += 1
      }
      if e < n, s[e].isa(WordClass.placeNoun) || (s[k0].hash != H.the && s[e].isa(WordClass.placeNouns)),
        !s[e].has(TokenFlags.capitalized), !(e + 1 < n && (s[e + 1].hash == H.of || s[e + 1].hash == H.apostropheS))
      {
        var f = e + 1
        while f < n && f < e + 3 && s[f].isa(WordClass.placeNoun) && !s[f].has(TokenFlags.capitalized) { f += 1 }
        if e == k || allAdj, let lp = lastPlace {
          return refHit(s, k0..<f, lp)
        }
        return PlaceHit(tokens: k0..<f, span: span(s, k..<f), quantity: nil)
      }
    }
    // Capitalised names.
    if let name = nameAt(s, k, limit: n) {
      var e = name.upperBound
      // "Rashwan Hill" is inside the name; "al-Sarraf village" takes the lower-case noun.
      if e < n, s[e].isa(WordClass.placeNoun), !s[e].has(TokenFlags.capitalized),
        !(e + 1 < n
          && s[e + 1].hash
            == H.of)
      {
        e += 1
      }
      return PlaceHit(tokens: k0..<e, span: span(s, name), quantity: nil)
    }
    return nil
  }

  func aggregate(_ s: [Token], _ k: Int, k0: Int, limit n: Int) -> PlaceHit? {
    let t = s[k]
    var count: Int? = nil
    var isAll = false
    var unit: String? = nil
    var j = k
    let isNum = (t.kind == .number && t.value >= 0) || (t.isa(WordClass.numberWord) && t.value >= 0)
    if isNum {
      count = Int(t.value)
      j += 1
    } else if t.isa(WordClass.quantifier) {
      isAll = t.hash == H.all
      j += 1
    } else if Run.approx.contains(t.hash) {
      // "around 13 villages", "more than 20 settlements", "at least 80 percent", "nearly half of".
      var q = k + 1
      if q < n, s[q].hash == W.than || s[q].hash == W.least || s[q].hash == H.to { q += 1 }
      guard q < n else { return nil }
      let u = s[q]
      if (u.kind == .number && u.value >= 0) || (u.isa(WordClass.numberWord) && u.value >= 0) {
        count = Int(u.value)
      } else if !u.isa(WordClass.quantifier) {
        return nil
      }
      j = q + 1
    } else if t.isa(WordClass.placeNouns) && !t.has(TokenFlags.capitalized) {
      // A bare plural: "villages located in the X region".
    } else {
      return nil
    }
    // Percent: "80 percent of the city", "90% of Kupiansk".
    if count != nil, j < n, Run.percentWords.contains(s[j].hash) || (s[j].kind == .punct && s[j].hash == 37) {
      unit = "percent"
      j += 1
      if j + 1 < n && s[j].hash == W.cent { j += 1 }
      guard j < n, s[j].hash == H.of else { return nil }
      var e = j + 1
      if e < n, s[e].hash == H.the { e += 1 }
      while e < n && e < j + 5 && s[e].kind == .word && !s[e].has(TokenFlags.capitalized)
        && !s[e].isa(WordClass.placeNoun) && !s[e].isa(WordClass.boundary)
      { e += 1 }
      if let name = nameAt(s, e, limit: n) {
        e = name.upperBound
      } else if e < n, s[e].isa(WordClass.placeNoun) {
        e += 1
      } else {
        return nil
      }
      return PlaceHit(tokens: k0..<e, span: span(s, k..<e), quantity: Quantity(count: count, unit: unit))
    }
    // "parts of X", "most of the district", "dozens of villages".
    if j < n, s[j].hash == H.of, j > k {
      var e = j + 1
      if e < n, s[e].hash == H.the { e += 1 }
      if e < n, s[e].isa(WordClass.placeNouns) {
        j = e
      } else if e + 1 < n, s[e].kind == .word, !s[e].has(TokenFlags.capitalized), s[e + 1].isa(WordClass.placeNouns) {
        return PlaceHit(
          tokens: k0..<(e + 2), span: span(s, k..<(e + 2)),
          quantity: count == nil && !isAll ? nil : Quantity(count: count, isAll: isAll))
      } else {
        while e < n && e < j + 4 && s[e].kind == .word && !s[e].has(TokenFlags.capitalized)
          && !s[e].isa(WordClass.boundary) && !s[e].isa(WordClass.placeNoun)
        { e += 1 }
        if let name = nameAt(s, e, limit: n) {
          return PlaceHit(
            tokens: k0..<name.upperBound, span: span(s, k..<name.upperBound),
            quantity: count == nil && !isAll ? nil : Quantity(count: count, isAll: isAll))
        }
        if e < n, s[e].isa(WordClass.placeNoun) {
          return PlaceHit(tokens: k0..<(e + 1), span: span(s, k..<(e + 1)), quantity: nil)
        }
        return nil
      }
    }
    // Up to three modifiers, then a plural place noun.
    let single = t.hash == W.any || t.hash == W.every || t.hash == W.each
    var mods = 0
    while j < n && !s[j].isa(WordClass.placeNouns) && !(single && s[j].isa(WordClass.placeNoun)) {
      let u = s[j]
      if u.kind != .word || u.isa(WordClass.boundary) || u.isa(WordClass.function) || u.isa(WordClass.control)
        || mods >= 3
      {
        return nil
      }
      mods += 1
      j += 1
    }
    guard j < n, s[j].isa(WordClass.placeNouns) || (single && s[j].isa(WordClass.placeNoun)) else { return nil }
    var e = j + 1
    unit = text(s, j..<(j + 1)).lowercased()
    while e + 1 < n && s[e].hash == H.and && s[e + 1].isa(WordClass.placeNouns) { e += 2 }
    if count == nil && !isAll && t.isa(WordClass.placeNouns) {
      // Bare plural: keep "located in the X region" / "in X" / "near X" as part of the phrase.
      var f = e
      if f < n, s[f].hash == W.located { f += 1 }
      if f < n, s[f].hash == H.in || s[f].hash == H.near || s[f].hash == H.of {
        var g = f + 1
        if g < n, s[g].hash == H.the { g += 1 }
        if let name = nameAt(s, g, limit: n) {
          var ee = name.upperBound
          if ee < n, s[ee].isa(WordClass.placeNoun) { ee += 1 }
          e = ee
        }
      }
    }
    let q: Quantity? = (count != nil || isAll) ? Quantity(count: count, isAll: isAll, unit: unit) : nil
    return PlaceHit(tokens: k0..<e, span: span(s, k..<e), quantity: q)
  }

  /// A capitalised name at k: words joined by name particles ("al", "el") and hyphens, optionally ending in a
  /// place suffix ("Hill"); not a function word, month, weekday or a force.
  func nameAt(_ s: [Token], _ k: Int, limit n: Int) -> Range<Int>? {
    guard k < n else { return nil }
    var j = k
    var words = 0
    var lastCap = -1
    while j < n && words < 7 {
      let t = s[j]
      guard t.kind == .word || (t.kind == .number && t.has(TokenFlags.hyphenBefore)) else { break }
      if t.has(TokenFlags.capitalized) {
        if j == k
          && (t.isa(WordClass.function) || t.isa(WordClass.month) || t.isa(WordClass.weekday)
            || t.isa(WordClass.speech) || t.isa(WordClass.control))
          && !t.isa(WordClass.placeSuffix)
        {
          return nil
        }
        if j > k && !t.has(TokenFlags.hyphenBefore) && (t.isa(WordClass.month) || t.isa(WordClass.weekday)) {
          break
        }
        lastCap = j
      } else if t.isa(WordClass.nameParticle) && j + 1 < n
        && (s[j + 1].has(TokenFlags.hyphenBefore)
          || (s[j + 1].has(TokenFlags.capitalized) && Run.spacedParticles.contains(t.hash)))
      {
        // particle inside or before a name
      } else if t.has(TokenFlags.hyphenBefore) && lastCap == j - 1 && !Run.modifiers.contains(t.hash) {
        lastCap = j  // "Katf al-Ghader", "Ain-al-arab"
      } else {
        break
      }
      words += 1
      j += 1
    }
    guard lastCap >= k else { return nil }
    let r = k..<(lastCap + 1)
    if r.count == 1 && Run.countries.contains(s[k].hash) { return nil }
    // Not a force: "Turkmen" alone is a people, "Turkmen Mountain" a place.
    let endsInSuffix = s[lastCap].isa(WordClass.placeSuffix)
    if !endsInSuffix, let m = x.factions.match(s, at: k, end: n), m.length >= r.count - 0 || m.length == r.count {
      return nil
    }
    if !endsInSuffix && r.count == 1 && s[k].has(TokenFlags.allCaps) && x.factions.match(s, at: k, end: n) != nil {
      return nil
    }
    return r
  }

  // MARK: Output

  /// A cheap grouping key: the referent when bracketed, ASCII-lower-cased letters and digits only.
  func normalizedKey(_ p: String) -> String {
    var p = p
    return p.withUTF8 { u in
      var lo = 0
      var hi = u.count
      if let o = u.firstIndex(of: 91), let c = u.lastIndex(of: 93), o < c {
        lo = o + 1
        hi = c
      }
      return String(unsafeUninitializedCapacity: max(hi - lo, 0)) { out in
        var j = 0
        for i in lo..<hi {
          var b = u[i]
          if b >= 65 && b <= 90 { b += 32 }
          if (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128 {
            out[j] = b
            j += 1
          }
        }
        return j
      }
    }
  }

  struct DedupKey: Hashable {
    var voice: String
    var place: String
    var side: Side
    var stance: Stance
    var event: ControlEvent

    /// The cheap fields first.
    static func == (a: DedupKey, b: DedupKey) -> Bool {
      a.stance == b.stance && a.event == b.event && a.side == b.side && a.place == b.place && a.voice == b.voice
    }
  }

  struct PlaceSideKey: Hashable {
    var place: String
    var side: Side
  }

  mutating func finish() -> [Claim] {
    var out: [Claim] = []
    let count = drafts.count
    out.reserveCapacity(count)
    // Loops, not closures: a closure over `self` in a mutating method copies the whole run.
    // The fields compared across drafts, copied out once (indexing `drafts[j].field` copies the whole draft).
    var texts: [String] = []
    var keys: [String] = []
    var facts: [(stance: Stance, event: ControlEvent, referent: Bool, dated: Bool)] = []
    var sides: [Side] = []
    var names: [String] = []
    texts.reserveCapacity(count)
    keys.reserveCapacity(count)
    facts.reserveCapacity(count)
    sides.reserveCapacity(count)
    names.reserveCapacity(count)
    for d in drafts {
      let t = placeText(d.place)
      texts.append(t)
      keys.append(normalizedKey(t))
      facts.append((d.stance, d.event, d.place.referent, d.when != nil))
      sides.append(d.side)
      names.append(d.voice.name)
    }
    // Small articles (the usual case) compare drafts in place; large ones hash (bounded cost on any input).
    let small = count <= 64
    var seen = FirstSeen<DedupKey>()
    var proposed: [Int] = []
    var datesByPlace = SmallMap<PlaceSideKey, TimeSpan>()
    if !small {
      for i in 0..<count {
        guard let w = drafts[i].when else { continue }
        datesByPlace.insertIfAbsent(PlaceSideKey(place: keys[i], side: drafts[i].side), w)
      }
    }
    // Quote texts by start offset (a sentence with several claims is made into a string once).
    var quotes: [(start: Int, text: String)] = []
    let idSeed = "x:" + article.id.rawValue + "#"
    // Gazetteer ids of the names already looked up in this article (the same place recurs across claims).
    var ids: [(name: String, id: PlaceID?)] = []
    for i in 0..<count {
      let d = drafts[i]
      if small {
        // The same (claimant, place, side, stance, event) is proposed once.
        var dup = false
        let f = facts[i]
        for j in proposed
        where facts[j].stance == f.stance && facts[j].event == f.event
          && facts[j].referent == f.referent && sides[j] == sides[i]
          && (f.referent ? texts[j] == texts[i] : keys[j] == keys[i]) && names[j] == names[i]
        {
          dup = true
          break
        }
        if dup { continue }
        proposed.append(i)
      } else {
        let key = DedupKey(
          voice: d.voice.name, place: d.place.referent ? texts[i] : keys[i], side: d.side,
          stance: d.stance, event: d.event)
        if !seen.insert(key) { continue }
      }
      var sameDated: TimeSpan? = nil
      if d.when == nil {
        if small {
          for j in 0..<count where facts[j].dated && sides[j] == sides[i] && keys[j] == keys[i] {
            sameDated = drafts[j].when
            break
          }
        } else {
          sameDated = datesByPlace[PlaceSideKey(place: keys[i], side: d.side)]
        }
      }
      let when = d.when ?? sameDated ?? leadDate ?? firstDated ?? .day(article.published)
      let id = ClaimExtractor.claimID(seed: idSeed, index: out.count + 1)
      let quoteText: String
      if let q = quotes.last(where: { $0.start == d.quote.lowerBound }) {
        quoteText = q.text
      } else {
        quoteText = str(d.quote)
        if quotes.count >= 16 { quotes.removeFirst() }
        quotes.append((d.quote.lowerBound, quoteText))
      }
      let placeText = texts[i]
      let lookupName = d.place.referentText ?? placeText
      var placeID: PlaceID? = nil
      if let known = ids.firstIndex(where: { $0.name == lookupName }) {
        placeID = ids[known].id
      } else {
        placeID = x.placeLexicon.placeID(for: lookupName)
        if ids.count < 32 { ids.append((lookupName, placeID)) }
      }
      out.append(
        Claim(
          id: id, claimant: Claimant(name: d.voice.name, side: d.voice.side),
          reportedBy: Report(
            outlet: article.outlet, article: article.id, url: article.url,
            published: article.published,
            chain: d.voice.name == article.outlet
              ? [article.outlet]
              : [article.outlet] + d.via + [d.voice.name]),
          place: PlaceRef(id: placeID, text: placeText, idFromGazetteer: !d.place.referent),
          controller: ControllerRef(side: d.side), stance: d.stance, event: d.event, when: when,
          quantity: d.place.quantity, evidence: Evidence(quote: quoteText, article: article.id, range: d.quote),
          origin: .extracted, status: .proposed,
          note: d.place.referent ? "place resolved from an earlier mention" : nil))
    }
    return out
  }
}

/// Set membership that remembers the first occurrence: a linear scan while small (no hashing, no allocation
/// beyond one array), a hash set once it grows (bounded cost on pathological articles).
struct FirstSeen<Key: Hashable> {
  var small: [Key] = []
  var large: Set<Key>? = nil

  /// Inserts `k`; false when it was already there.
  mutating func insert(_ k: Key) -> Bool {
    if large != nil { return large!.insert(k).inserted }
    for e in small where e == k { return false }
    small.append(k)
    if small.count > 32 {
      large = Set(small)
      small = []
    }
    return true
  }
}

/// A map that keeps the first value per key, scanned linearly while small and hashed once it grows.
struct SmallMap<Key: Hashable, Value> {
  var small: [(Key, Value)] = []
  var large: [Key: Value]? = nil

  /// Stores `v` under `k` unless `k` already has a value.
  mutating func insertIfAbsent(_ k: Key, _ v: Value) {
    if large != nil {
      if large![k] == nil { large![k] = v }
      return
    }
    for e in small where e.0 == k { return }
    small.append((k, v))
    if small.count > 32 {
      var d: [Key: Value] = [:]
      for (a, b) in small where d[a] == nil { d[a] = b }
      large = d
      small = []
    }
  }

  /// The value stored under `k`.
  subscript(_ k: Key) -> Value? {
    if let l = large { return l[k] }
    for e in small where e.0 == k { return e.1 }
    return nil
  }
}

/// Word hashes the extractor compares against, computed once.
enum W {
  static let `against`: UInt64 = 0x3ef0_bdad_da0c_0a00
  static let `aided`: UInt64 = 0x2a47_e2e6_0ef5_0e18
  static let `aligned`: UInt64 = 0xd8a1_f583_6414_229f
  static let `allied`: UInt64 = 0x9939_cb85_b1ec_0e16
  static let `any`: UInt64 = 0xe6f7_b419_0520_23cd
  static let `assisted`: UInt64 = 0xf97f_da8f_1974_c0af
  static let `between`: UInt64 = 0x13f5_793e_33eb_da4f
  static let `cent`: UInt64 = 0xd992_0290_fd6b_234f
  static let `complete`: UInt64 = 0x3112_ec9a_a29a_b642
  static let `controlled`: UInt64 = 0x18b8_d05b_56f6_b857
  static let `each`: UInt64 = 0x214b_ac60_1e6d_7da8
  static let `every`: UInt64 = 0x1153_9700_79d1_c964
  static let `failed`: UInt64 = 0xd733_8946_b423_94f4
  static let `first`: UInt64 = 0x89d7_ed7f_996f_1d41
  static let `forced`: UInt64 = 0x0e49_b28e_befa_2a80
  static let `full`: UInt64 = 0x865b_7478_db00_e67c
  static let `held`: UInt64 = 0x0a99_04cc_5fa2_48be
  static let `its`: UInt64 = 0x2bb3_ea19_2be5_4d99
  static let `least`: UInt64 = 0x549a_160a_4938_aa56
  static let `located`: UInt64 = 0x40b7_f7a6_3673_81a1
  static let `newly`: UInt64 = 0xd668_3d1e_4388_9f1a
  static let `out`: UInt64 = 0x19f7_9b19_21bb_cfff
  static let `over`: UInt64 = 0xc2a3_8db4_4454_a06f
  static let `recently`: UInt64 = 0xb71c_504a_6ca4_4e1d
  static let `such`: UInt64 = 0xb6cd_6919_21c5_3a5e
  static let `than`: UInt64 = 0x256c_c7ef_3232_833a
  static let `these`: UInt64 = 0xeaf1_ba72_5db4_c0c8
  static let `total`: UInt64 = 0x2dce_de7d_543a_4ffd
  static let `unable`: UInt64 = 0x4a1a_8fd2_33b2_905e
}
