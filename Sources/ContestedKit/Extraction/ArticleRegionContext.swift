/// Gives aggregate claims ("all Turkmen villages in the area", "three villages") the region the article is about.
///
/// An aggregate phrase rarely names its region; the article does, earlier ("villages located in the Turkmen
/// Mountain region") or in its title. For every claim that counts places (`quantity != nil`) and has neither a
/// place id nor a region, the region is the gazetteer region (kind `.region`) named last before the claim's
/// evidence, else the first one named anywhere in the text. A claim about *all* places of that kind then is
/// about the region itself (`place.id` = the region), and a partial one ("three villages") lies in it
/// (`place.region`), so the reconciler can meet them at the region (aggregate conflicts, docs/reconciliation.md).
/// Claims with their own place id or region, and texts that name no region, are left as they are.
public enum ArticleRegionContext {
  /// One mention of a region in the text: its id and the UTF-8 offset where the name starts.
  public struct Mention: Hashable, Sendable {
    /// The region.
    public var region: PlaceID
    /// UTF-8 offset of the first byte of the name.
    public var offset: Int

    /// Creates a mention.
    public init(region: PlaceID, offset: Int) {
      self.region = region
      self.offset = offset
    }
  }

  /// The claims with regions attached as described above (same order, same ids).
  public static func attach(_ claims: [Claim], text: String, gazetteer: Gazetteer) -> [Claim] {
    guard
      claims.contains(where: { $0.quantity != nil && $0.place.id == nil && $0.place.region == nil })
    else {
      return claims
    }
    let mentions = regionMentions(in: text, gazetteer: gazetteer)
    guard let first = mentions.first else { return claims }
    return claims.map { c in
      guard c.quantity != nil, c.place.id == nil, c.place.region == nil else { return c }
      var region = first.region
      if let at = c.evidence?.range?.lowerBound, let last = mentions.last(where: { $0.offset < at }) {
        region = last.region
      }
      var out = c
      if c.quantity?.isAll == true {
        out.place.id = region
        out.place.idFromGazetteer = false
      } else {
        out.place.region = region
      }
      return out
    }
  }

  /// Every mention of a gazetteer region's name (ASCII case-insensitive, on word boundaries), by offset; where
  /// names overlap, the longest wins.
  public static func regionMentions(in text: String, gazetteer: Gazetteer) -> [Mention] {
    let bytes = Array(text.utf8)
    var found: [(offset: Int, length: Int, region: PlaceID)] = []
    for place in gazetteer.places where place.kind == .region {
      for name in place.allNames {
        let needle = Array(name.utf8).map(lower)
        guard needle.count >= 3, needle.count <= bytes.count else { continue }
        var i = 0
        while i + needle.count <= bytes.count {
          if lower(bytes[i]) == needle[0], matches(bytes, at: i, needle),
            i == 0 || !isWordByte(bytes[i - 1]),
            i + needle.count == bytes.count || !isWordByte(bytes[i + needle.count])
          {
            found.append((i, needle.count, place.id))
            i += needle.count
          } else {
            i += 1
          }
        }
      }
    }
    found.sort { $0.offset != $1.offset ? $0.offset < $1.offset : $0.length > $1.length }
    var out: [Mention] = []
    var end = -1
    for f in found where f.offset >= end {
      out.append(Mention(region: f.region, offset: f.offset))
      end = f.offset + f.length
    }
    return out
  }

  private static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

  private static func isWordByte(_ b: UInt8) -> Bool {
    (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0x80
  }

  private static func matches(_ bytes: [UInt8], at i: Int, _ needle: [UInt8]) -> Bool {
    for k in 0..<needle.count where lower(bytes[i + k]) != needle[k] { return false }
    return true
  }
}
