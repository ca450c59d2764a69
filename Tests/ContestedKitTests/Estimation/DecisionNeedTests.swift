import Testing

@testable import ContestedKit

@Suite struct DecisionNeedTests {
  private func cell(_ probability: Double) -> CellEstimate {
    CellEstimate(
      place: "q", window: TimeSpan(from: Day(iso: "2020-01-01")!, to: Day(iso: "2020-01-02")!, precision: .range),
      holder: .government, best: .government, probability: probability, alternatives: [], unnamed: 0, claims: [],
      verdict: nil, reasons: [])
  }

  @Test func needIsPriorityTimesUncertainty() {
    #expect(DecisionNeed.score(priority: 50, estimate: cell(0.9)) == 50 * (1 - 0.9))
    #expect(DecisionNeed.score(priority: 50, estimate: cell(1)) == 0)
    #expect(DecisionNeed.score(priority: 50, estimate: nil) == 50)
  }

  /// Two conflicts from claims: the one the evidence settles comes after the one it leaves open, though its
  /// priority is higher; equal needs keep the priority order.
  @Test func settledConflictsComeAfterOpenOnes() throws {
    func claim(_ id: String, _ claimant: String, _ place: String, _ side: Side) -> Claim {
      Claim(
        id: ClaimID(rawValue: id), claimant: Claimant(name: claimant),
        place: PlaceRef(id: PlaceID(rawValue: place), text: place), controller: ControllerRef(side: side),
        stance: .asserts, event: .holds, when: .day(Day(iso: "2020-01-01")!), origin: .imported, status: .accepted)
    }
    let claims = [
      claim("a1", "alpha", "settled", .government), claim("a2", "bravo", "settled", .government),
      claim("a3", "charlie", "settled", .government), claim("a4", "delta", "settled", .opposition),
      claim("b1", "alpha", "open", .government), claim("b2", "delta", "open", .opposition),
      // Four sides in all, so a voice of unknown standing is better than chance.
      claim("k1", "echo", "k", .kurdish), claim("i1", "echo", "i", .isis),
    ]
    var conflicts = Reconciler().reconcile(claims)
    #expect(conflicts.count == 2)
    let settled = try #require(conflicts.firstIndex { $0.place == "settled" })
    let open = try #require(conflicts.firstIndex { $0.place == "open" })
    conflicts[settled].priority.score = 60
    conflicts[open].priority.score = 40
    let estimate = TruthEstimator().estimate(claims: claims)
    var cells: [ConflictID: CellEstimate] = [:]
    for c in conflicts { cells[c.id] = estimate.cells.first { $0.place == c.place } }
    #expect(try #require(cells[conflicts[settled].id]).probability > 0.8)
    let ordered = DecisionNeed.order(conflicts, estimates: cells)
    #expect(ordered.map(\.place) == ["open", "settled"])
    // Without estimates the need is the priority itself.
    #expect(DecisionNeed.order(conflicts, estimates: [:]).map(\.place) == ["settled", "open"])
  }
}
