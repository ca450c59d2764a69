extension Claim {
  /// An id derived from the claim's content (everything but id, origin, status and note), so the same
  /// claim imported or added twice gets the same id: `c-` and 16 hex digits of SHA-256.
  public var contentID: ClaimID {
    var copy = self
    copy.id = ""
    copy.origin = .manual
    copy.status = .proposed
    copy.note = nil
    copy.place.idFromGazetteer = false
    var w = JSONWriter()
    copy.writeJSON(to: &w)
    return ClaimID(rawValue: "c-" + String(SHA256.hex(w.bytes).prefix(16)))
  }
}
