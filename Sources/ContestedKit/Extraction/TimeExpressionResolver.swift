/// A time expression found in a sentence and its resolution against the publication day.
public struct TimeMention: Sendable, Hashable {
  /// Token indices (into the sentence's token array) the expression covers, half-open.
  public var tokens: Range<Int>
  /// The resolved span with its precision.
  public var span: TimeSpan
}

/// Word hashes used by the rules, computed once.
enum H {
  static let on: UInt64 = 0x08b05807b5566370, late: UInt64 = 0x044cf1ad90502801, early: UInt64 = 0x7f3359536a80d41c
  static let last: UInt64 = 0x0456d2ad905847d9, next: UInt64 = 0xe5316cbaa025f028, this: UInt64 = 0x2587bcef32493841
  static let yesterday: UInt64 = 0xf945458585f62267, today: UInt64 = 0xa411597d0674521e
  static let tonight: UInt64 = 0x06e79a213afafd4a, overnight: UInt64 = 0xbe264eac867d5517
  static let night: UInt64 = 0x4f77b2414b2c8001, earlier: UInt64 = 0xdf040ecda350ea5b, ago: UInt64 = 0xe715be190539325a
  static let week: UInt64 = 0x3d80fff619edbfbd, weeks: UInt64 = 0x6ff2bd2e0efceb0a, month: UInt64 = 0xf4bdc3936faf56a5
  static let months: UInt64 = 0x8dca2986c6f08da2, year: UInt64 = 0x7c64634977425edc, years: UInt64 = 0xa0f364d5a5c6e35d
  static let day: UInt64 = 0xca8d3918f4578f1d, days: UInt64 = 0x8587736730c8b7ea, hours: UInt64 = 0x4d41317b4e57e7f4
  static let hour: UInt64 = 0x407efecc7eb5764f, past: UInt64 = 0x03b42b0debc88fdd, recent: UInt64 = 0xcf2a420013d78e7e
  static let `in`: UInt64 = 0x08b73807b55c4bbe, since: UInt64 = 0x2b827d4f5e0ada9d, mid: UInt64 = 0x07f43d1917563645
  static let a: UInt64 = 0xaf63dc4c8601ec8c, an: UInt64 = 0x089c3807b5458406, few: UInt64 = 0xdcc67d18feea8c19
  static let several: UInt64 = 0x20311bc8cf7920ef, the: UInt64 = 0x56f5c9194461d57c, of: UInt64 = 0x08b06007b5567108
  static let weekend: UInt64 = 0x849e63a4b31eaec2, previous: UInt64 = 0xec5f63ffe7e97248, may: UInt64 = 0x080f5019176d1e46
  static let march: UInt64 = 0x9092e9a4e1895990, and: UInt64 = 0xe6f79719051ff286, or: UInt64 = 0x08b05407b5565ca4
  static let by: UInt64 = 0x08a64b07b54df8d4, from: UInt64 = 0x7f845078d7a5c0b5, to: UInt64 = 0x08c83907b56ac0a4
  static let that: UInt64 = 0x256cadef3232570c, still: UInt64 = 0x3327dbad6c7ea411, have: UInt64 = 0x2e47c5cc74230edb
  static let has: UInt64 = 0x335813192fef9543, had: UInt64 = 0x335808192fef8292, under: UInt64 = 0xa9b4194ecfe6716d, control: UInt64 = 0x084e1cb596b7e53e
  static let hands: UInt64 = 0x81b46a69304ee2c9, held: UInt64 = 0x0a9904cc5fa248be, controlled: UInt64 = 0x18b8d05b56f6b857
  static let said: UInt64 = 0x096e4d18bf89481c, according: UInt64 = 0x22069a7dca739b67, as_: UInt64 = 0x089c5507b545b54d
  static let reports: UInt64 = 0x11ab2d8ba31717e8, claims: UInt64 = 0xbe2fbe80062cf874, reported: UInt64 = 0x1cd3f4462020234a
  static let backed: UInt64 = 0x8f3fb21dfceb57d3, led: UInt64 = 0x127274191dcc3c4a, pro: UInt64 = 0x77fd571956a1f7f8
  static let supported: UInt64 = 0x1fdf54ad12bcc3a9, with: UInt64 = 0xa66b06f655a0c2e9, at: UInt64 = 0x089c4e07b545a968
  static let percent: UInt64 = 0x425314f720ae7f7a, per: UInt64 = 0x77bc7219566a8ee4, cent: UInt64 = 0xd9920290fd6b234f
  static let all: UInt64 = 0xe6f09b190519daa4, `is`: UInt64 = 0x08b74507b55c61d5, their: UInt64 = 0xeb06b1725dc70d87
  static let towards: UInt64 = 0x04396ae83ace2047, toward: UInt64 = 0x5fe81a12c70cd56e, near: UInt64 = 0xe58664baa06e228f
  static let attack: UInt64 = 0xb138769a1af3a55d, spokesman: UInt64 = 0x90a5e5bfb1447ac0
  static let spokeswoman: UInt64 = 0x847889f708e8cb6e, spokesperson: UInt64 = 0x60d74ba99f77ace1
  static let for_: UInt64 = 0xdcb27818fed9da90, told: UInt64 = 0x2fd9f6ef389a0874, also: UInt64 = 0x84ca5683ab0358d2
  static let he: UInt64 = 0x08ba5307b55eaf76, she: UInt64 = 0x8245aa195cea9e21, they: UInt64 = 0x2579baef323cf77f
  static let we: UInt64 = 0x08cb5307b56d22a9, our: UInt64 = 0x19f7991921bbcc99, us: UInt64 = 0x08c43d07b566de99
  static let it: UInt64 = 0x08b73e07b55c55f0, which: UInt64 = 0xce989e88581f9422, who: UInt64 = 0x5ec5fc194891690f
  static let not: UInt64 = 0x215ad619258e9f4a, t: UInt64 = 0xaf63e94c860202a3, never: UInt64 = 0xcbd8031e3d026dc9
  static let denied: UInt64 = 0xae36324e0a5783d6, twitter: UInt64 = 0xc7608c02d0c48fa4
  static let into: UInt64 = 0xf5a6c8c57a9061a3, inside: UInt64 = 0xdb87c7879569960d, apostropheS: UInt64 = 0x07bb4507b485d7af
  static let mount: UInt64 = 0x0d558292ed4fdc7a, mountain: UInt64 = 0x615b4319c8177682, jabal: UInt64 = 0x548241d3912b2f2f
  static let jebel: UInt64 = 0x2afb49b4adbafbb7, tal: UInt64 = 0x56d7b4194448b43e, tell: UInt64 = 0xfa48fcef19cf1ae2
  static let but: UInt64 = 0x00611e19135a72cc, having: UInt64 = 0x9c68c3ffbacc25dc, its: UInt64 = 0x2bb3ea192be54d99, came: UInt64 = 0xb5135d90e8393d8b, fell: UInt64 = 0x1019e47928c873ac
  static let now: UInt64 = 0x215ad519258e9d97, fully: UInt64 = 0x4e4cee5c2286da7f, back: UInt64 = 0x9a46ff9baa276602
  static let be: UInt64 = 0x08a62f07b54dc940, been: UInt64 = 0x75f4589b951ab7c3, was: UInt64 = 0x5eade819487cb532
  static let were: UInt64 = 0x3db3f1f61a19018c, are: UInt64 = 0xe756c8190570da4d, being: UInt64 = 0xac85085e70d64908
  static let able: UInt64 = 0xfc0dae83edfee9d5, managed: UInt64 = 0x134fa99ab31cd7d6, also2: UInt64 = 0x84ca5683ab0358d2
  static let seizeAgain: UInt64 = 0xaf7bfe15af02b5cf
  static let weekdays: [UInt64] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    .map(WordHash.of)
  static let monthNames: [[UInt64]] = [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
    ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
    ["november", "nov"], ["december", "dec"],
  ].map { $0.map(WordHash.of) }
}

/// Finds time expressions in a sentence and resolves them against the publication day.
///
/// Weekdays resolve to the most recent such day on or before publication ("on Friday" in a Saturday paper is
/// the day before; "Tuesday" in a Tuesday paper is that day). Month names without a year resolve to the most
/// recent such month. Every result carries its precision.
public enum TimeExpressionResolver {
  /// All time expressions in `tokens`.
  public static func find(in tokens: ArraySlice<Token>, published: Day) -> [TimeMention] {
    var out: [TimeMention] = []
    var i = tokens.startIndex
    let startClasses = WordClass.weekday | WordClass.month | WordClass.time | WordClass.numberWord
    while i < tokens.endIndex {
      let t = tokens[i]
      if t.classes & startClasses == 0 && t.kind != .number && t.hash != H.in && t.hash != H.since
        && t.hash != H.a && t.hash != H.an
      {
        i += 1
        continue
      }
      if let m = match(tokens, i, published) {
        out.append(m)
        i = max(m.tokens.upperBound, i + 1)
      } else {
        i += 1
      }
    }
    return out
  }

  /// Convenience for tests: resolve the first expression in `text`.
  public static func resolve(_ text: String, published: Day) -> TimeSpan? {
    var s = TokenScanner(bytes: Array(text.utf8))
    var toks: [Token] = []
    while let t = s.next() { toks.append(t) }
    return find(in: toks[...], published: published).first?.span
  }

  static func weekdayIndex(_ h: UInt64) -> Int? { H.weekdays.firstIndex(of: h) }
  static func monthIndex(_ h: UInt64) -> Int? { H.monthNames.firstIndex { $0.contains(h) }.map { $0 + 1 } }

  static func monthSpan(year: Int, month: Int) -> TimeSpan? {
    guard let a = Day(year: year, month: month, day: 1),
      let b = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
    else { return nil }
    return TimeSpan(from: a, to: b, precision: .month)
  }

  static func count(_ t: Token) -> Int? {
    if t.kind == .number, t.value >= 0 { return Int(t.value) }
    if t.isa(WordClass.numberWord) { return Int(t.value) }
    if t.hash == H.a || t.hash == H.an { return 1 }
    if t.hash == H.few || t.hash == H.several { return 3 }
    return nil
  }

  static func match(_ t: ArraySlice<Token>, _ i: Int, _ pub: Day) -> TimeMention? {
    let end = t.endIndex
    let w = t[i]
    func at(_ k: Int) -> Token? { k < end && k >= t.startIndex ? t[k] : nil }
    func part(_ k: Int) -> String? {
      guard let n = at(k), n.isa(WordClass.partOfDay) else { return nil }
      return n.hash == H.night ? "night" : "part"
    }
    // Qualifier before a weekday: "late Thursday", "early Friday".
    var qualifier: String? = nil
    var j = i
    if w.hash == H.late || w.hash == H.early, let n = at(i + 1), n.isa(WordClass.weekday) {
      qualifier = w.hash == H.late ? "late" : "early"
      j = i + 1
    }
    let v = t[j]
    if v.isa(WordClass.weekday), v.has(TokenFlags.capitalized), let wd = weekdayIndex(v.hash) {
      if let p = at(i - 1), p.hash == H.next { return nil }
      let back = (pub.weekday - wd + 7) % 7
      let day = pub.adding(days: -back)
      var stop = j + 1
      var partName = qualifier
      if let n = at(j + 1), n.hash == H.apostropheS { stop += 1 }
      if let pn = part(stop) {
        partName = pn == "night" ? "night" : "day-part"
        stop += 1
      }
      return TimeMention(
        tokens: i..<stop,
        span: TimeSpan(from: day, to: day, precision: partName == nil ? .day : .partOfDay, partOfDay: partName))
    }
    if w.hash == H.yesterday {
      let d = pub.adding(days: -1)
      let p = part(i + 1)
      return TimeMention(
        tokens: i..<(p == nil ? i + 1 : i + 2),
        span: TimeSpan(from: d, to: d, precision: p == nil ? .day : .partOfDay, partOfDay: p))
    }
    if w.hash == H.today { return TimeMention(tokens: i..<(i + 1), span: .day(pub)) }
    if w.hash == H.tonight {
      return TimeMention(tokens: i..<(i + 1), span: TimeSpan(from: pub, to: pub, precision: .partOfDay,
                                                              partOfDay: "night"))
    }
    if w.hash == H.overnight {
      return TimeMention(tokens: i..<(i + 1), span: TimeSpan(from: pub.adding(days: -1), to: pub,
                                                              precision: .partOfDay, partOfDay: "night"))
    }
    let (y, m, _) = pub.components
    // "last night", "this morning".
    if w.hash == H.last, let n = at(i + 1), n.hash == H.night {
      let d = pub.adding(days: -1)
      return TimeMention(tokens: i..<(i + 2), span: TimeSpan(from: d, to: d, precision: .partOfDay,
                                                              partOfDay: "night"))
    }
    if w.hash == H.this, at(i + 1).map({ $0.isa(WordClass.partOfDay) }) == true {
      return TimeMention(tokens: i..<(i + 2), span: TimeSpan(from: pub, to: pub, precision: .partOfDay,
                                                              partOfDay: "part"))
    }
    // "earlier this month/week", "this month", "last week/month/year".
    var k = i
    var earlier = false
    if w.hash == H.earlier, let n = at(i + 1), n.hash == H.this { earlier = true; k = i + 1 }
    if t[k].hash == H.this || t[k].hash == H.last || t[k].hash == H.previous, let u = at(k + 1) {
      let isLast = t[k].hash != H.this
      let stop = k + 2
      if u.hash == H.week || u.hash == H.weekend {
        let monday = pub.adding(days: -pub.weekday)
        if isLast {
          let from = monday.adding(days: u.hash == H.weekend ? -2 : -7)
          return TimeMention(tokens: i..<stop, span: TimeSpan(from: from, to: monday.adding(days: -1),
                                                               precision: .week))
        }
        let to = earlier ? max(monday, pub.adding(days: -1)) : pub
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: monday, to: to, precision: .week))
      }
      if u.hash == H.month {
        if isLast {
          let pm = m == 1 ? 12 : m - 1
          guard let s = monthSpan(year: m == 1 ? y - 1 : y, month: pm) else { return nil }
          return TimeMention(tokens: i..<stop, span: s)
        }
        guard let first = Day(year: y, month: m, day: 1) else { return nil }
        let to = earlier ? max(first, pub.adding(days: -1)) : pub
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: first, to: to, precision: .month))
      }
      if u.hash == H.year, let a = Day(year: isLast ? y - 1 : y, month: 1, day: 1),
        let b = isLast ? Day(year: y - 1, month: 12, day: 31) : pub
      {
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: a, to: b, precision: .range))
      }
      // "last February".
      if isLast, u.isa(WordClass.month), u.has(TokenFlags.capitalized), let mi = monthIndex(u.hash),
        let s = monthSpan(year: mi < m ? y : y - 1, month: mi)
      {
        return TimeMention(tokens: i..<stop, span: s)
      }
    }
    // "N days/weeks/months ago".
    if let n = count(w), let u = at(i + 1), let ago = at(i + 2), ago.hash == H.ago {
      let stop = i + 3
      if u.hash == H.day || u.hash == H.days {
        let d = pub.adding(days: -n)
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: d, to: d, precision: .day))
      }
      if u.hash == H.week || u.hash == H.weeks {
        let c = pub.adding(days: -7 * n)
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: c.adding(days: -3), to: c.adding(days: 3),
                                                             precision: .week))
      }
      if u.hash == H.month || u.hash == H.months {
        var mm = m - n
        var yy = y
        while mm < 1 { mm += 12; yy -= 1 }
        guard let s = monthSpan(year: yy, month: mm) else { return nil }
        return TimeMention(tokens: i..<stop, span: s)
      }
      if u.hash == H.year || u.hash == H.years, let a = Day(year: y - n, month: 1, day: 1),
        let b = Day(year: y - n, month: 12, day: 31)
      {
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: a, to: b, precision: .range))
      }
    }
    // "in the past/last N days/hours", "in recent days".
    if w.hash == H.past || w.hash == H.last || w.hash == H.recent, let n1 = at(i + 1) {
      var n = 1
      var u = n1
      var stop = i + 2
      if let c = count(n1), let n2 = at(i + 2) { n = c; u = n2; stop = i + 3 }
      if w.hash == H.recent { n = u.hash == H.weeks ? 4 : 7 }
      var days = 0
      if u.hash == H.days || u.hash == H.day { days = n }
      if u.hash == H.hours || u.hash == H.hour { days = max(1, (n + 23) / 24) }
      if u.hash == H.weeks || u.hash == H.week { days = 7 * n }
      if u.hash == H.month || u.hash == H.months { days = 30 * n }
      if days > 0 && days <= 3660 {
        return TimeMention(tokens: i..<stop, span: TimeSpan(from: pub.adding(days: -(days - 1)), to: pub,
                                                             precision: .range))
      }
    }
    // ISO date 2016-06-27.
    if w.kind == .number, w.end - w.start == 4, let m2 = at(i + 1), let d2 = at(i + 2),
      m2.kind == .number, d2.kind == .number, m2.has(TokenFlags.hyphenBefore), d2.has(TokenFlags.hyphenBefore),
      let d = Day(year: Int(w.value), month: Int(m2.value), day: Int(d2.value))
    {
      return TimeMention(tokens: i..<(i + 3), span: .day(d))
    }
    // Month names: "in February", "February 5", "5 February 2016", "Feb. 5", "mid-February".
    var q: String? = nil
    var mk = i
    if (w.hash == H.early || w.hash == H.late || w.hash == H.mid), let n = at(i + 1), n.isa(WordClass.month) {
      q = w.hash == H.early ? "early" : w.hash == H.late ? "late" : "mid"
      mk = i + 1
    }
    var dayBefore: Int? = nil
    var startTok = i
    if w.kind == .number, w.value >= 1, w.value <= 31, let n = at(i + 1), n.isa(WordClass.month),
      n.has(TokenFlags.capitalized)
    {
      dayBefore = Int(w.value)
      mk = i + 1
    }
    let mt = t[mk]
    if mt.isa(WordClass.month), mt.has(TokenFlags.capitalized), let mi = monthIndex(mt.hash) {
      var p = mk + 1
      if let dot = at(p), dot.kind == .punct, dot.hash == 46 { p += 1 }
      var dayNum = dayBefore
      if dayNum == nil, let d = at(p), d.kind == .number, d.value >= 1, d.value <= 31, d.end - d.start <= 4 {
        dayNum = Int(d.value)
        p += 1
      }
      if let c = at(p), c.kind == .punct, c.hash == 44, let yr = at(p + 1), yr.kind == .number,
        yr.value >= 1900, yr.value <= 2100
      {
        p += 1
      }
      var year: Int? = nil
      if let yr = at(p), yr.kind == .number, yr.value >= 1900, yr.value <= 2100, yr.end - yr.start == 4 {
        year = Int(yr.value)
        p += 1
      }
      let prevIn = at(startTok - 1).map { $0.hash == H.in || $0.hash == H.since || $0.hash == H.on } ?? false
      // "May" and "March" are also verbs: demand a day, a year, a qualifier or a preposition.
      if (mt.hash == H.may || mt.hash == H.march) && dayNum == nil && year == nil && q == nil && !prevIn {
        return nil
      }
      let yy = year ?? (mi <= m ? y : y - 1)
      if let dn = dayNum, let d = Day(year: yy, month: mi, day: dn) {
        startTok = min(startTok, i)
        return TimeMention(tokens: startTok..<p, span: .day(d))
      }
      guard var s = monthSpan(year: yy, month: mi) else { return nil }
      let last = Day.daysIn(month: mi, year: yy)
      if let q, let a = Day(year: yy, month: mi, day: q == "early" ? 1 : q == "mid" ? 11 : 21),
        let b = Day(year: yy, month: mi, day: q == "early" ? 10 : q == "mid" ? 20 : last)
      {
        s = TimeSpan(from: a, to: b, precision: .range)
      }
      return TimeMention(tokens: i..<p, span: s)
    }
    // "in 2012", "since early 2014".
    if w.hash == H.in || w.hash == H.since {
      var yi = i + 1
      var part = 0
      if let q = at(yi), q.hash == H.early || q.hash == H.late || q.hash == H.mid {
        part = q.hash == H.early ? 1 : q.hash == H.mid ? 2 : 3
        yi += 1
      }
      if let yr = at(yi), yr.kind == .number, yr.end - yr.start == 4, yr.value >= 1900, yr.value <= 2100,
        var a = Day(year: Int(yr.value), month: 1, day: 1), var b = Day(year: Int(yr.value), month: 12, day: 31)
      {
        if part == 1 { b = Day(year: Int(yr.value), month: 4, day: 30)! }
        if part == 2 { a = Day(year: Int(yr.value), month: 5, day: 1)!; b = Day(year: Int(yr.value), month: 8, day: 31)! }
        if part == 3 { a = Day(year: Int(yr.value), month: 9, day: 1)! }
        if w.hash == H.since && a <= pub { b = pub }
        return TimeMention(tokens: (i + 1)..<(yi + 1), span: TimeSpan(from: a, to: b, precision: .range))
      }
    }
    return nil
  }
}
