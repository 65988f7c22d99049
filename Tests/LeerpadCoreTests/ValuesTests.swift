import LeerpadCore
import Testing

@Suite("Dates and money")
struct ValuesTests {
    @Test("dates round-trip through their components for 40 years, weekdays included")
    func dateRoundTrip() throws {
        let start = try #require(CalendarDate(iso8601: "2000-01-01"))
        #expect(start.weekday == 6)  // a Saturday
        for offset in 0..<(40 * 366) {
            let date = start.adding(days: offset)
            let (year, month, day) = date.components
            #expect(CalendarDate(year: year, month: month, day: day) == date)
            #expect(CalendarDate(iso8601: date.description) == date)
        }
        #expect(CalendarDate(iso8601: "2027-02-29") == nil)
        #expect(CalendarDate(iso8601: "2028-02-29") != nil)
        #expect(CalendarDate(iso8601: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDate(iso8601: "2026-11-26")?.weekday == 4)  // a Thursday
        #expect(CalendarDate(iso8601: "26-11-2026") == nil)
    }

    @Test(
        "euros parse exactly and print with two decimals",
        arguments: [
            ("450", 45_000), ("450.5", 45_050), ("1234.56", 123_456), ("0", 0), ("0.05", 5),
        ])
    func euros(text: String, cents: Int) {
        #expect(Euros(decimal: text)?.cents == cents)
        #expect(Euros(cents: cents).description == (Euros(decimal: text).map(\.description) ?? ""))
    }

    @Test("malformed amounts are rejected", arguments: ["", "-1", "1.234", "1,5", "€5", "1.2.3"])
    func malformedEuros(text: String) {
        #expect(Euros(decimal: text) == nil)
    }
}
