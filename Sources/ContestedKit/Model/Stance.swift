/// Whether a claim asserts or denies that the controller achieved the event at the place.
public enum Stance: String, Codable, CaseIterable, Sendable {
  case asserts
  case denies
}

extension Stance {
  /// The one rule of who contradicts whom, before extent, mode and alliances, shared by the conflict engine
  /// (``ControlAssertion/isIncompatible(with:)``) and `contested check` (its sweep): two claims that each say a
  /// holder contradict when the holders differ; a claim and a denial contradict when they name the same holder; two
  /// denials never do. Written over flags so the check sweep's inner loop asks it without building values.
  @inline(__always) public static func contradict(firstDenies: Bool, secondDenies: Bool, sameHolder: Bool) -> Bool {
    firstDenies != secondDenies ? sameHolder : !firstDenies && !sameHolder
  }

  /// ``contradict(firstDenies:secondDenies:sameHolder:)`` for two stances.
  @inline(__always) public static func contradict(_ a: Stance, _ b: Stance, sameHolder: Bool) -> Bool {
    contradict(firstDenies: a == .denies, secondDenies: b == .denies, sameHolder: sameHolder)
  }
}
