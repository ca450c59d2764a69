import ContestedKit
import Testing

/// General rules added for recall on unseen articles; every sentence here is written for this project.
@Suite struct RecallRuleTests {
  static func briefs(_ body: String) -> [String] { X.claims(body, published: "2020-05-10").map(X.brief) }

  @Test func `leaving a place is a withdrawal`() {
    #expect(
      Self.briefs("Government troops had left the town of Zandor after weeks of fighting.")
        == ["Zandor|government|asserts|withdrew"])
    #expect(Self.briefs("Rebels quit the village of Harran on Sunday.") == ["Harran|opposition|asserts|withdrew"])
    #expect(Self.briefs("Rebels left their positions in the village of Harran on Sunday.").count == 1)
  }

  @Test func `leaving home, leaving a person or a direction is not a withdrawal`() {
    #expect(Self.briefs("Thousands of Turkmens who left their villages fled to the border.").isEmpty)
    #expect(Self.briefs("The president left Damascus for Moscow on Monday.").isEmpty)
    #expect(Self.briefs("Army units withdrew to the left bank of the river on Monday.").isEmpty)
    #expect(Self.briefs("Rebels shelled the town of Ostrava, leaving the town in ruins.").isEmpty)
  }

  @Test func `clearing a place is a capture`() {
    #expect(
      Self.briefs("Rebel forces cleared the village of Mishra on Sunday.")
        == ["Mishra|opposition|asserts|captured"])
    #expect(Self.briefs("Engineers cleared mines on the road on Sunday.").isEmpty)
  }

  @Test func `an indefinite site placed by a name is the place`() {
    #expect(
      Self.briefs("Rebel fighters captured an army outpost in Bardak on Monday.")
        == ["an army outpost in Bardak|opposition|asserts|captured"])
    #expect(
      Self.briefs("Government forces seized a military base near Tal Hamra on Monday.")
        == ["a military base near Tal Hamra|government|asserts|captured"])
    #expect(Self.briefs("Rebels captured a regime commander in Bardak on Monday.").isEmpty)
  }

  @Test func `continuing to hold is a holding, not a plan`() {
    #expect(
      Self.briefs("Ukrainian forces continue to control parts of the city of Kerevan.")
        == ["parts of the city of Kerevan|ukrainian-government|asserts|holds"])
    #expect(Self.briefs("Ukrainian forces tried to control the city of Kerevan.").isEmpty)
  }

  @Test func `an announced capture noun is the announcer's claim`() {
    let c = X.claims("The army announced the liberation of Talvar on Friday.", published: "2020-05-10")
    #expect(c.map(X.brief) == ["Talvar|government|asserts|captured"])
    #expect(c.first?.when?.description == "2020-05-08")
    #expect(
      Self.briefs("Russian forces claimed the \"capture\" of Ostrava on Monday.")
        == ["Ostrava|russian-government|asserts|captured"])
    #expect(
      Self.briefs("The army declared the recapture of Talvar on Friday.")
        == ["Talvar|government|asserts|recaptured"])
  }

  @Test func `a bare or denied capture noun is not a claim`() {
    #expect(Self.briefs("The capture of Talvar threatened the supply line.").isEmpty)
    #expect(Self.briefs("The army never announced the liberation of Talvar.").isEmpty)
    #expect(Self.briefs("Rebels denied the capture of Talvar on Friday.").isEmpty)
  }

  @Test func `under its or their control takes the owner's side`() {
    #expect(
      Self.briefs("The army said the town of Harran is now under its control.")
        == ["Harran|government|asserts|holds"])
    #expect(
      Self.briefs("Rebels captured the village of Harran, which is now under their control.")
        .contains("Harran|opposition|asserts|holds"))
    #expect(Self.briefs("The village of Harran is under their control.").isEmpty)  // nobody to own "their"
  }

  @Test func `controlling a place is holding it`() {
    #expect(
      Self.briefs("Separatist fighters are controlling the village of Kerevan.")
        == ["Kerevan|other|asserts|holds"])
  }

  @Test func `battling a way into a place is entry without control`() {
    #expect(
      Self.briefs("Government forces battled their way into the town of Harran on Sunday.")
        == ["Harran|contested|asserts|contested"])
    #expect(Self.briefs("Government forces battled their way towards the town of Harran on Sunday.").isEmpty)
  }

  @Test func `a gerund used as a noun is not a claim`() {
    #expect(Self.briefs("Controlling the airport does not mean controlling the town of Harran, he said.").isEmpty)
    #expect(
      Self.briefs("The militants infiltrated the town with the aim of controlling it.").map {
        $0.hasSuffix(
          "|holds")
      }.allSatisfy { !$0 })
    #expect(Self.briefs("By capturing the town of Harran, the army would cut the road.").isEmpty)
  }

  @Test func `a national government as claimant is that state's side`() {
    let c = X.claims(
      "The Ukrainian government said the village of Kerevan is still under its control.",
      published: "2020-05-10")
    #expect(c.map(X.brief) == ["Kerevan|ukrainian-government|asserts|holds"])
    #expect(c.first?.claimant.side == .ukrainianGovernment)
  }
}
