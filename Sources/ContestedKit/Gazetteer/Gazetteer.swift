/// An immutable set of places with name indexes and containment (place ⊂ region ⊂ district ⊂ governorate).
///
/// Build one with ``init(places:)``, or start from ``bundled`` (GeoNames-derived Syria data plus the curated
/// supplement) and add a workspace's places with ``merging(_:)``. Matching lives in `Gazetteer+Matching.swift`.
public struct Gazetteer: Sendable {
  /// Every place, sorted by id (byte order).
  public let places: [Place]
  let storage: Storage

  /// Index structures, shared between copies.
  final class Storage: Sendable {
    let indexByID: [PlaceID: Int32]
    /// Verbatim stored names → the hit code of their normal-form key (skips normalizing exact spellings).
    let raw: ByteKeyTable
    /// Spaceless normal-form key → hit code: `place << 32 | name` for a single hit, `-1 - i` for `multi[i]`.
    let exact: [String: Int64]
    /// The same as `exact`, keyed by bytes (the fast path).
    let exactBytes: ByteKeyTable
    /// Hit lists of keys shared by several places.
    let multi: [[NameHit]]
    /// Vowel-blind key → hits.
    let loose: [String: [NameHit]]
    /// Normal-form keys bucketed by byte length, for the edit-distance fallback.
    let byLength: [[FuzzyEntry]]
    /// Direct children of each place.
    let children: [[Int32]]
    /// Transitive containers of each place, nearest first.
    let ancestors: [[Int32]]
    /// The largest number of space-separated words in any stored name (bounds prefix matching).
    let maxWords: Int

    init(places: [Place]) {
      var indexByID: [PlaceID: Int32] = [:]
      indexByID.reserveCapacity(places.count)
      for (i, p) in places.enumerated() { indexByID[p.id] = Int32(i) }
      var rawKeys: [String: String] = [:]
      var exactLists: [String: [NameHit]] = [:]
      var loose: [String: [NameHit]] = [:]
      var byLength: [[FuzzyEntry]] = []
      var maxWords = 1
      for (i, place) in places.enumerated() {
        for (n, name) in place.allNames.enumerated() {
          let keys = NameKeys(name)
          guard keys.isIndexable else { continue }
          let hit = NameHit(place: Int32(i), name: Int32(n))
          rawKeys[name] = keys.key
          exactLists[keys.key, default: []].appendUnique(hit)
          loose[keys.loose, default: []].append(hit)
          let bytes = keys.buffer.bytes
          if bytes.count >= byLength.count { byLength += Array(repeating: [], count: bytes.count - byLength.count + 1) }
          byLength[bytes.count].append(FuzzyEntry(key: bytes, hit: hit))
          var words = 1
          for c in name.utf8 where c == 0x20 || c == 0x2D { words += 1 }
          maxWords = max(maxWords, min(words, 8))
        }
      }
      var exact: [String: Int64] = [:]
      exact.reserveCapacity(exactLists.count)
      var multi: [[NameHit]] = []
      for (key, hits) in exactLists {
        if hits.count == 1 {
          exact[key] = Int64(hits[0].place) << 32 | Int64(hits[0].name)
        } else {
          exact[key] = -1 - Int64(multi.count)
          multi.append(hits)
        }
      }
      var rawPairs: [(key: [UInt8], value: Int64)] = []
      rawPairs.reserveCapacity(rawKeys.count)
      for (name, key) in rawKeys { if let code = exact[key] { rawPairs.append((Array(name.utf8), code)) } }
      let raw = ByteKeyTable(rawPairs)
      let exactBytes = ByteKeyTable(exact.map { (Array($0.key.utf8), $0.value) })
      var children = Array(repeating: [Int32](), count: places.count)
      for (i, p) in places.enumerated() {
        for parent in p.parents {
          if let j = indexByID[parent], j != Int32(i) { children[Int(j)].append(Int32(i)) }
        }
      }
      var ancestors = Array(repeating: [Int32](), count: places.count)
      for i in places.indices {
        if places[i].parents.isEmpty { continue }
        var seen: Set<Int32> = [Int32(i)]
        var queue: [Int32] = places[i].parents.compactMap { indexByID[$0] }
        var order: [Int32] = []
        var head = 0
        while head < queue.count {
          let j = queue[head]
          head += 1
          guard seen.insert(j).inserted else { continue }
          order.append(j)
          queue += places[Int(j)].parents.compactMap { indexByID[$0] }
        }
        // Nearest first: regions and features, then districts, then governorates (stable within a kind).
        ancestors[i] = order.enumerated().sorted { l, r in
          let a = places[Int(l.element)].kind.rank
          let b = places[Int(r.element)].kind.rank
          return a != b ? a < b : l.offset < r.offset
        }.map(\.element)
      }
      self.indexByID = indexByID
      self.raw = raw
      self.exact = exact
      self.exactBytes = exactBytes
      self.multi = multi
      self.loose = loose
      self.byLength = byLength
      self.children = children
      self.ancestors = ancestors
      self.maxWords = maxWords
    }
  }

  /// Builds a gazetteer; when two places share an id the later one wins.
  public init(places: [Place]) {
    var byID: [PlaceID: Place] = [:]
    for p in places { byID[p.id] = p }
    let sorted = byID.values.sorted { $0.id < $1.id }
    self.places = sorted
    self.storage = Storage(places: sorted)
  }

  /// The place with this id.
  public func place(id: PlaceID) -> Place? {
    storage.indexByID[id].map { places[Int($0)] }
  }

  /// Number of places.
  public var count: Int { places.count }

  /// A new gazetteer with `userPlaces` added; a user place with an existing id replaces that entry.
  public func merging(_ userPlaces: [Place]) -> Gazetteer {
    if userPlaces.isEmpty { return self }
    return Gazetteer(places: places + userPlaces)
  }

  /// The regions, districts and governorates that contain `place`, transitively, nearest first.
  public func regions(containing place: PlaceID) -> [PlaceID] {
    guard let i = storage.indexByID[place] else { return [] }
    return storage.ancestors[Int(i)].map { places[Int($0)].id }
  }

  /// The governorate (first-level unit) that contains `place`, or the place itself if it is one.
  public func governorate(of place: PlaceID) -> PlaceID? {
    guard let i = storage.indexByID[place] else { return nil }
    if places[Int(i)].kind == .governorate { return place }
    return storage.ancestors[Int(i)].lazy.map { self.places[Int($0)] }.first { $0.kind == .governorate }?.id
  }

  /// Every place inside `region`, transitively, in id order (the region itself excluded).
  public func places(in region: PlaceID) -> [Place] {
    guard let r = storage.indexByID[region] else { return [] }
    var seen: Set<Int32> = [r]
    var queue = storage.children[Int(r)]
    var head = 0
    while head < queue.count {
      let j = queue[head]
      head += 1
      guard seen.insert(j).inserted else { continue }
      queue += storage.children[Int(j)]
    }
    seen.remove(r)
    return seen.sorted().map { places[Int($0)] }
  }

  /// True when `place` lies inside `region` (directly or through districts and sub-regions).
  public func contains(region: PlaceID, place: PlaceID) -> Bool {
    guard let r = storage.indexByID[region], let p = storage.indexByID[place] else { return false }
    return storage.ancestors[Int(p)].contains(r)
  }
}

extension Gazetteer.Storage {
  /// The hits of an exact-index code.
  func hits(_ code: Int64) -> [NameHit] {
    code >= 0 ? [NameHit(code)] : multi[Int(-1 - code)]
  }

  /// The hits of a normal-form key.
  func exactHits(_ key: String) -> [NameHit]? { exact[key].map(hits) }
}

/// One indexed name: the place and which of its names (0 = the primary name).
struct NameHit: Hashable, Sendable {
  var place: Int32
  var name: Int32

  init(place: Int32, name: Int32) {
    self.place = place
    self.name = name
  }

  /// Decodes a single-hit code.
  init(_ code: Int64) {
    place = Int32(truncatingIfNeeded: code >> 32)
    name = Int32(truncatingIfNeeded: code)
  }
}

/// A normal-form key with its hit, for the edit-distance scan.
struct FuzzyEntry: Sendable {
  var key: [UInt8]
  var hit: NameHit
}

/// The index keys of one name.
struct NameKeys {
  var key: String
  let buffer: WordBuffer
  /// False for keys that would match too much: empty, shorter than 3 bytes, or only a generic word
  /// ("Tal", "Mount", "Hill", "Ain").
  var isIndexable: Bool

  init(_ name: String) {
    var buffer = WordBuffer()
    buffer.fill(from: name)
    self.init(buffer: buffer)
  }

  init(buffer: WordBuffer) {
    self.buffer = buffer
    key = buffer.joined(separator: nil)
    isIndexable = buffer.bytes.count >= 3 && !(buffer.wordCount == 1 && GenericWords.isCanonical(buffer.bytes))
  }

  /// The vowel-blind key (computed on demand: only the slower tiers need it).
  var loose: String { NameKeys.loose(of: buffer) }

  static func loose(of buffer: WordBuffer) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(buffer.bytes.count)
    for word in buffer.words {
      var first = true
      for b in buffer.bytes[word] {
        let vowel = b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || (b == 0x79 && !first)
        first = false
        if vowel {
          if out.last != 0x2A { out.append(0x2A) }
        } else {
          out.append(b)
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension GenericWords {
  static func isCanonical(_ key: [UInt8]) -> Bool {
    canonical.contains { !$0.isEmpty && $0 == key }
  }
}

extension Array where Element == NameHit {
  fileprivate mutating func appendUnique(_ hit: NameHit) {
    if !contains(where: { $0.place == hit.place }) { append(hit) }
  }
}
