import ContestedKit
import Testing

@Suite struct DenialListAggregateTests {
  @Test func `denied that turns the claim into its negation`() {
    let c = X.claims("A rebel spokesman denied that government forces had captured the village of Kabani.")
    #expect(c.map(X.brief) == ["Kabani|government|denies|captured"])
    #expect(c.first?.claimant.name == "rebel spokesman")
  }

  @Test func `dismissing reports that`() {
    let c = X.claims(
      "Dismissing reports from Russian media that regime forces occupied the village of Kabani, rebels said they held it."
    )
    #expect(c.map(X.brief).contains("Kabani|government|denies|captured"))
    #expect(c.contains { $0.claimant.name == "Russian media" && $0.stance == .asserts })
  }

  @Test func `denying the report of the previous sentence`() {
    let c = X.claims("State media said troops seized the village of Kabani on Friday. Rebels denied the report.")
    #expect(c.map(X.brief) == ["Kabani|government|asserts|captured", "Kabani|government|denies|captured"])
    #expect(c.last?.claimant.name == "Rebels")
  }

  @Test func `negation before the verb`() {
    let c = X.claims("\u{201C}We have not withdrawn from the town of Kabani,\u{201D} a rebel commander said.")
    #expect(c.map(X.brief) == ["Kabani|opposition|denies|withdrew"])
  }

  @Test func `lists give one claim per place`() {
    let c = X.claims("The army took control of the villages of Katf al-Ghader, Ain Samoukh and Jib al-Ahmar.")
    #expect(c.map { $0.place.text } == ["Katf al-Ghader", "Ain Samoukh", "Jib al-Ahmar"])
    let d = X.claims("Rebels captured Rashwan Hill and the village of Kabani, and two villages near Saraqeb.")
    #expect(d.map { $0.place.text } == ["Rashwan Hill", "Kabani", "two villages"])
  }

  @Test func `aggregates with quantities`() {
    let c = X.claims("Regime forces seized eight villages after intense clashes.")
    #expect(c.first?.place.text == "eight villages")
    #expect(c.first?.quantity?.count == 8)
    let all = X.claims("Militias occupied all Turkmen villages in the area.")
    #expect(all.first?.quantity?.isAll == true)
    #expect(all.first?.place.text == "all Turkmen villages")
    let pct = X.claims("Government forces now control about 80 percent of eastern Aleppo.")
    #expect(pct.first?.quantity == Quantity(count: 80, unit: "percent"))
    let holds = X.claims("A Turkmen official said there are still three villages that the Turkmen forces still have.")
    #expect(holds.map(X.brief) == ["three villages|opposition|asserts|holds"])
  }

  @Test func `evidence is the verbatim sentence with its UTF-8 range`() throws {
    let body = "Intro line here.\n\nRebels seized the village of Tal Ahmar on Friday."
    let text = "Title\n\n" + body + "\n"
    let c = try #require(X.claims(body).first)
    let ev = try #require(c.evidence)
    let range = try #require(ev.range)
    #expect(String(decoding: Array(text.utf8)[range], as: UTF8.self) == ev.quote)
    #expect(ev.quote == "Rebels seized the village of Tal Ahmar on Friday.")
    #expect(c.origin == .extracted && c.status == .proposed)
    #expect(c.reportedBy.outlet == "Test Wire" && c.reportedBy.published == Day(iso: "2016-06-18"))
    #expect(c.when == TimeSpan.day(Day(iso: "2016-06-17")!))
  }
}
