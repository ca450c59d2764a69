/// Refusing values outside a known vocabulary (sides, events, stances, precisions) with a "did you mean".
public enum KnownValue {
  /// "'russian-goverment' is not a known side; did you mean 'russian-government'? (known: a, b, …)", or nil when
  /// `value` is one of `known`.
  public static func problem(_ value: String, among known: [String], what: String) -> String? {
    if known.contains(value) { return nil }
    var m = "'\(value)' is not a known \(what)"
    if let s = EditDistance.suggestion(for: value, among: known) { m += "; did you mean '\(s)'?" } else { m += "." }
    return m + " Known: \(known.joined(separator: ", "))."
  }

  /// The sides a workspace knows: the built-in ones, then those of its actors (`actors.tsv`), each once.
  public static func sides(_ factions: FactionRegistry?) -> [String] {
    var out = Side.builtIn.map(\.rawValue)
    var seen = Set(out)
    for f in factions?.factions ?? [] where seen.insert(f.side.rawValue).inserted { out.append(f.side.rawValue) }
    return out
  }

  /// How to use a side no actor has yet.
  public static let newSideHint = "To use a new side, add an actor of it first: contested actors add NAME --side SIDE."
}
