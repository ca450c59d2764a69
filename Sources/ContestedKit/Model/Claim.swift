import Foundation  // replacingOccurrences

/// Who makes a claim: a person, office, outlet or monitor, the side they belong to,
/// and the independence group they share with those who merely repeat them.
public struct Claimant: Hashable, Sendable {
  /// As written ("Russian media", "Abu Khalid Ghandour").
  public var name: String
  public var side: Side?
  /// Claimants in one group are one voice (RT, Sputnik and TASS are `russian-media`).
  /// When nil, the normalised name is the group.
  public var group: String?

  public init(name: String, side: Side? = nil, group: String? = nil) {
    self.name = name
    self.side = side
    self.group = group
  }

  /// The key used for independence: the group if set, else the case-folded name.
  public var independenceKey: String { group ?? name.lowercased() }
}

/// The outlet and article that carry a claim, and the attribution chain ("Anadolu citing Russian media").
public struct Report: Hashable, Sendable {
  public var outlet: String?
  public var article: ArticleID?
  public var url: String?
  public var published: Day?
  /// Outermost first: ["Daily Sabah", "Anadolu Agency", "Russian media"].
  public var chain: [String]

  public init(
    outlet: String? = nil, article: ArticleID? = nil, url: String? = nil, published: Day? = nil,
    chain: [String] = []
  ) {
    self.outlet = outlet
    self.article = article
    self.url = url
    self.published = published
    self.chain = chain
  }

  public var isEmpty: Bool { outlet == nil && article == nil && url == nil && published == nil && chain.isEmpty }
}

/// A place as a claim names it: the canonical gazetteer id when resolved, the surface text always.
public struct PlaceRef: Hashable, Sendable {
  /// Nil while the name is not resolved; the claim keeps `text` and can be matched later.
  public var id: PlaceID?
  public var text: String
  /// The region the place lies in (e.g. `region:jabal-al-turkman`), when known.
  public var region: PlaceID?
  /// How much of the place the claim is about, when set explicitly (claim JSON version 2, `place.extent`); when
  /// nil the text decides (``reading``).
  public var extent: Extent?
  /// True when `id` was resolved from `text` by the gazetteer when the claim was recorded (claim JSON
  /// `place.id_source: "gazetteer"`), not set by a person: such an id is derived state, recomputed from the text and
  /// the current gazetteer at each reconciliation, so a place or alias added later applies without an edit.
  public var idFromGazetteer: Bool

  public init(
    id: PlaceID? = nil, text: String, region: PlaceID? = nil, extent: Extent? = nil, idFromGazetteer: Bool = false
  ) {
    self.idFromGazetteer = idFromGazetteer && id != nil
    self.id = id
    self.text = text
    self.region = region
    self.extent = extent
  }

  /// The head place and extent: the explicit extent if set, else what the text says (``PlaceReading``).
  public var reading: PlaceReading {
    let read = PlaceReading.read(text)
    return extent.map { PlaceReading(head: read.head, extent: $0) } ?? read
  }

  /// The text of the head place the key is made from: the reading's head unless it only names a kind of place
  /// ("the city centre"), else the whole text.
  public static func headText(of reading: PlaceReading, text: String) -> String {
    let head = reading.head
    if head.isEmpty || PlaceReading.genericHeads.contains(head.lowercased()) { return text }
    return head
  }

  /// The id the reconciler groups by: the canonical id, else `unresolved:` and ``unresolvedKey(_:)`` of the head
  /// place's text (the extent is apart: "the outskirts of Kobani" is keyed as Kobani).
  public var key: PlaceID {
    if let id { return id }
    return PlaceID(rawValue: "unresolved:" + Self.unresolvedKey(Self.headText(of: reading, text: text)))
  }

  /// Words that describe how much of a place a claim is about ("part of", "most of", "90% of").
  private static let extentWords = Set(
    [
      "part", "parts", "most", "much", "all", "nearly", "almost", "about", "over", "some", "large", "section",
      "sections",
      "percent", "territory", "whole", "entire", "rest",
    ].map(NameNormalizer.normalize))
  /// Generic words that name the kind of place, not the place ("Hadrut village", "the town of Lashio").
  private static let kindWords = Set(
    [
      "village", "town", "city", "district", "neighborhood", "neighbourhood", "area", "region", "province", "suburb",
    ].map(NameNormalizer.normalize))

  /// A name for a place the gazetteer does not know, so that spellings of one place agree where they can:
  /// transliteration folded (``NameNormalizer``), possessives, "the", what is said about extent ("part of",
  /// "nearly 90% of"), kind words ("the village of", "… town"), "International" and trailing "and its
  /// surroundings" dropped, and vowels blinded (``NameNormalizer/looseKey(_:)``). "Hodeida's airport" = "Hodeida
  /// International Airport"; "Hadrut village" = "the village of Hadrut" = "Hadrut"; "Kupiansk" = "Kupyansk".
  private static let international = NameNormalizer.normalize("international")

  public static func unresolvedKey(_ text: String) -> String {
    var t = text.replacingOccurrences(of: "’s ", with: " ").replacingOccurrences(of: "'s ", with: " ")
    if let and = t.range(of: " and ") { t = String(t[..<and.lowerBound]) }
    var words = NameNormalizer.words(t)
    if let of = words.prefix(5).firstIndex(of: "of"), of > 0,
      words[..<of].allSatisfy({ extentWords.contains($0) || $0 == "the" || $0.allSatisfy(\.isNumber) })
    {
      words.removeFirst(of + 1)
    }
    words.removeAll { $0 == "the" || $0 == international }
    if words.count >= 3, kindWords.contains(words[0]), words[1] == "of" { words.removeFirst(2) }
    while words.count > 1, let last = words.last, kindWords.contains(last) { words.removeLast() }
    // Vowel-blind (NameNormalizer.looseKey), so that spellings of a name the gazetteer does not know meet:
    // Kupiansk/Kupyansk, Avdiivka/Avdeevka, El Fasher/El Fashir.
    return words.isEmpty ? text.lowercased() : NameNormalizer.looseKey(words.joined(separator: " "))
  }
}

/// The force a claim is about ("Shiite militias") and the side it belongs to.
public struct ControllerRef: Hashable, Sendable {
  public var name: String?
  public var side: Side

  public init(name: String? = nil, side: Side) {
    self.name = name
    self.side = side
  }
}

/// A count for aggregate claims: "eight villages", "all Turkmen villages", "three villages".
public struct Quantity: Hashable, Sendable {
  /// Nil for "all", "several", "most".
  public var count: Int?
  /// True for "all …" (every place of that kind in the region).
  public var isAll: Bool
  /// What is counted ("villages", "percent").
  public var unit: String?

  public init(count: Int? = nil, isAll: Bool = false, unit: String? = nil) {
    self.count = count
    self.isAll = isAll
    self.unit = unit
  }
}

/// The verbatim text that supports a claim and where it sits in its article.
public struct Evidence: Hashable, Sendable {
  public var quote: String
  public var article: ArticleID?
  /// UTF-8 byte offsets into the article text, half-open.
  public var range: Range<Int>?

  public init(quote: String, article: ArticleID? = nil, range: Range<Int>? = nil) {
    self.quote = quote
    self.article = article
    self.range = range
  }
}

/// One claim of territorial control: who says which side took, holds or lost which place, and when.
public struct Claim: Hashable, Sendable, Identifiable {
  public var id: ClaimID
  public var claimant: Claimant
  public var reportedBy: Report
  public var place: PlaceRef
  public var controller: ControllerRef
  public var stance: Stance
  public var event: ControlEvent
  /// Nil when the text gives no time at all.
  public var when: TimeSpan?
  public var quantity: Quantity?
  public var evidence: Evidence?
  public var origin: ClaimOrigin
  public var status: ClaimStatus
  /// A reviewer's or importer's free-text note.
  public var note: String?

  public init(
    id: ClaimID, claimant: Claimant, reportedBy: Report = Report(), place: PlaceRef,
    controller: ControllerRef, stance: Stance = .asserts, event: ControlEvent = .holds,
    when: TimeSpan? = nil, quantity: Quantity? = nil, evidence: Evidence? = nil,
    origin: ClaimOrigin = .manual, status: ClaimStatus = .proposed, note: String? = nil
  ) {
    self.id = id
    self.claimant = claimant
    self.reportedBy = reportedBy
    self.place = place
    self.controller = controller
    self.stance = stance
    self.event = event
    self.when = when
    self.quantity = quantity
    self.evidence = evidence
    self.origin = origin
    self.status = status
    self.note = note
  }
}
