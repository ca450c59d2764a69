/// The id of a conflict: `C-` and 12 hex digits of a content hash (see `Conflict.makeID`).
public struct ConflictID: StringIdentifier {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// What kind of contradiction a conflict is.
public enum ConflictKind: String, CaseIterable, Sendable, Codable {
  /// Independent voices assert different sides hold the place.
  case contradiction
  /// One voice asserts a side holds the place, an independent one denies it.
  case denial
  /// A claim about a region ("all Turkmen villages", "three villages") against another claim in that region.
  case aggregate
  /// One voice (claimant group) contradicts itself.
  case selfContradiction = "self-contradiction"
}

/// Where a conflict stands in the review workflow (docs/review.md). Until reviews exist every conflict is open.
public enum ConflictStatus: String, CaseIterable, Sendable, Codable {
  case open
  case inReview = "in-review"
  case resolved
  case unresolvable
}

/// One position in a conflict ("government holds", "opposition does not hold") and the claims taking it.
public struct ConflictSide: Hashable, Sendable {
  /// The side asserted or denied.
  public var side: Side
  /// Whether the claims say the side held the place or did not.
  public var stance: Stance
  /// The claims taking this position, in id (byte) order.
  public var claims: [ClaimID]

  /// Creates a side.
  public init(side: Side, stance: Stance, claims: [ClaimID]) {
    self.side = side
    self.stance = stance
    self.claims = claims
  }

  /// "government holds" / "opposition does not hold".
  public var label: String { stance == .asserts ? "\(side) holds" : "\(side) does not hold" }
}

/// Two claims whose assertions cannot both be true (an edge of a conflict).
public struct ConflictPair: Hashable, Sendable, Comparable {
  /// The smaller claim id (byte order).
  public var a: ClaimID
  /// The larger claim id.
  public var b: ClaimID
  /// The place key the two meet at (the region for a claim about a region).
  public var place: PlaceID
  /// The kind this pair alone would be.
  public var kind: ConflictKind

  /// Creates a pair, ordering the ids.
  public init(_ x: ClaimID, _ y: ClaimID, place: PlaceID, kind: ConflictKind) {
    (a, b) = x < y ? (x, y) : (y, x)
    self.place = place
    self.kind = kind
  }

  /// Orders by (a, b, place, kind).
  public static func < (l: ConflictPair, r: ConflictPair) -> Bool {
    if l.a != r.a { return l.a < r.a }
    if l.b != r.b { return l.b < r.b }
    if l.place != r.place { return l.place < r.place }
    return l.kind.rawValue < r.kind.rawValue
  }
}

/// A set of claims about one place (or region) and overlapping time that cannot all be true.
public struct Conflict: Hashable, Sendable, Identifiable {
  /// Stable id: see `makeID`.
  public var id: ConflictID
  public var kind: ConflictKind
  /// The place key the claims meet at (for an aggregate, the region).
  public var place: PlaceID
  /// A readable name for the place (the surface text of a claim about it), or the key.
  public var placeName: String
  /// The positions, each with its claims; sorted by label.
  public var sides: [ConflictSide]
  /// From the earliest to the latest day on which two of the claims contradict each other.
  public var window: TimeSpan
  /// The contradicting claim pairs, sorted: all of them, or the first `Conflict.listedPairLimit` found when there
  /// are more (`pairCount` says how many there are; `Reconciler.pairs(among:)` lists every one).
  public var pairs: [ConflictPair]
  /// How many contradicting pairs the conflict has (equal to `pairs.count` unless that was cut).
  public var pairCount: Int = 0
  public var priority: ConflictPriority
  public var status: ConflictStatus
  /// Ids this conflict was shown under before: conflicts that merged into it, and its id under the byte-order
  /// founding pair of earlier versions. Every command that takes an id accepts them.
  public var formerIDs: [ConflictID] = []

  /// At most this many pairs are kept on a conflict: many claims about one place can contradict each other in
  /// millions of pairs, and no reader needs them all.
  public static let listedPairLimit = 1000

  /// Every claim in the conflict, in id order.
  public var claims: [ClaimID] { Array(Set(sides.flatMap(\.claims))).sorted() }

  /// The stable id of a conflict: `C-` + the first 12 hex digits of FNV-1a-64 over
  /// `"conflict/v1\n" + place + "\n" + a + "\n" + b`, where (a, b) is the founding pair: the conflict's first
  /// contradicting pair in claim (ledger) order (`Reconciler.lineage`). A claim that joins later cannot change it;
  /// when two conflicts merge, the older founder's id stays and the other becomes a former id; the kind is not part
  /// of it.
  public static func makeID(place: PlaceID, foundingPair pair: (ClaimID, ClaimID)) -> ConflictID {
    let text = "conflict/v1\n\(place.rawValue)\n\(pair.0.rawValue)\n\(pair.1.rawValue)"
    let hex = FNV1a64.hash(Array(text.utf8)).hexDigits
    return ConflictID(rawValue: "C-" + hex.prefix(12))
  }
}

/// FNV-1a, 64-bit: a tiny stable (platform- and run-independent) hash for ids.
public enum FNV1a64 {
  /// The hash of `bytes`.
  public static func hash(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }
}

extension UInt64 {
  /// 16 lower-case hex digits.
  var hexDigits: String {
    let s = String(self, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
