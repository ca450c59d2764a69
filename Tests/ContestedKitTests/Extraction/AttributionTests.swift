import ContestedKit
import Testing

@Suite struct AttributionTests {
  func claimant(_ body: String) -> String? { X.claims(body).first?.claimant.name }

  @Test func `speaker before the claim`() {
    #expect(
      claimant("Rebel commander Abu Omar said that rebels seized the village of Tal Ahmar.")
        == "Rebel commander Abu Omar")
    #expect(claimant("The army told state television it had recaptured the town of Tal Ahmar.") == "army")
  }

  @Test func `according to, before and after`() {
    #expect(
      claimant("According to the Syrian Observatory, rebels seized the village of Tal Ahmar.")
        == "Syrian Observatory")
    #expect(
      claimant("Rebels seized the village of Tal Ahmar on Friday, according to local sources.")
        == "local sources")
  }

  @Test func `attribution after the quote`() {
    let c = X.claims(
      "\u{201C}Our fighters captured the village of Tal Ahmar,\u{201D} said Abu Omar, a rebel commander.")
    #expect(c.first?.claimant.name == "Abu Omar, a rebel commander")
    #expect(c.first?.controller.side == .opposition)
    let d = X.claims("Abu Omar, a spokesman for the Free Syrian Army, spoke to us. \"We captured Tal Ahmar,\" he said.")
    #expect(d.first?.claimant.name.hasPrefix("Abu Omar") == true)
    #expect(d.first?.controller.side == .opposition)
  }

  @Test func `reported, stated on Twitter, sources`() {
    #expect(
      claimant("Government forces regained the village of Tal Ahmar, military sources reported.")
        == "military sources")
    let c = X.claims("Rebels took over new areas near Tal Ahmar, as Jaysh al-Fatah stated on its Twitter account.")
    #expect(c.isEmpty || c.first?.claimant.name.contains("Jaysh al-Fatah") == true)
  }

  @Test func `the outlet's own voice, or the wire in the dateline`() {
    #expect(claimant("Rebels seized the village of Tal Ahmar on Friday.") == "Test Wire")
    #expect(
      X.claims("BEIRUT (AP) \u{2014} Rebels seized the village of Tal Ahmar on Friday.").first?.claimant.name
        == "Associated Press")
  }
}
