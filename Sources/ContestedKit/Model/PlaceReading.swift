/// What a place's text says: the head place it names and how much of it (``Extent``).
///
/// "nearly 90% of Kupiansk" → Kupiansk, part 90; "the army headquarters in the city of X" → X, site "the army
/// headquarters"; "Hodeida's airport" → Hodeida, site "airport"; "the city centre [Kobane]" → Kobane, centre. A
/// bracketed referent names the place ("its headquarters [Sixth Division base, El Fasher]": the last part is the
/// head, the others the site). The rules are `ExtentRule.all` plus the site nouns below.
public struct PlaceReading: Hashable, Sendable {
  /// The head place's text, without a leading article; empty when the text names no place ("the city centre").
  public var head: String
  /// Nil when the text is about the place as named.
  public var extent: Extent?

  public init(head: String, extent: Extent?) {
    self.head = head
    self.extent = extent
  }

  /// Nouns that name a site inside a place.
  static let siteNouns: Set<String> = [
    "airport", "airbase", "base", "bases", "headquarters", "hq", "command", "barracks", "garrison", "terminal",
    "building", "buildings", "hospital", "prison", "palace", "factory", "refinery", "port", "station", "dam",
    "bridge", "checkpoint", "gate", "compound", "field", "plant", "university", "stadium", "square", "positions",
    "post", "posts", "outpost", "academy", "complex", "citadel", "castle", "fort", "fortress", "tower", "mosque",
    "school", "college", "silos",
  ]
  /// Sites that are parts of a larger site ("the main terminal" of an airport).
  static let subSiteNouns: Set<String> = [
    "terminal", "building", "buildings", "gate", "tower", "runway", "hangar", "positions", "post", "posts",
  ]
  /// Sites named after their place without a preposition ("Hodeida airport", "Kuweires air base").
  static let suffixSites: Set<String> = ["airport", "airbase", "base", "port", "dam", "refinery", "citadel"]
  /// Quarters that are sites when a name precedes them ("the Hanano district of Aleppo").
  static let namedQuarters: Set<String> = ["district", "neighbourhood", "neighborhood", "quarter"]
  /// Words that name a kind of place, not a place ("the city", "a town").
  static let genericHeads: Set<String> = [
    "city", "town", "village", "district", "region", "area", "facility", "province", "governorate", "place",
  ]
  /// Tails that add the surroundings to the place itself ("X and its surroundings"): the claim is about X.
  static let surroundingTails = [
    " and its surroundings", " and its surrounding areas", " and its surrounding area", " and its environs",
    " and its vicinity", " and its vicinities", " and its countryside", " and its outskirts", " and surroundings",
  ]

  /// Reads `text` (see the type's description).
  public static func read(_ text: String) -> PlaceReading {
    let t = text.replacingASCIIApostrophes()
    if let open = t.firstIndex(of: "["), let close = t.lastIndex(of: "]"), open < close {
      return bracketed(outer: String(t[..<open]), inner: String(t[t.index(after: open)..<close]))
    }
    return plain(t)
  }

  static func bracketed(outer: String, inner: String) -> PlaceReading {
    let parts = inner.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
    var base: PlaceReading
    if parts.count >= 2 {
      base = PlaceReading(
        head: parts[parts.count - 1], extent: Extent(kind: .site, site: parts.dropLast().joined(separator: ", ")))
    } else {
      base = plain(parts.first ?? inner.trimmed)
    }
    let described = plain(outer.trimmed)
    guard var e = described.extent else { return base }
    if let site = base.extent?.site {
      // A qualifier of a named site ("most of [X airport]") applies to the site; a part of a site ("the main
      // terminal [X airport]") is part of it; another word for the site itself ("its headquarters [6th Division
      // base, X]") changes nothing.
      if e.kind == .site {
        let words = Extent.siteWords(e.site ?? "")
        guard !words.isDisjoint(with: subSiteNouns) else { return base }
        e = Extent(kind: .part, site: site)
      } else {
        e.site = site
      }
    }
    base.extent = e
    return base
  }

  static func plain(_ text: String) -> PlaceReading {
    var t = text.trimmed
    let lower = t.lowercased()
    for tail in surroundingTails where lower.hasSuffix(tail) {
      t = String(t.dropLast(tail.count))
      break
    }
    var tokens = t.split(separator: " ").map(String.init)
    while let first = tokens.first, ["the", "a", "an"].contains(first.lowercased()) { tokens.removeFirst() }
    if tokens.isEmpty { return PlaceReading(head: "", extent: nil) }
    let words = tokens.map(word)
    if let r = leading(tokens, words) { return r }
    if let r = trailing(tokens, words) { return r }
    if let r = site(tokens, words) { return r }
    return PlaceReading(head: headText(tokens[...]), extent: nil)
  }

  /// A token as a pattern word: lower-case, outer punctuation removed ("city's" → "city's", "(east)" → "east").
  static func word(_ token: String) -> String {
    let lower = token.lowercased()
    let scalars = lower.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    func isMark(_ s: Unicode.Scalar) -> Bool { ",.;:()\"“”".unicodeScalars.contains(s) }
    while start < end, isMark(scalars[start]) { start = scalars.index(after: start) }
    while end > start, isMark(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }

  /// Whether pattern word `p` matches text word `w`; a stated number is returned through `share`.
  static func matches(_ p: String, _ w: String, share: inout Int?) -> Bool {
    switch p {
    case "#":
      let digits = w.hasSuffix("%") ? String(w.dropLast()) : w
      guard !digits.isEmpty, digits.allSatisfy(\.isNumber), let n = Int(digits), n <= 100 else { return false }
      share = n
      return true
    case "*": return ExtentRule.directions.contains(w)
    default: return p == w
    }
  }

  static func leading(_ tokens: [String], _ words: [String]) -> PlaceReading? {
    var start = 0
    while start < words.count - 1, ExtentRule.shareModifiers.contains(words[start]),
      words[start + 1].first?.isNumber == true || ExtentRule.shareModifiers.contains(words[start + 1])
    {
      start += 1
    }
    for rule in ExtentRule.all where rule.position == .leading {
      for pattern in rule.patterns {
        var from = pattern.first == "#" ? start : 0
        if pattern.first.map({ !ExtentRule.quantifiers.contains($0) }) ?? false {
          while from < words.count - 1, ExtentRule.quantifiers.contains(words[from]) { from += 1 }
        }
        guard !pattern.isEmpty, from + pattern.count <= words.count else { continue }
        var share: Int?
        var ok = true
        var wordsOut = words[from...].prefix(pattern.count).makeIterator()
        for p in pattern {
          guard let w = wordsOut.next() else { break }
          if !matches(p, w, share: &share) {
            ok = false
            break
          }
        }
        guard ok else { continue }
        let rest = Array(tokens[(from + pattern.count)...])
        // A pattern that stands alone ("pockets") must be the whole text; one ending in a preposition needs a rest.
        if pattern.last != "of" && pattern.last != "in" && pattern.count == 1 && !rest.isEmpty && rule.kind != .centre
          && rule.kind != .surroundings && rule.kind != .whole
        {
          continue
        }
        return reading(rest, rule: rule, share: share ?? rule.share)
      }
    }
    return nil
  }

  /// The reading for a leading rule's rest: the rest may itself name a site ("the territory of X airport").
  static func reading(_ rest: [String], rule: ExtentRule, share: Int?) -> PlaceReading {
    let inner = rest.isEmpty ? PlaceReading(head: "", extent: nil) : plain(rest.joined(separator: " "))
    let e = Extent(kind: rule.kind, share: share, most: rule.most, site: inner.extent?.site)
    return PlaceReading(head: inner.head, extent: e)
  }

  static func trailing(_ tokens: [String], _ words: [String]) -> PlaceReading? {
    for rule in ExtentRule.all where rule.position == .trailing {
      for pattern in rule.patterns where pattern.count < words.count {
        var share: Int?
        let tail = words.suffix(pattern.count)
        guard zip(pattern, tail).allSatisfy({ matches($0, $1, share: &share) }) else { continue }
        let head = tokens.prefix(tokens.count - pattern.count)
        return PlaceReading(
          head: headText(head), extent: Extent(kind: rule.kind, share: share ?? rule.share, most: rule.most))
      }
    }
    return nil
  }

  static func site(_ tokens: [String], _ words: [String]) -> PlaceReading? {
    func noun(_ w: String) -> String { w.hasSuffix("'s") ? String(w.dropLast(2)) : w }
    guard
      let i = words.firstIndex(where: { siteNouns.contains(noun($0)) })
        ?? words.indices.first(where: {
          namedQuarters.contains(words[$0]) && $0 > 0 && tokens[$0 - 1].first?.isUppercase == true
        })
    else { return nil }
    // "<site> in/at/of <place>": the first preposition after the site noun whose rest names no other site.
    for p in words.indices where p > i && p + 1 < tokens.count && ["in", "at", "of"].contains(words[p]) {
      if words[(p + 1)...].contains(where: { siteNouns.contains(noun($0)) }) { continue }
      let head = tokens[(p + 1)...]
      let named = head.contains { $0.first?.isUppercase == true }
      if words[p] != "of" || named {
        return PlaceReading(
          head: named ? headText(head) : "",
          extent: Extent(kind: .site, site: tokens[..<p].joined(separator: " ")))
      }
    }
    // "<Place>'s <site>" and "<Place> airport".
    let unnamed = PlaceReading(head: "", extent: Extent(kind: .site, site: tokens.joined(separator: " ")))
    guard i > 0, i == words.count - 1 || words[(i + 1)...].allSatisfy({ siteNouns.contains($0) }) else {
      return unnamed
    }
    var j = i
    while j > 0, ["international", "air", "military", "main", "civil", "army"].contains(words[j - 1]) { j -= 1 }
    guard j > 0, tokens[j - 1].first?.isUppercase == true else { return unnamed }
    let possessive = words[j - 1].hasSuffix("'s") || words[j - 1].hasSuffix("s'")
    guard possessive || suffixSites.contains(noun(words[i])) else { return nil }
    return PlaceReading(
      head: headText(tokens[..<j]), extent: Extent(kind: .site, site: tokens[j...].joined(separator: " ")))
  }

  /// The head's text: articles and a possessive ending removed; empty when it only names a kind of place.
  static func headText(_ tokens: ArraySlice<String>) -> String {
    var t = Array(tokens)
    // "the Syrian border town of Kobane": the name after the last "<kind> of".
    if let k = t.indices.last(where: {
      $0 + 2 < t.count && genericHeads.contains(t[$0].lowercased()) && t[$0 + 1].lowercased() == "of"
    }) {
      t = Array(t[(k + 2)...])
    }
    while let first = t.first, ["the", "a", "an"].contains(first.lowercased()) { t.removeFirst() }
    guard var last = t.last else { return "" }
    if last.hasSuffix("'s") {
      last.removeLast(2)
    } else if last.hasSuffix("s'") || last.hasSuffix("'") {
      last.removeLast()
    }
    t[t.count - 1] = last
    return t.joined(separator: " ")
  }
}
