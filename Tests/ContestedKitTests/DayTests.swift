import ContestedKit
import Testing

@Suite struct DayTests {
  @Test func roundTripsISODates() throws {
    for text in ["1970-01-01", "2016-02-29", "2000-12-31", "2016-06-18", "0001-01-01", "9999-12-31"] {
      let day = try #require(Day(iso: text))
      #expect(day.iso == text)
    }
  }

  @Test func rejectsImpossibleDates() {
    for text in ["2016-02-30", "2015-02-29", "2016-13-01", "2016-00-10", "2016-6-18", "2016/06/18", "", "abcd-ef-gh"] {
      #expect(Day(iso: text) == nil, "\(text) should not parse")
    }
  }

  @Test func knowsWeekdays() throws {
    // 2016-06-18 was a Saturday (5), 2020-02-27 a Thursday (3).
    #expect(try #require(Day(iso: "2016-06-18")).weekday == 5)
    #expect(try #require(Day(iso: "2020-02-27")).weekday == 3)
  }

  @Test func consecutiveOrdinalsAreConsecutiveDays() throws {
    var day = try #require(Day(iso: "2015-12-25"))
    var seen: [String] = []
    for _ in 0..<10 {
      seen.append(day.iso)
      day = day.adding(days: 1)
    }
    #expect(seen.last == "2016-01-03")
  }
}
