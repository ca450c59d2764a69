import ContestedKit
import Testing

@Suite struct TimeExpressionTests {
  /// (text, published, expected span, precision)
  static let cases: [(String, String, String, DatePrecision)] = [
    ("on Friday", "2016-06-18", "2016-06-17", .day),  // Saturday paper
    ("Friday night", "2016-06-18", "2016-06-17", .partOfDay),
    ("late Thursday", "2016-06-18", "2016-06-16", .partOfDay),
    ("Tuesday", "2015-11-24", "2015-11-24", .day),  // same weekday = the day itself
    ("on Wednesday", "2020-02-27", "2020-02-26", .day),
    ("yesterday", "2022-04-18", "2022-04-17", .day),
    ("today", "2022-04-18", "2022-04-18", .day),
    ("earlier this month", "2020-02-27", "2020-02-01/2020-02-26", .month),
    ("last week", "2019-08-22", "2019-08-12/2019-08-18", .week),
    ("two weeks ago", "2020-02-27", "2020-02-10/2020-02-16", .week),
    ("three days ago", "2016-08-09", "2016-08-06", .day),
    ("in February", "2016-07-03", "2016-02-01/2016-02-29", .month),
    ("last February", "2016-07-01", "2016-02-01/2016-02-29", .month),
    ("in November", "2016-07-03", "2015-11-01/2015-11-30", .month),  // a later month is last year's
    ("on June 27", "2016-07-01", "2016-06-27", .day),
    ("Feb. 5", "2020-02-27", "2020-02-05", .day),
    ("5 February 2016", "2020-02-27", "2016-02-05", .day),
    ("in May 2014", "2019-08-22", "2014-05-01/2014-05-31", .month),
    ("2016-06-27", "2016-07-01", "2016-06-27", .day),
    ("in the past 48 hours", "2020-02-27", "2020-02-26/2020-02-27", .range),
    ("last month", "2020-11-05", "2020-10-01/2020-10-31", .month),
    ("in 2012", "2016-11-26", "2012-01-01/2012-12-31", .range),
    ("since early 2014", "2017-07-11", "2014-01-01/2017-07-11", .range),
    ("overnight", "2019-08-22", "2019-08-21/2019-08-22", .partOfDay),
  ]

  @Test(arguments: cases)
  func `resolves against the publication date`(_ c: (String, String, String, DatePrecision)) throws {
    let span = try #require(TimeExpressionResolver.resolve(c.0, published: Day(iso: c.1)!))
    #expect(span.description == c.2, "\(c.0)")
    #expect(span.precision == c.3, "\(c.0)")
  }

  @Test func `modal may and march are not months`() {
    #expect(TimeExpressionResolver.resolve("they may march on", published: Day(iso: "2020-01-01")!) == nil)
    #expect(TimeExpressionResolver.resolve("next Friday", published: Day(iso: "2020-01-01")!) == nil)
    #expect(TimeExpressionResolver.resolve("", published: Day(iso: "2020-01-01")!) == nil)
  }
}
