/// Whether a claim asserts or denies that the controller achieved the event at the place.
public enum Stance: String, Codable, CaseIterable, Sendable {
  case asserts
  case denies
}
