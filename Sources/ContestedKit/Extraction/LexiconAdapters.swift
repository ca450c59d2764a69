/// The gazetteer as the extractor's place lexicon: every name and alias, and an id when a name resolves to one
/// place. The extractor only takes a gazetteer name where the text capitalises it.
extension Gazetteer: PlaceLexicon {
  /// Every name and alias of every place.
  public var placeNames: [String] { places.flatMap { $0.allNames } }

  /// The id of the one place whose name has the same normal form, else nil (an exact lookup, no fuzzy search;
  /// the reviewer and the reconciler resolve the rest). A settlement wins over the districts and governorates that
  /// share its name ("Idlib" is the city; "Idlib Governorate" and "Idlib province" name the governorate through
  /// their own stored names); two settlements (or two places of one kind) sharing a name stay unresolved.
  public func placeID(for name: String) -> PlaceID? {
    // The same as the distinct ids of `normalFormMatches(name)`, through the byte-keyed index and without
    // materialising the places (this runs once per extracted claim).
    let code: Int64
    if let c = storage.raw.value(for: name) {
      code = c  // a stored spelling, verbatim: its key is already known
    } else {
      var buffer = WordBuffer()
      buffer.fill(from: name)
      guard let c = storage.exactBytes.value(for: buffer.bytes) else { return nil }
      code = c
    }
    let hits = storage.hits(code)
    guard let first = hits.first else { return nil }
    var best = places[Int(first.place)]
    var tie = false
    for h in hits.dropFirst() {
      let p = places[Int(h.place)]
      if p.id == best.id { continue }
      if p.kind.rank < best.kind.rank {
        best = p
        tie = false
      } else if p.kind.rank == best.kind.rank {
        tie = true
      }
    }
    // Only a settlement (or feature) over administrative units of the same name; anything else is ambiguous.
    guard !tie else { return nil }
    if best.kind.rank > Place.Kind.feature.rank,
      hits.contains(where: { places[Int($0.place)].id != best.id })
    {
      return nil
    }
    return best.id
  }
}

/// The built-in force names plus every name and alias of a faction registry that the built-in table lacks.
///
/// Built-in entries keep their weights (a named party beats a nationality beats a generic noun); registry names
/// come in as named parties, monitors and outlets as claimant-only names. Aliases that are also common words
/// ("IS", "RT", "AP") are left out: the extractor handles the upper-case forms itself.
public struct RegistryFactionLexicon: FactionLexicon {
  /// The combined entries.
  public let factionPhrases: [FactionPhrase]

  /// Combines a registry with a base lexicon (default: the built-in one).
  public init(registry: FactionRegistry, base: any FactionLexicon = BuiltInFactionLexicon()) {
    var out = base.factionPhrases
    var seen = Set(out.map { $0.phrase.lowercased() })
    let vocab = Vocabulary.standard
    let common =
      WordClass.function | WordClass.auxiliary | WordClass.speech | WordClass.control
      | WordClass.placeNoun | WordClass.placeNouns | WordClass.time
    for f in registry.factions {
      let claimantOnly = f.side == .media || f.side == .independentMonitor
      for name in f.allNames {
        let key = name.lowercased()
        if seen.contains(key) { continue }
        let words = WordHash.phrase(name)
        if words.isEmpty { continue }
        if words.count == 1 && (name.utf8.count <= 2 || vocab.classes(of: words[0]) & common != 0) { continue }
        seen.insert(key)
        out.append(FactionPhrase(name, f.side, weight: 3, claimantOnly: claimantOnly))
      }
    }
    factionPhrases = out
  }
}
