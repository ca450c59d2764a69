/// A time expression found in a sentence and its resolution against the publication day.
public struct TimeMention: Sendable, Hashable {
  /// Token indices (into the sentence's token array) the expression covers, half-open.
  public var tokens: Range<Int>
  /// The resolved span with its precision.
  public var span: TimeSpan
}

/// Word hashes used by the rules, computed once.
enum H {
  static let on: UInt64 = 0x08b0_5807_b556_6370, late: UInt64 = 0x044c_f1ad_9050_2801,
    early: UInt64 = 0x7f33_5953_6a80_d41c
  static let last: UInt64 = 0x0456_d2ad_9058_47d9, next: UInt64 = 0xe531_6cba_a025_f028,
    this: UInt64 = 0x2587_bcef_3249_3841
  static let yesterday: UInt64 = 0xf945_4585_85f6_2267, today: UInt64 = 0xa411_597d_0674_521e
  static let tonight: UInt64 = 0x06e7_9a21_3afa_fd4a, overnight: UInt64 = 0xbe26_4eac_867d_5517
  static let night: UInt64 = 0x4f77_b241_4b2c_8001, earlier: UInt64 = 0xdf04_0ecd_a350_ea5b,
    ago: UInt64 = 0xe715_be19_0539_325a
  static let week: UInt64 = 0x3d80_fff6_19ed_bfbd, weeks: UInt64 = 0x6ff2_bd2e_0efc_eb0a,
    month: UInt64 = 0xf4bd_c393_6faf_56a5
  static let months: UInt64 = 0x8dca_2986_c6f0_8da2, year: UInt64 = 0x7c64_6349_7742_5edc,
    years: UInt64 = 0xa0f3_64d5_a5c6_e35d
  static let day: UInt64 = 0xca8d_3918_f457_8f1d, days: UInt64 = 0x8587_7367_30c8_b7ea,
    hours: UInt64 = 0x4d41_317b_4e57_e7f4
  static let hour: UInt64 = 0x407e_fecc_7eb5_764f, past: UInt64 = 0x03b4_2b0d_ebc8_8fdd,
    recent: UInt64 = 0xcf2a_4200_13d7_8e7e
  static let `in`: UInt64 = 0x08b7_3807_b55c_4bbe, since: UInt64 = 0x2b82_7d4f_5e0a_da9d,
    mid: UInt64 = 0x07f4_3d19_1756_3645
  static let a: UInt64 = 0xaf63_dc4c_8601_ec8c, an: UInt64 = 0x089c_3807_b545_8406, few: UInt64 = 0xdcc6_7d18_feea_8c19
  static let several: UInt64 = 0x2031_1bc8_cf79_20ef, the: UInt64 = 0x56f5_c919_4461_d57c,
    of: UInt64 = 0x08b0_6007_b556_7108
  static let weekend: UInt64 = 0x849e_63a4_b31e_aec2, previous: UInt64 = 0xec5f_63ff_e7e9_7248,
    may: UInt64 = 0x080f_5019_176d_1e46
  static let march: UInt64 = 0x9092_e9a4_e189_5990, and: UInt64 = 0xe6f7_9719_051f_f286,
    or: UInt64 = 0x08b0_5407_b556_5ca4
  static let by: UInt64 = 0x08a6_4b07_b54d_f8d4, from: UInt64 = 0x7f84_5078_d7a5_c0b5,
    to: UInt64 = 0x08c8_3907_b56a_c0a4
  static let that: UInt64 = 0x256c_adef_3232_570c, still: UInt64 = 0x3327_dbad_6c7e_a411,
    have: UInt64 = 0x2e47_c5cc_7423_0edb
  static let has: UInt64 = 0x3358_1319_2fef_9543, had: UInt64 = 0x3358_0819_2fef_8292,
    under: UInt64 = 0xa9b4_194e_cfe6_716d, control: UInt64 = 0x084e_1cb5_96b7_e53e
  static let hands: UInt64 = 0x81b4_6a69_304e_e2c9, held: UInt64 = 0x0a99_04cc_5fa2_48be,
    controlled: UInt64 = 0x18b8_d05b_56f6_b857
  static let said: UInt64 = 0x096e_4d18_bf89_481c, according: UInt64 = 0x2206_9a7d_ca73_9b67,
    asWord: UInt64 = 0x089c_5507_b545_b54d
  static let reports: UInt64 = 0x11ab_2d8b_a317_17e8, claims: UInt64 = 0xbe2f_be80_062c_f874,
    reported: UInt64 = 0x1cd3_f446_2020_234a
  static let backed: UInt64 = 0x8f3f_b21d_fceb_57d3, led: UInt64 = 0x1272_7419_1dcc_3c4a,
    pro: UInt64 = 0x77fd_5719_56a1_f7f8
  static let supported: UInt64 = 0x1fdf_54ad_12bc_c3a9, with: UInt64 = 0xa66b_06f6_55a0_c2e9,
    at: UInt64 = 0x089c_4e07_b545_a968
  static let percent: UInt64 = 0x4253_14f7_20ae_7f7a, per: UInt64 = 0x77bc_7219_566a_8ee4,
    cent: UInt64 = 0xd992_0290_fd6b_234f
  static let all: UInt64 = 0xe6f0_9b19_0519_daa4, `is`: UInt64 = 0x08b7_4507_b55c_61d5,
    their: UInt64 = 0xeb06_b172_5dc7_0d87
  static let towards: UInt64 = 0x0439_6ae8_3ace_2047, toward: UInt64 = 0x5fe8_1a12_c70c_d56e,
    near: UInt64 = 0xe586_64ba_a06e_228f
  static let attack: UInt64 = 0xb138_769a_1af3_a55d, spokesman: UInt64 = 0x90a5_e5bf_b144_7ac0
  static let spokeswoman: UInt64 = 0x8478_89f7_08e8_cb6e, spokesperson: UInt64 = 0x60d7_4ba9_9f77_ace1
  static let forWord: UInt64 = 0xdcb2_7818_fed9_da90, told: UInt64 = 0x2fd9_f6ef_389a_0874,
    also: UInt64 = 0x84ca_5683_ab03_58d2
  static let he: UInt64 = 0x08ba_5307_b55e_af76, she: UInt64 = 0x8245_aa19_5cea_9e21,
    they: UInt64 = 0x2579_baef_323c_f77f
  static let we: UInt64 = 0x08cb_5307_b56d_22a9, our: UInt64 = 0x19f7_9919_21bb_cc99, us: UInt64 = 0x08c4_3d07_b566_de99
  static let it: UInt64 = 0x08b7_3e07_b55c_55f0, which: UInt64 = 0xce98_9e88_581f_9422,
    who: UInt64 = 0x5ec5_fc19_4891_690f
  static let not: UInt64 = 0x215a_d619_258e_9f4a, t: UInt64 = 0xaf63_e94c_8602_02a3,
    never: UInt64 = 0xcbd8_031e_3d02_6dc9
  static let denied: UInt64 = 0xae36_324e_0a57_83d6, twitter: UInt64 = 0xc760_8c02_d0c4_8fa4
  static let into: UInt64 = 0xf5a6_c8c5_7a90_61a3, inside: UInt64 = 0xdb87_c787_9569_960d,
    apostropheS: UInt64 = 0x07bb_4507_b485_d7af
  static let mount: UInt64 = 0x0d55_8292_ed4f_dc7a, mountain: UInt64 = 0x615b_4319_c817_7682,
    jabal: UInt64 = 0x5482_41d3_912b_2f2f
  static let jebel: UInt64 = 0x2afb_49b4_adba_fbb7, tal: UInt64 = 0x56d7_b419_4448_b43e,
    tell: UInt64 = 0xfa48_fcef_19cf_1ae2
  static let but: UInt64 = 0x0061_1e19_135a_72cc, having: UInt64 = 0x9c68_c3ff_bacc_25dc,
    its: UInt64 = 0x2bb3_ea19_2be5_4d99, came: UInt64 = 0xb513_5d90_e839_3d8b, fell: UInt64 = 0x1019_e479_28c8_73ac
  static let now: UInt64 = 0x215a_d519_258e_9d97, fully: UInt64 = 0x4e4c_ee5c_2286_da7f,
    back: UInt64 = 0x9a46_ff9b_aa27_6602
  static let be: UInt64 = 0x08a6_2f07_b54d_c940, been: UInt64 = 0x75f4_589b_951a_b7c3,
    was: UInt64 = 0x5ead_e819_487c_b532
  static let were: UInt64 = 0x3db3_f1f6_1a19_018c, are: UInt64 = 0xe756_c819_0570_da4d,
    being: UInt64 = 0xac85_085e_70d6_4908
  static let able: UInt64 = 0xfc0d_ae83_edfe_e9d5, managed: UInt64 = 0x134f_a99a_b31c_d7d6,
    also2: UInt64 = 0x84ca_5683_ab03_58d2
  static let seizeAgain: UInt64 = 0xaf7b_fe15_af02_b5cf
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
      return TimeMention(
        tokens: i..<(i + 1),
        span: TimeSpan(
          from: pub, to: pub, precision: .partOfDay,
          partOfDay: "night"))
    }
    if w.hash == H.overnight {
      return TimeMention(
        tokens: i..<(i + 1),
        span: TimeSpan(
          from: pub.adding(days: -1), to: pub,
          precision: .partOfDay, partOfDay: "night"))
    }
    let (y, m, _) = pub.components
    // "last night", "this morning".
    if w.hash == H.last, let n = at(i + 1), n.hash == H.night {
      let d = pub.adding(days: -1)
      return TimeMention(
        tokens: i..<(i + 2),
        span: TimeSpan(
          from: d, to: d, precision: .partOfDay,
          partOfDay: "night"))
    }
    if w.hash == H.this, at(i + 1).map({ $0.isa(WordClass.partOfDay) }) == true {
      return TimeMention(
        tokens: i..<(i + 2),
        span: TimeSpan(
          from: pub, to: pub, precision: .partOfDay,
          partOfDay: "part"))
    }
    // "earlier this month/week", "this month", "last week/month/year".
    var k = i
    var earlier = false
    if w.hash == H.earlier, let n = at(i + 1), n.hash == H.this {
      earlier = true
      k = i + 1
    }
    if t[k].hash == H.this || t[k].hash == H.last || t[k].hash == H.previous, let u = at(k + 1) {
      let isLast = t[k].hash != H.this
      let stop = k + 2
      if u.hash == H.week || u.hash == H.weekend {
        let monday = pub.adding(days: -pub.weekday)
        if isLast {
          let from = monday.adding(days: u.hash == H.weekend ? -2 : -7)
          return TimeMention(
            tokens: i..<stop,
            span: TimeSpan(
              from: from, to: monday.adding(days: -1),
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
        return TimeMention(
          tokens: i..<stop,
          span: TimeSpan(
            from: c.adding(days: -3), to: c.adding(days: 3),
            precision: .week))
      }
      if u.hash == H.month || u.hash == H.months {
        var mm = m - n
        var yy = y
        while mm < 1 {
          mm += 12
          yy -= 1
        }
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
      if let c = count(n1), let n2 = at(i + 2) {
        n = c
        u = n2
        stop = i + 3
      }
      if w.hash == H.recent { n = u.hash == H.weeks ? 4 : 7 }
      var days = 0
      if u.hash == H.days || u.hash == H.day { days = n }
      if u.hash == H.hours || u.hash == H.hour { days = max(1, (n + 23) / 24) }
      if u.hash == H.weeks || u.hash == H.week { days = 7 * n }
      if u.hash == H.month || u.hash == H.months { days = 30 * n }
      if days > 0 && days <= 3660 {
        return TimeMention(
          tokens: i..<stop,
          span: TimeSpan(
            from: pub.adding(days: -(days - 1)), to: pub,
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
    if w.hash == H.early || w.hash == H.late || w.hash == H.mid, let n = at(i + 1), n.isa(WordClass.month) {
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
        if part == 2 {
          a = Day(year: Int(yr.value), month: 5, day: 1)!
          b = Day(year: Int(yr.value), month: 8, day: 31)!
        }
        if part == 3 { a = Day(year: Int(yr.value), month: 9, day: 1)! }
        if w.hash == H.since && a <= pub { b = pub }
        return TimeMention(tokens: (i + 1)..<(yi + 1), span: TimeSpan(from: a, to: b, precision: .range))
      }
    }
    return nil
  }
}
