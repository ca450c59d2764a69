import Testing

@testable import ContestedKit

@Suite struct PlacesTSVTests {
  @Test func roundTrip() throws {
    let places = [
      Place(
        id: "user:a", name: "Zahiyah", kind: .populated, aliases: ["Zahiyeh", "الزاهية"], latitude: 35.86,
        longitude: 36.02, parents: ["region:jabal-al-turkman", "adm1:SY-LA"], population: 1200, source: "user"),
      Place(id: "user:b", name: "Hill 1154", kind: .feature),
    ]
    let text = PlacesTSV.format(places)
    #expect(try PlacesTSV.parse(text) == places)
  }

  @Test func minimalRowsTakeDefaults() throws {
    let p = try PlacesTSV.parse("# comment\n\nuser:x\tSomewhere\n", defaultSource: "user")
    #expect(p == [Place(id: "user:x", name: "Somewhere")])
  }

  @Test func fieldsAreCleaned() throws {
    let p = Place(id: "user:x", name: "A\tB|C\nD", aliases: ["x|y"])
    let row = PlacesTSV.row(p)
    #expect(!row.contains("\n"))
    #expect(try PlacesTSV.parse(row).first?.name == "A B C D")
  }

  @Test(arguments: [
    ("user:x", 1, "name"),
    ("user:x\t", 1, "name"),
    ("\tName", 1, "id"),
    ("has space\tName", 1, "id"),
    ("user:x\tName\tvillage", 1, "kind"),
    ("user:x\tName\tpopulated\tnorth\t36", 1, "latitude"),
    ("user:x\tName\tpopulated\t91\t36", 1, "latitude"),
    ("user:x\tName\tpopulated\t35\t", 1, "longitude"),
    ("user:x\tName\tpopulated\t35\t360", 1, "longitude"),
    ("user:x\tName\tpopulated\t\t\t\t\tmany", 1, "population"),
    ("# ok\nuser:y\tY\nuser:x\tName\tpopulated\tnan\t1", 3, "latitude"),
  ])
  func malformedRowsReportLineAndField(_ text: String, _ line: Int, _ field: String) {
    #expect {
      _ = try PlacesTSV.parse(text)
    } throws: { error in
      guard let e = error as? PlacesTSV.ParseError else { return false }
      return e.line == line && e.field == field && e.description.hasSuffix(".")
    }
  }
}
