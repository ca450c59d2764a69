extension Extent {
  /// Writes `"extent": {"kind": …, "share": …, "most": true, "site": …}` (absent fields omitted).
  func writeJSON(to w: inout JSONWriter) {
    w.key("extent")
    w.beginObject()
    w.key("kind")
    w.string(kind.rawValue)
    if let share {
      w.key("share")
      w.int(share)
    }
    if most {
      w.key("most")
      w.bool(true)
    }
    if let site {
      w.key("site")
      w.string(site)
    }
    w.endObject()
  }

  /// Reads the `place.extent` object; unknown keys are skipped, a bad kind, share or site is a field error.
  static func read(_ c: inout JSONCursor) throws -> Extent {
    guard try c.peekKind() == .object else { throw FieldError(field: "place.extent", "expected an object") }
    var kind: String?
    var share: Int?
    var most = false
    var site: String?
    var failure: FieldError?
    try c.readObject { (c: inout JSONCursor, k: JSONKey) throws(JSONError) in
      let kindOfValue = try c.peekKind()
      if c.key(k, is: "kind"), kindOfValue == .string {
        kind = try c.readString()
      } else if c.key(k, is: "share"), kindOfValue == .number {
        share = try c.readInt()
      } else if c.key(k, is: "most"), kindOfValue == .bool {
        most = try c.readBool()
      } else if c.key(k, is: "site"), kindOfValue == .string {
        site = try c.readString()
      } else if c.key(k, is: "kind") || c.key(k, is: "share") || c.key(k, is: "most") || c.key(k, is: "site") {
        failure = failure ?? FieldError(field: "place.extent", "expected kind and site as strings, share as a number")
        try c.skipValue()
      } else {
        try c.skipValue()
      }
    }
    if let failure { throw failure }
    let names = Kind.allCases.map(\.rawValue).joined(separator: ", ")
    guard let kind, let k = Kind(rawValue: kind) else {
      throw FieldError(
        field: "place.extent.kind", "expected one of \(names), found \(kind.map { "'\($0)'" } ?? "none")")
    }
    if let share, !(0...100).contains(share) {
      throw FieldError(field: "place.extent.share", "expected a percentage 0-100, found \(share)")
    }
    return Extent(kind: k, share: share, most: most, site: site)
  }
}
