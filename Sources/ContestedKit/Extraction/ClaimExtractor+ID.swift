extension ClaimExtractor {
  /// The id of the `index`-th claim (from 1) extracted from an article: `x-` and 16 hex digits of the SHA-256 of
  /// `x:<article id>#<index>`. The same article always yields the same ids, and ids of one article differ from
  /// their first hex digits on, so a short prefix (`x-3fa9`) picks one claim. (Ledgers written before this scheme
  /// hold ids `x-<16 hex of the article>-<index>`; those stay valid, as every id is just a string.)
  static func claimID(seed: String, index: Int) -> ClaimID {
    ClaimID(rawValue: "x-" + String(SHA256.hex(seed + String(index)).prefix(16)))
  }
}
