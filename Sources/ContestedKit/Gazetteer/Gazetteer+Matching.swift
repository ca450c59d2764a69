/// A candidate place for a name, with how well the name matched (1 exact normal form, 0.9 vowel-blind,
/// below that edit distance).
public struct PlaceMatch: Hashable, Sendable {
  /// The candidate place.
  public var place: Place
  /// Match quality in 0...1.
  public var score: Double
  /// The stored name or alias that matched.
  public var matchedName: String

  /// Creates a match.
  public init(place: Place, score: Double, matchedName: String) {
    self.place = place
    self.score = score
    self.matchedName = matchedName
  }
}

/// The outcome of resolving a place name.
public enum PlaceResolution: Hashable, Sendable {
  /// One place fits.
  case resolved(PlaceMatch)
  /// Several places fit equally well; best first. The reviewer picks.
  case ambiguous([PlaceMatch])
  /// Nothing fits well enough to pick; the closest names, best first (may be empty).
  case unknown(suggestions: [PlaceMatch])

  /// The resolved place, if any.
  public var place: Place? {
    if case .resolved(let m) = self { return m.place }
    return nil
  }

  /// Every candidate, best first (the resolved one, the ambiguous ones, or the suggestions).
  public var candidates: [PlaceMatch] {
    switch self {
    case .resolved(let m): [m]
    case .ambiguous(let ms): ms
    case .unknown(let ms): ms
    }
  }
}

/// What else is known about the article a name comes from.
public struct ResolutionContext: Hashable, Sendable {
  /// The governorate (or any containing region) the article is about, e.g. `adm1:SY-LA`.
  public var governorate: PlaceID?
  /// Places already resolved in the same article.
  public var nearby: [PlaceID]
  /// Distance in km under which a candidate counts as near a `nearby` place.
  public var nearbyKilometres: Double

  /// Creates a context.
  public init(governorate: PlaceID? = nil, nearby: [PlaceID] = [], nearbyKilometres: Double = 30) {
    self.governorate = governorate
    self.nearby = nearby
    self.nearbyKilometres = nearbyKilometres
  }

  /// True when the context says nothing.
  public var isEmpty: Bool { governorate == nil && nearby.isEmpty }
}

extension Gazetteer {
  /// Scores for each matching tier.
  enum Tier {
    static let exact = 1.0
    static let loose = 0.9
    /// Fuzzy hits below this never auto-resolve.
    static let fuzzyAuto = 0.85
    /// Minimum key length (bytes) for a vowel-blind hit to auto-resolve ("Kabani" ~ "Kobani" is too short).
    static let looseAutoLength = 7
    /// Minimum key length for an edit-distance hit to auto-resolve.
    static let fuzzyAutoLength = 8
  }

  /// Resolves `name` to a place: exact normal form first, then vowel-blind, then edit distance.
  ///
  /// Only an exact or a long, unique near match resolves; several equally good candidates are narrowed by
  /// `context` (same governorate, or near places already named in the article) and otherwise returned as
  /// `.ambiguous` for the reviewer. A near match is never resolved when another place is about as close, nor
  /// when the context names a governorate the candidate is not in.
  public func resolve(_ name: String, context: ResolutionContext = .init()) -> PlaceResolution {
    if let code = storage.raw.value(for: name) {
      if code >= 0 && context.isEmpty { return .resolved(match(NameHit(code), score: Tier.exact)) }
      return pickExact(storage.hits(code), key: nil, name: name, context: context)
    }
    var buffer = WordBuffer()
    buffer.fill(from: name)
    if let code = storage.exactBytes.value(for: buffer.bytes) {
      if code >= 0 && context.isEmpty { return .resolved(match(NameHit(code), score: Tier.exact)) }
      return pickExact(storage.hits(code), key: NameKeys(buffer: buffer), name: name, context: context)
    }
    let keys = NameKeys(buffer: buffer)
    return resolveNear(keys, context: context)
  }

  /// Ranked candidates for `name` over all tiers (for search and suggestions), best first.
  public func candidates(for name: String, limit: Int = 10) -> [PlaceMatch] {
    let keys = NameKeys(name)
    var best: [Int32: PlaceMatch] = [:]
    func add(_ hit: NameHit, _ score: Double) {
      let m = match(hit, score: score)
      if let old = best[hit.place], old.score >= score { return }
      best[hit.place] = m
    }
    for h in storage.exactHits(keys.key) ?? [] { add(h, Tier.exact) }
    let (close, far) = looseMatches(keys)
    for m in close + far where (best[storage.indexByID[m.place.id] ?? -1]?.score ?? -1) < m.score {
      if let i = storage.indexByID[m.place.id] { best[i] = m }
    }
    for (hit, score) in fuzzyHits(keys.key, suggestions: true) { add(hit, score) }
    return Array(rank(Array(best.values)).prefix(max(0, limit)))
  }

  /// The stored names of `place` whose normal form equals that of `name` (for explaining a match).
  public func normalFormMatches(_ name: String) -> [Place] {
    (storage.exactHits(NameKeys(name).key) ?? []).map { places[Int($0.place)] }
  }

  // MARK: - Longest match in running text

  /// The longest place name that starts at the first of `words` (raw tokens from running text, e.g.
  /// `["al-Turkmen", "Mountain", "region"]`), matched by normal form (and vowel-blind for long names).
  ///
  /// - Parameters:
  ///   - words: tokens split on white space; hyphens and apostrophes may stay inside tokens.
  ///   - requireCapital: when true (the default), the first token must contain an upper-case letter (after an
  ///     article such as `al-`) or be non-Latin, so that common lower-case words are not taken for places.
  /// - Returns: the best match and how many tokens it spans, or nil.
  public func match(prefixOf words: ArraySlice<Substring>, requireCapital: Bool = true) -> (
    match: PlaceMatch, wordCount: Int
  )? {
    guard let r = resolvePrefix(of: words, requireCapital: requireCapital) else { return nil }
    guard let first = r.resolution.candidates.first else { return nil }
    return (first, r.wordCount)
  }

  /// Like ``match(prefixOf:requireCapital:)`` but returns the full resolution, narrowed by `context`.
  public func resolvePrefix(
    of words: ArraySlice<Substring>, context: ResolutionContext = .init(), requireCapital: Bool = true
  ) -> (resolution: PlaceResolution, wordCount: Int)? {
    guard let firstWord = words.first else { return nil }
    if requireCapital && !Self.looksLikeName(firstWord) { return nil }
    let upper = min(words.count, storage.maxWords + 1)
    var n = upper
    while n >= 1 {
      var text = ""
      for (i, w) in words.prefix(n).enumerated() {
        if i > 0 { text += " " }
        text += Self.trimmedToken(w, isLast: i == n - 1)
      }
      let keys = NameKeys(text)
      if keys.isIndexable {
        if let code = storage.exactBytes.value(for: keys.buffer.bytes) {
          return (pickExact(storage.hits(code), key: keys, name: text, context: context), n)
        }
        if keys.key.utf8.count >= Tier.looseAutoLength {
          let near = looseMatches(keys).close
          if !near.isEmpty, case .resolved(let m) = pick(near, context: context) { return (.resolved(m), n) }
        }
      }
      n -= 1
    }
    return nil
  }

  /// Drops trailing punctuation such as "Kansaba," or "Saraqeb." (but keeps inner hyphens and apostrophes).
  static func trimmedToken(_ w: Substring, isLast: Bool) -> Substring {
    var t = w
    while let c = t.unicodeScalars.last, Self.trailingPunctuation.contains(c.value) {
      t = Substring(t.unicodeScalars.dropLast())
    }
    while let c = t.unicodeScalars.first, Self.leadingPunctuation.contains(c.value) {
      t = Substring(t.unicodeScalars.dropFirst())
    }
    if t.utf8.count > 2, t.hasSuffix("'s") || t.hasSuffix("’s") {
      t = Substring(t.unicodeScalars.dropLast(2))
    }
    return t
  }

  private static let trailingPunctuation: Set<UInt32> = [
    0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x22, 0x201D, 0x2019, 0x27, 0x21, 0x3F, 0x5D,
  ]
  private static let leadingPunctuation: Set<UInt32> = [0x28, 0x22, 0x201C, 0x2018, 0x5B]

  /// True when a token has a capital letter (also after a lower-case article: "al-Turkmen") or is in Arabic script.
  static func looksLikeName(_ token: Substring) -> Bool {
    for s in token.unicodeScalars {
      if s.value >= 0x41 && s.value <= 0x5A { return true }
      if s.value >= 0x600 && s.value <= 0x6FF { return true }
      if s.value > 0x7F && s.properties.isUppercase { return true }
    }
    return false
  }

  // MARK: - Internals

  func match(_ hit: NameHit, score: Double) -> PlaceMatch {
    let place = places[Int(hit.place)]
    let n = Int(hit.name)
    let name = n == 0 ? place.name : (n - 1 < place.aliases.count ? place.aliases[n - 1] : place.name)
    return PlaceMatch(place: place, score: score, matchedName: name)
  }

  private func pickExact(_ hits: [NameHit], key: NameKeys?, name: String, context: ResolutionContext)
    -> PlaceResolution
  {
    if hits.count == 1 && context.isEmpty { return .resolved(match(hits[0], score: Tier.exact)) }
    let matches = hits.map { match($0, score: Tier.exact) }
    if context.isEmpty { return pick(matches, context: context) }
    // An exact hit outside the article's area, while a vowel-blind one is inside it: let the reviewer pick
    // ("Ain Issa" in a Latakia article may be Ein Eisa of Jabal al-Turkman, not ‘Ayn ‘Īsá of Raqqa).
    if !matches.contains(where: { contextScore($0.place, context) > 0 }) {
      let keys = key ?? NameKeys(name)
      let near = (storage.loose[keys.loose] ?? []).filter { h in !hits.contains { $0.place == h.place } }
        .map { match($0, score: Tier.loose) }.filter { contextScore($0.place, context) > 0 }
      if !near.isEmpty { return .ambiguous(rank(matches + near, context: context)) }
    }
    return pick(matches, context: context)
  }

  private func resolveNear(_ keys: NameKeys, context: ResolutionContext) -> PlaceResolution {
    guard keys.isIndexable else { return .unknown(suggestions: []) }
    let length = keys.key.utf8.count
    if storage.loose[keys.loose] != nil {
      let (close, far) = looseMatches(keys)
      let inContext = context.governorate == nil || close.contains { isInGovernorate($0.place, context) }
      if length >= Tier.looseAutoLength && !close.isEmpty && inContext {
        let r = pick(close, context: context)
        if case .resolved(let m) = r, context.governorate == nil || isInGovernorate(m.place, context) { return r }
        if case .ambiguous = r { return r }
      }
      return .unknown(suggestions: rank(close + far, context: context))
    }
    let fuzzy = fuzzyHits(keys.key, suggestions: true)
    guard !fuzzy.isEmpty else { return .unknown(suggestions: []) }
    var best: [Int32: PlaceMatch] = [:]
    for (hit, score) in fuzzy where (best[hit.place]?.score ?? -1) < score {
      best[hit.place] = match(hit, score: score)
    }
    let ranked = rank(Array(best.values), context: context)
    let top = ranked[0]
    let runnerUp = ranked.count > 1 ? ranked[1].score : 0
    // "Also close to another place": the runner-up is within one edit of the best.
    let oneEdit = 1.0 / Double(max(length, 1))
    let clear = runnerUp < top.score - oneEdit + 1e-9
    if length >= Tier.fuzzyAutoLength && top.score >= Tier.fuzzyAuto && clear
      && (context.governorate == nil || isInGovernorate(top.place, context))
    {
      return .resolved(top)
    }
    return .unknown(suggestions: Array(ranked.prefix(5)))
  }

  /// Vowel-blind hits split into those one vowel edit away (two for keys of 10+ bytes: "Kansaba" ~ "Qansiba")
  /// and the rest ("Hodeidah" ~ "Hadidah" differ by two edits in 7 letters: only a suggestion).
  func looseMatches(_ keys: NameKeys) -> (close: [PlaceMatch], far: [PlaceMatch]) {
    guard let hits = storage.loose[keys.loose] else { return ([], []) }
    let a = Array(keys.key.utf8)
    let limit = a.count >= 10 ? 2 : 1
    var row = [Int](repeating: 0, count: a.count + 1)
    var previous = row
    var close: [PlaceMatch] = []
    var far: [PlaceMatch] = []
    for hit in hits {
      let m = match(hit, score: Tier.loose)
      let b = Array(NameKeys(m.matchedName).key.utf8)
      if Self.boundedDistance(a, b, limit: limit, &row, &previous) != nil {
        close.append(m)
      } else {
        far.append(PlaceMatch(place: m.place, score: Tier.loose - 0.1, matchedName: m.matchedName))
      }
    }
    return (close, far)
  }

  /// Picks one match when the context or the kind of place decides, else returns all as ambiguous.
  func pick(_ matches: [PlaceMatch], context: ResolutionContext) -> PlaceResolution {
    if matches.count == 1 { return .resolved(matches[0]) }
    if context.isEmpty, let first = matches.first, matches.allSatisfy({ $0.score == first.score }) {
      // Fast path: no context, equal scores: a single place of the lowest kind rank wins.
      var best = 0
      var tie = false
      for i in 1..<matches.count {
        let r = matches[i].place.kind.rank
        let b = matches[best].place.kind.rank
        if r < b {
          best = i
          tie = false
        } else if r == b && matches[i].place.id != matches[best].place.id {
          tie = true
        }
      }
      if !tie { return .resolved(matches[best]) }
    }
    var unique: [PlaceID: PlaceMatch] = [:]
    for m in matches where (unique[m.place.id]?.score ?? -1) < m.score { unique[m.place.id] = m }
    if unique.count == 1, let only = unique.values.first { return .resolved(only) }
    let ranked = rank(Array(unique.values), context: context)
    guard ranked.count >= 2 else { return .unknown(suggestions: []) }
    let a = ranked[0]
    let b = ranked[1]
    let ca = contextScore(a.place, context)
    let cb = contextScore(b.place, context)
    if a.score > b.score || ca > cb || (ca == cb && a.place.kind.rank < b.place.kind.rank) {
      return .resolved(a)
    }
    return .ambiguous(ranked)
  }

  /// Sorts by score, context, kind (populated first), population, then id.
  func rank(_ matches: [PlaceMatch], context: ResolutionContext = .init()) -> [PlaceMatch] {
    let scored = matches.map { ($0, contextScore($0.place, context)) }
    return scored.sorted { l, r in
      if l.0.score != r.0.score { return l.0.score > r.0.score }
      if l.1 != r.1 { return l.1 > r.1 }
      if l.0.place.kind.rank != r.0.place.kind.rank { return l.0.place.kind.rank < r.0.place.kind.rank }
      let lp = l.0.place.population ?? 0
      let rp = r.0.place.population ?? 0
      if lp != rp { return lp > rp }
      return l.0.place.id < r.0.place.id
    }.map(\.0)
  }

  /// 2 for a place in the context governorate, +1 for one near (or sharing a region with) a place already
  /// named in the article.
  func contextScore(_ place: Place, _ context: ResolutionContext) -> Int {
    if context.isEmpty { return 0 }
    var score = 0
    if isInGovernorate(place, context) { score += 2 }
    if isNear(place, context) { score += 1 }
    return score
  }

  private func isInGovernorate(_ place: Place, _ context: ResolutionContext) -> Bool {
    guard let g = context.governorate else { return false }
    return place.id == g || contains(region: g, place: place.id)
  }

  private func isNear(_ place: Place, _ context: ResolutionContext) -> Bool {
    guard !context.nearby.isEmpty, let i = storage.indexByID[place.id] else { return false }
    let mine = Set(
      storage.ancestors[Int(i)].filter { places[Int($0)].kind == .region || places[Int($0)].kind == .district })
    for id in context.nearby where id != place.id {
      guard let j = storage.indexByID[id] else { continue }
      let other = places[Int(j)]
      if let d = place.distance(to: other), d <= context.nearbyKilometres { return true }
      if storage.ancestors[Int(j)].contains(i) || storage.ancestors[Int(i)].contains(j) { return true }
      if storage.ancestors[Int(j)].contains(where: { mine.contains($0) }) { return true }
    }
    return false
  }

  /// Edit-distance hits for `key`: (hit, score), score = 1 - distance / longer length.
  func fuzzyHits(_ key: String, suggestions: Bool) -> [(NameHit, Double)] {
    let a = Array(key.utf8)
    let n = a.count
    guard n >= 4 else { return [] }
    let maxDistance = n >= 12 ? 3 : n >= 8 ? 2 : 1
    var out: [(NameHit, Double)] = []
    let lo = max(0, n - maxDistance)
    let hi = min(storage.byLength.count - 1, n + maxDistance)
    guard lo <= hi else { return [] }
    var row = [Int](repeating: 0, count: n + 1)
    var previous = [Int](repeating: 0, count: n + 1)
    for length in lo...hi {
      for entry in storage.byLength[length] {
        guard let d = Self.boundedDistance(a, entry.key, limit: maxDistance, &row, &previous) else { continue }
        let score = 1 - Double(d) / Double(max(n, entry.key.count))
        if score >= 0.6 { out.append((entry.hit, min(score, 0.89))) }
      }
    }
    return out
  }

  /// Levenshtein distance, or nil when it exceeds `limit` (rows are scratch buffers of size a.count + 1).
  static func boundedDistance(_ a: [UInt8], _ b: [UInt8], limit: Int, _ row: inout [Int], _ previous: inout [Int])
    -> Int?
  {
    let n = a.count
    let m = b.count
    if abs(n - m) > limit { return nil }
    for i in 0...n { previous[i] = i }
    for j in 1...max(m, 1) where m > 0 {
      row[0] = j
      var rowMin = j
      let bj = b[j - 1]
      for i in 1...max(n, 1) where n > 0 {
        let cost = a[i - 1] == bj ? 0 : 1
        let v = min(previous[i] + 1, row[i - 1] + 1, previous[i - 1] + cost)
        row[i] = v
        if v < rowMin { rowMin = v }
      }
      if rowMin > limit { return nil }
      swap(&row, &previous)
    }
    let d = previous[n]
    return d <= limit ? d : nil
  }
}
