import ContestedKit
import ContestedStore
import Foundation

/// Turns names typed by users or found in files into canonical references, with warnings for what stays unresolved.
struct NameResolver {
  /// The workspace gazetteer (bundle plus the workspace's places), or nil to keep every name as given.
  var gazetteer: Gazetteer?
  /// The sides the workspace knows (``KnownValue/sides(_:)``).
  var sides: [String] = Side.builtIn.map(\.rawValue)

  /// A side for a controller or claimant; a side the workspace does not know is refused with a suggestion
  /// (`option` names the flag in the message).
  func side(_ text: String, option: String) throws -> Side {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    if let problem = KnownValue.problem(t, among: sides, what: "side") {
      throw CLIError.usage("\(option): \(problem) \(KnownValue.newSideHint)")
    }
    return Side(rawValue: t)
  }

  /// A place reference for a name: the canonical id when the gazetteer resolves the name to one place, else the
  /// name as given (matchable later) with a warning that names the candidates.
  func place(_ text: String, id: String? = nil, region: String? = nil) -> (place: PlaceRef, warning: String?) {
    let regionID = region.map(PlaceID.init(rawValue:))
    if let id {
      return (PlaceRef(id: PlaceID(rawValue: id), text: text, region: regionID), nil)
    }
    guard let gazetteer else {
      return (
        PlaceRef(id: nil, text: text, region: regionID),
        "place '\(text)' is not resolved to the gazetteer; kept as given and matchable later."
      )
    }
    let resolution = gazetteer.resolve(text)
    if let found = resolution.place {
      return (PlaceRef(id: found.id, text: text, region: regionID, idFromGazetteer: true), nil)
    }
    let named = resolution.candidates.prefix(3).map { "\($0.place.name) (\($0.place.id))" }
    var warning: String
    if case .ambiguous = resolution {
      warning = "place '\(text)' could be \(named.joined(separator: " or ")); kept as given. Pass --place-id to choose."
    } else {
      warning = "place '\(text)' is not resolved to the gazetteer; kept as given and matchable later."
      if !named.isEmpty { warning += " Close names: \(named.joined(separator: ", "))." }
    }
    return (PlaceRef(id: nil, text: text, region: regionID), warning)
  }

  /// Gives claims without a place id the canonical id of their place name, where the gazetteer resolves it to one
  /// place; the name stays as written. Returns one summary warning for the names left as given, or nil.
  func resolvePlaces(_ chunks: inout [[Claim]]) -> String? {
    guard let gazetteer else { return nil }
    var cache: [String: PlaceID?] = [:]
    var unresolved: [String] = []
    for c in chunks.indices {
      for i in chunks[c].indices where chunks[c][i].place.id == nil {
        let text = chunks[c][i].place.text
        let id: PlaceID?
        if let known = cache[text] {
          id = known
        } else {
          id = gazetteer.resolve(text).place?.id
          cache[text] = id
          if id == nil { unresolved.append(text) }
        }
        chunks[c][i].place.id = id
        chunks[c][i].place.idFromGazetteer = id != nil
      }
    }
    guard !unresolved.isEmpty else { return nil }
    let shown = unresolved.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
    return
      "\(Plural.count(unresolved.count, "place name")) \(unresolved.count == 1 ? "is" : "are") not resolved to the gazetteer "
      + "(\(shown)\(unresolved.count > 5 ? ", …" : "")); kept as given and matchable later. "
      + "'contested places search NAME' shows candidates."
  }
}
