/// Who a sentence says is speaking, and where in the sentence the attribution sits.
public struct Attribution: Sendable, Hashable {
  /// The claimant as written ("Abu Khalid Ghandour", "military sources"), or the pronoun ("he").
  public var name: String
  /// Token indices of the claimant phrase.
  public var tokens: Range<Int>
  /// Token index of the speech word ("said", "according").
  public var verb: Int
  /// True when the claimant is a pronoun that must be resolved from earlier sentences.
  public var isPronoun: Bool
}

/// Finds attributions in a sentence: "X said", "X told Y", "according to X", "X reported", "as X stated on
/// Twitter", "a spokesman for X", and attribution after a quote (", he said.", ", said X.").
public enum AttributionFinder {
  static let excludedLeading: WordSet = WordSet(
    [
      "the", "a", "an", "also", "and", "but", "however", "meanwhile",
      "reports", "from", "by", "as", "in", "on",
    ].map(WordHash.of))
  static let reportNouns: WordSet = WordSet(
    [
      "reports", "report", "a", "statement", "statements", "claims",
      "the", "from", "by", "of", "in", "citing", "quoted",
    ].map(WordHash.of))
  static let passiveBlock: WordSet = WordSet(
    [
      "was", "were", "been", "being", "is", "are", "be", "not", "no",
      "widely", "reportedly", "unconfirmed",
    ]
    .map(WordHash.of))
  static let participles: WordSet = WordSet(
    [
      "saying", "adding", "claiming", "insisting", "stressing", "noting",
      "stating", "explaining", "warning",
    ].map(WordHash.of))
  static let notSpeech: WordSet = WordSet(
    [
      "reports", "report", "claims", "claim", "state", "states",
      "claimed", "report",
    ].map(WordHash.of))

  /// All attributions in the sentence, in order.
  public static func find(in s: [Token], bytes: [UInt8]) -> [Attribution] {
    var out: [Attribution] = []
    let n = s.count
    var i = 0
    while i < n {
      let t = s[i]
      guard t.kind == .word, t.isa(WordClass.speech) else {
        i += 1
        continue
      }
      // "according to X".
      if t.hash == H.according {
        if i + 1 < n, s[i + 1].hash == H.to {
          var a = i + 2
          while a < n, reportNouns.contains(s[a].hash) { a += 1 }
          let b = phraseEnd(s, from: a, limit: 12)
          if b > a { out.append(make(s, bytes, a..<b, verb: i)) }
        }
        i += 1
        continue
      }
      // Nouns and states that share a form with a speech verb.
      if notSpeech.contains(t.hash) {
        // "reports" as a verb: "X reports that", but "reports from X" is a noun.
        if !(i + 1 < n && s[i + 1].hash == H.that) || i == 0 || s[i - 1].isa(WordClass.denial)
          || s[i - 1].hash == H.the || s[i - 1].hash == H.a
        {
          i += 1
          continue
        }
      }
      if i > 0, passiveBlock.contains(s[i - 1].hash), t.hash != H.said {
        i += 1
        continue
      }
      // ", saying …", ", adding …": the speaker of the main clause.
      if participles.contains(t.hash), i > 0, s[i - 1].kind == .punct, s[i - 1].hash == 44 {
        if let prev = out.last {
          out.append(Attribution(name: prev.name, tokens: prev.tokens, verb: i, isPronoun: prev.isPronoun))
        } else if let v0 = (0..<i).first(where: { s[$0].isa(WordClass.denial) || s[$0].isa(WordClass.speech) }),
          let a = subjectStart(s, before: v0), a < v0
        {
          let range = trimmed(s, a..<skipAdverbsBack(s, v0))
          if !range.isEmpty { out.append(make(s, bytes, range, verb: i)) }
        }
        i += 1
        continue
      }
      // "X denied the report and said …": the subject of the first verb.
      if i > 1, s[i - 1].hash == H.and || s[i - 1].hash == H.but,
        let v0 = (max(0, i - 14)..<(i - 1)).last(where: { s[$0].isa(WordClass.speech) || s[$0].isa(WordClass.denial) }),
        let a = subjectStart(s, before: v0), a < v0
      {
        let range = trimmed(s, a..<skipAdverbsBack(s, v0))
        if !range.isEmpty {
          out.append(make(s, bytes, range, verb: i))
          i += 1
          continue
        }
      }
      // Subject before the verb.
      if let a = subjectStart(s, before: i), a < i {
        let range = trimmed(s, a..<skipAdverbsBack(s, i))
        if !range.isEmpty {
          out.append(make(s, bytes, range, verb: i))
          i += 1
          continue
        }
      }
      // Inverted: ", said X." / "” said X".
      if i > 0, s[i - 1].kind == .quote || (s[i - 1].kind == .punct && s[i - 1].hash == 44), i + 1 < n {
        let a = i + 1
        var b = phraseEnd(s, from: a, limit: 14)
        // ", said Abu Omar, a rebel commander.": keep the appositive.
        if b > a, b + 1 < n, s[b].kind == .punct, s[b].hash == 44,
          s[b + 1].hash == H.a || s[b + 1].hash == H.an || s[b + 1].hash == H.the
        {
          let c = phraseEnd(s, from: b + 2, limit: 10)
          if c > b + 2 { b = c }
        }
        if b > a { out.append(make(s, bytes, trimmed(s, a..<b), verb: i)) }
      }
      i += 1
    }
    return out
  }

  static func make(_ s: [Token], _ bytes: [UInt8], _ r: Range<Int>, verb: Int) -> Attribution {
    let r = r.isEmpty ? r : r
    let text =
      r.isEmpty
      ? ""
      : bytes.withUnsafeBufferPointer {
        String(
          decoding: UnsafeBufferPointer(rebasing: $0[Int(s[r.lowerBound].start)..<Int(s[r.upperBound - 1].end)]),
          as: UTF8.self)
      }
    let pron =
      r.count == 1
      && (s[r.lowerBound].isa(WordClass.pronoun)
        || s[r.lowerBound].isa(
          WordClass.speakerPronoun))
    return Attribution(name: text, tokens: r, verb: verb, isPronoun: pron)
  }

  /// End of a name phrase: stops at punctuation other than hyphen/apostrophe, at "that", at time words, at
  /// speech verbs.
  static func phraseEnd(_ s: [Token], from a: Int, limit: Int) -> Int {
    var b = a
    while b < s.count && b - a < limit {
      let t = s[b]
      if t.kind == .punct || t.kind == .quote { break }
      if t.hash == H.that || t.isa(WordClass.weekday) || t.isa(WordClass.speech) { break }
      if t.hash == H.on && b + 1 < s.count && s[b + 1].isa(WordClass.weekday) { break }
      if (t.hash == H.late || t.hash == H.early || t.hash == H.last) && b + 1 < s.count
        && (s[b + 1].isa(WordClass.weekday) || s[b + 1].isa(WordClass.time))
      {
        break
      }
      if t.isa(WordClass.time) && !t.has(TokenFlags.capitalized) && t.hash != H.this { break }
      if t.isa(WordClass.auxiliary) || (t.isa(WordClass.boundary) && t.hash != H.forWord && t.hash != H.of) {
        break
      }
      b += 1
    }
    return b
  }

  static func skipAdverbsBack(_ s: [Token], _ i: Int) -> Int {
    var j = i
    while j > 0
      && (s[j - 1].isa(WordClass.adverb) || s[j - 1].hash == H.has || s[j - 1].hash == H.have
        || s[j - 1].hash == H.had)
    {
      j -= 1
    }
    return j
  }

  /// Start of the subject of a speech verb at `v`: back to a comma (skipping one appositive), a quote,
  /// "that", or the sentence start.
  static func subjectStart(_ s: [Token], before v: Int) -> Int? {
    let end = skipAdverbsBack(s, v)
    var a = end
    while a > 0 {
      let t = s[a - 1]
      if t.kind == .quote || (t.kind == .punct && t.hash != 44 && t.hash != 40 && t.hash != 41) { break }
      if t.kind == .punct && t.hash == 44 {
        // "Name, a spokesman for X, said": include the appositive and the name before it.
        if a == end {
          // Comma right before the verb: the appositive runs back to the previous comma.
          var c = a - 1
          while c > 0 && !(s[c - 1].kind == .punct && s[c - 1].hash == 44) && s[c - 1].kind != .quote
            && !(s[c - 1].kind == .punct && s[c - 1].hash != 40 && s[c - 1].hash != 41)
          { c -= 1 }
          if c > 0 && s[c - 1].kind == .punct && s[c - 1].hash == 44 {
            var d = c - 1
            while d > 0 && s[d - 1].kind == .word && c - 1 - d < 9
              && (s[d - 1].has(TokenFlags.capitalized) || s[d - 1].isa(WordClass.nameParticle)
                || s[d - 1].hash == H.forWord || s[d - 1].has(TokenFlags.hyphenBefore))
            {
              d -= 1
            }
            if d < c - 1 { return d }
          }
          return c < a - 1 ? c : nil
        }
        break
      }
      if t.hash == H.that || t.hash == H.and || t.hash == H.which || t.hash == H.who
        || t.isa(WordClass.speech) || t.isa(WordClass.control)
      {
        break
      }
      if t.hash == H.asWord || t.hash == H.but { break }
      if end - a >= 12 { break }
      a -= 1
    }
    return a < end ? a : nil
  }

  static func trimmed(_ s: [Token], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && (excludedLeading.contains(s[a].hash) || s[a].kind == .punct) && !(s[a].hash == H.asWord && false) {
      a += 1
    }
    while b > a && (s[b - 1].kind == .punct || s[b - 1].isa(WordClass.adverb) || s[b - 1].hash == H.also) {
      b -= 1
    }
    // Drop a trailing time expression or "on Friday".
    var k = a
    while k < b {
      if s[k].isa(WordClass.weekday) || (s[k].isa(WordClass.time) && !s[k].has(TokenFlags.capitalized)) {
        var e = k
        if e > a && (s[e - 1].hash == H.on || s[e - 1].hash == H.late || s[e - 1].hash == H.early) { e -= 1 }
        b = e
        break
      }
      k += 1
    }
    return a..<max(a, b)
  }
}
