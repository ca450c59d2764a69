/// Whether two assertions about one place are about ground that overlaps, by their extents (``Extent``).
///
/// Both extents are first put in one frame: at the same site (or both at the place) the portions compare
/// directly; a site against the place as a whole is a part of it; two different sites, or a site against the
/// centre, outskirts or surroundings, never meet. A capture of the place as named claims all of it.
public enum ExtentRelation {
  /// The ground an assertion covers, in the frame of the comparison.
  enum Portion: Equatable {
    case all
    /// The place as named, no extent stated.
    case place
    case majority(Int?)
    case minority(Int?)
    case centre
    case outskirts
    case surroundings

    var isOutside: Bool { self == .outskirts || self == .surroundings }
    var isWhole: Bool { self == .all || self == .place }
    var share: Int? {
      switch self {
      case .majority(let s), .minority(let s): return s
      default: return nil
      }
    }
  }

  static func portion(_ e: Extent?, capture: Bool) -> Portion {
    guard let e else { return capture ? .all : .place }
    switch e.kind {
    case .whole: return .all
    case .site: return capture ? .all : .place
    case .part: return e.isMajority ? .majority(e.share) : .minority(e.share)
    case .centre: return .centre
    case .outskirts: return .outskirts
    case .surroundings: return .surroundings
    }
  }

  /// The two portions in one frame, or nil when the grounds cannot meet (different sites).
  static func frame(_ x: ControlAssertion, _ y: ControlAssertion) -> (Portion, Portion)? {
    let sx = x.extent?.site
    let sy = y.extent?.site
    let px = portion(x.extent, capture: x.isCapture)
    let py = portion(y.extent, capture: y.isCapture)
    switch (sx, sy) {
    case (nil, nil): return (px, py)
    case (let a?, let b?): return Extent.sameSite(a, b) ? (px, py) : nil
    case (_?, nil): return py.isOutside || py == .centre ? nil : (.minority(nil), py)
    case (nil, _?): return px.isOutside || px == .centre ? nil : (px, .minority(nil))
    }
  }

  /// Two shares that cannot both hold: more than 100 percent together, or two majorities.
  static func sharesClash(_ a: Portion, _ b: Portion) -> Bool {
    if let x = a.share, let y = b.share { return x + y > 100 }
    if case .majority = a, case .majority = b { return true }
    return false
  }

  /// Two different sides each said to control ground: all of it against any of it; the place as named against
  /// all of it or a majority; parts only when their shares clash; the centre, outskirts or surroundings only
  /// against the same.
  public static func controlsMeet(_ x: ControlAssertion, _ y: ControlAssertion) -> Bool {
    guard let (a, b) = frame(x, y) else { return false }
    if a.isOutside || b.isOutside { return a == b }
    if a == .all || b == .all { return true }
    if a == .place || b == .place {
      let other = a == .place ? b : a
      if case .majority = other { return true }
      return other == .place
    }
    if a == .centre || b == .centre { return a == b }
    return sharesClash(a, b)
  }

  /// Fighting (nobody holds it) against a side's control: fighting anywhere in a place held as a whole; fighting in
  /// the place against a part held is compatible; the centre meets the centre.
  public static func fightingMeetsControl(_ fighting: ControlAssertion, _ control: ControlAssertion) -> Bool {
    guard let (f, c) = frame(fighting, control) else { return false }
    if f.isOutside || c.isOutside { return f == c }
    if c.isWhole { return true }
    // Two unnamed parts are not known to be the same ground; the centre is.
    return f == .centre && c == .centre
  }

  /// A side's presence against another side's control: only control of the whole ground (all of it, or the place
  /// as named when the presence is in the place as named) excludes the other side from it.
  public static func presenceMeetsControl(_ presence: ControlAssertion, _ control: ControlAssertion) -> Bool {
    guard let (p, c) = frame(presence, control) else { return false }
    if p.isOutside || c.isOutside { return p == c }
    if c == .all { return true }
    return c == .place && p.isWhole
  }

  /// A denial that a side holds (or is in) ground against the assertion that it holds (or is in) ground: a denial
  /// about the whole place meets all of it, the place or a majority; a denial about a part meets all of the place
  /// or, for the centre, the centre.
  public static func denialMeetsAssertion(_ denial: ControlAssertion, _ assertion: ControlAssertion) -> Bool {
    guard let (d, a) = frame(denial, assertion) else { return false }
    if d.isOutside || a.isOutside { return d == a }
    if d.isWhole {
      if case .majority = a { return true }
      return a.isWhole
    }
    return a == .all || (a == .centre && d == .centre)
  }
}
