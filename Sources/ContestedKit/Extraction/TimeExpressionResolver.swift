/// A time expression found in a sentence and its resolution against the publication day.
public struct TimeMention: Sendable, Hashable {
  /// Token indices (into the sentence's token array) the expression covers, half-open.
  public var tokens: Range<Int>
  /// The resolved span with its precision.
  public var span: TimeSpan
}

/// Word hashes used by the rules, computed once.
enum H {
  static let on = WordHash.of("on"), late = WordHash.of("late"), early = WordHash.of("early")
  static let last = WordHash.of("last"), next = WordHash.of("next"), this = WordHash.of("this")
  static let yesterday = WordHash.of("yesterday"), today = WordHash.of("today")
  static let tonight = WordHash.of("tonight"), overnight = WordHash.of("overnight")
  static let night = WordHash.of("night"), earlier = WordHash.of("earlier"), ago = WordHash.of("ago")
  static let week = WordHash.of("week"), weeks = WordHash.of("weeks"), month = WordHash.of("month")
  static let months = WordHash.of("months"), year = WordHash.of("year"), years = WordHash.of("years")
  static let day = WordHash.of("day"), days = WordHash.of("days"), hours = WordHash.of("hours")
  static let hour = WordHash.of("hour"), past = WordHash.of("past"), recent = WordHash.of("recent")
  static let `in` = WordHash.of("in"), since = WordHash.of("since"), mid = WordHash.of("mid")
  static let a = WordHash.of("a"), an = WordHash.of("an"), few = WordHash.of("few")
  static let several = WordHash.of("several"), the = WordHash.of("the"), of = WordHash.of("of")
  static let weekend = WordHash.of("weekend"), previous = WordHash.of("previous"), may = WordHash.of("may")
  static let march = WordHash.of("march"), and = WordHash.of("and"), or = WordHash.of("or")
  static let by = WordHash.of("by"), from = WordHash.of("from"), to = WordHash.of("to")
  static let that = WordHash.of("that"), still = WordHash.of("still"), have = WordHash.of("have")
  static let has = WordHash.of("has"), had = WordHash.of("had"), under = WordHash.of("under"), control = WordHash.of("control")
  static let hands = WordHash.of("hands"), held = WordHash.of("held"), controlled = WordHash.of("controlled")
  static let said = WordHash.of("said"), according = WordHash.of("according"), as_ = WordHash.of("as")
  static let reports = WordHash.of("reports"), claims = WordHash.of("claims"), reported = WordHash.of("reported")
  static let backed = WordHash.of("backed"), led = WordHash.of("led"), pro = WordHash.of("pro")
  static let supported = WordHash.of("supported"), with = WordHash.of("with"), at = WordHash.of("at")
  static let percent = WordHash.of("percent"), per = WordHash.of("per"), cent = WordHash.of("cent")
  static let all = WordHash.of("all"), `is` = WordHash.of("is"), their = WordHash.of("their")
  static let towards = WordHash.of("towards"), toward = WordHash.of("toward"), near = WordHash.of("near")
  static let attack = WordHash.of("attack"), spokesman = WordHash.of("spokesman")
  static let spokeswoman = WordHash.of("spokeswoman"), spokesperson = WordHash.of("spokesperson")
  static let for_ = WordHash.of("for"), told = WordHash.of("told"), also = WordHash.of("also")
  static let he = WordHash.of("he"), she = WordHash.of("she"), they = WordHash.of("they")
  static let we = WordHash.of("we"), our = WordHash.of("our"), us = WordHash.of("us")
  static let it = WordHash.of("it"), which = WordHash.of("which"), who = WordHash.of("who")
  static let not = WordHash.of("not"), t = WordHash.of("t"), never = WordHash.of("never")
  static let denied = WordHash.of("denied"), twitter = WordHash.of("twitter")
  static let into = WordHash.of("into"), inside = WordHash.of("inside"), apostropheS = Vocabulary.apostropheS
  static let mount = WordHash.of("mount"), mountain = WordHash.of("mountain"), jabal = WordHash.of("jabal")
  static let jebel = WordHash.of("jebel"), tal = WordHash.of("tal"), tell = WordHash.of("tell")
  static let but = WordHash.of("but"), having = WordHash.of("having"), its = WordHash.of("its"), came = WordHash.of("came"), fell = WordHash.of("fell")
  static let now = WordHash.of("now"), fully = WordHash.of("fully"), back = WordHash.of("back")
  static let be = WordHash.of("be"), been = WordHash.of("been"), was = WordHash.of("was")
  static let were = WordHash.of("were"), are = WordHash.of("are"), being = WordHash.of("being")
  static let able = WordHash.of("able"), managed = WordHash.of("managed"), also2 = WordHash.of("also")
  static let seizeAgain = WordHash.of("again")
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
    while i < tokens.endIndex {
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
