/// The control predicates the rules read, derived from the `ControlLexicon`'s phrases: each word form with the
/// senses its phrases give ("took" plain, "took back", "took control of"), plus the nouns that name a capture.
struct PredicateLexicon: Sendable {
  /// One reading of a predicate word.
  struct Sense: Sendable {
    var event: ControlEvent
    var direction: ControlDirection
    /// The words after the predicate in the phrase ("control of", "from", "back"), empty for the bare word.
    var tail: [String]
  }

  /// Senses by lower-cased word form.
  let verbs: [String: [Sense]]
  /// Capture nouns: "the capture of X", "X's fall".
  let nouns: [String: Sense]

  static let standard = PredicateLexicon(lexicon: .standard)

  init(lexicon: ControlLexicon) {
    var v: [String: [Sense]] = [:]
    for p in lexicon.phrases where !p.words.isEmpty {
      let tail = Array(p.words.dropFirst())
      guard !["fighting", "clashes", "battles", "have", "has", "under"].contains(p.words[0]) else { continue }
      v[p.words[0], default: []].append(Sense(event: p.event, direction: p.direction, tail: tail))
    }
    verbs = v
    nouns = [
      "capture": Sense(event: .captured, direction: .subjectGains, tail: []),
      "seizure": Sense(event: .captured, direction: .subjectGains, tail: []),
      "liberation": Sense(event: .captured, direction: .subjectGains, tail: []),
      "takeover": Sense(event: .captured, direction: .subjectGains, tail: []),
      "recapture": Sense(event: .recaptured, direction: .subjectGains, tail: []),
      "retaking": Sense(event: .recaptured, direction: .subjectGains, tail: []),
      "fall": Sense(event: .captured, direction: .objectFalls, tail: []),
    ]
  }

  /// The sense whose tail the word's dependents show, else the bare sense, else the first.
  func sense(of form: String, first tailWord: (String) -> Bool) -> Sense? {
    guard let all = verbs[form] else { return nil }
    if let s = all.first(where: { !$0.tail.isEmpty && tailWord($0.tail[0]) }) { return s }
    return all.first(where: { $0.tail.isEmpty }) ?? all.first
  }
}
