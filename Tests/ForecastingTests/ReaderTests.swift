import Foundation
import Testing

@testable import Forecasting

@Suite("Readers")
struct ReaderTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("Dutch Excel CSV: BOM, CRLF, semicolons, decimal commas, thousands dots, quotes")
    func dutchExcel() throws {
        let s = try MonthlySeriesReader.parse(Self.fixture("dutch-excel.csv"))
        #expect(s.values == [1234.5, 1300.25, 1250, 0.5])
        #expect(s.start == YearMonth(year: 2020, month: 1))
        #expect(s.seasonLength == 12)
    }

    @Test("Quoted fields: a header with a separator and a line break inside, quoted dates and values")
    func quotedFields() throws {
        let text = "\"maand; jaar\";\"aantal\r\n(stuks)\"\r\n\"2021-01\";\"1.234,5\"\r\n2021-02; \"7\" \r\n"
        let s = try MonthlySeriesReader.parse(text)
        #expect(s.values == [1234.5, 7])
        #expect(s.start == YearMonth(year: 2021, month: 1))
    }

    @Test("Plain CSV with YYYY-MM-DD dates and no header")
    func plain() throws {
        let s = try MonthlySeriesReader.parse("2019-11-01,3\n2019-12-01,4.5\n2020-01-01,5\n")
        #expect(s.values == [3, 4.5, 5])
        #expect(s.start == YearMonth(year: 2019, month: 11))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let error: SeriesReadError
        var testDescription: String { name }
    }

    static let bad: [BadInput] = [
        BadInput(
            name: "gap", text: "date,value\n2021-01,10\n2021-02,12\n2021-04,13\n",
            error: .gap(line: 4, expected: YearMonth(year: 2021, month: 3)!, found: YearMonth(year: 2021, month: 4)!)),
        BadInput(
            name: "non-numeric", text: "date;value\n2021-01;10\n2021-02;n.v.t.\n",
            error: .invalidNumber(line: 3, field: 2, text: "n.v.t.")),
        BadInput(
            name: "missing value", text: "date,value\n2021-01,10\n2021-02,\n", error: .missingValue(line: 3, field: 2)),
        BadInput(
            name: "bad date", text: "date,value\n2021-01,10\n21-02-2021,11\n",
            error: .invalidDate(line: 3, field: 1, text: "21-02-2021")),
        BadInput(
            name: "duplicate month", text: "2021-01,10\n2021-01,11\n",
            error: .outOfOrder(
                line: 2, previous: YearMonth(year: 2021, month: 1)!, found: YearMonth(year: 2021, month: 1)!)),
        BadInput(name: "extra field", text: "2021-01,10,3\n", error: .wrongFieldCount(line: 1, expected: 2, got: 3)),
        BadInput(name: "open quote", text: "2021-01,\"10\n", error: .unterminatedQuote(line: 1)),
        BadInput(name: "empty", text: "date,value\n\n", error: .empty),
        BadInput(
            name: "line after a quoted line break", text: "\"da\nte\",value\n2021-01,10\n2021-02,x\n",
            error: .invalidNumber(line: 4, field: 2, text: "x")),
        BadInput(name: "text after quote", text: "2021-01,\"10\"x\n", error: .textAfterQuote(line: 1, field: 2)),
        BadInput(
            name: "decimal comma with comma separator", text: "2021-01,\"1,5\"\n",
            error: .invalidNumber(line: 1, field: 2, text: "1,5")),
        BadInput(
            name: "infinite value", text: "2021-01;1e400\n", error: .invalidNumber(line: 1, field: 2, text: "1e400")),
        BadInput(
            name: "value beyond any count", text: "2021-01;5\n2021-02;1e300\n",
            error: .valueOutOfRange(line: 2, field: 2, text: "1e300", limit: Forecaster.maximumMagnitude)),
        BadInput(
            name: "negative value beyond any count", text: "2021-01,-2e15\n",
            error: .valueOutOfRange(line: 1, field: 2, text: "-2e15", limit: Forecaster.maximumMagnitude)),
        BadInput(
            name: "a thousands point or a decimal point in a semicolon file", text: "maand;aantal\n2021-01;1.234\n",
            error: .ambiguousNumber(line: 2, field: 2, text: "1.234", readings: [1.234, 1234])),
    ]

    @Test("One number rule: a point before three digits is a decimal point with commas, ambiguous with semicolons")
    func numberRule() throws {
        #expect(try MonthlySeriesReader.parse("2021-01,1.234\n").values == [1.234])
        #expect(
            try MonthlySeriesReader.parse("maand;aantal\n2021-01;1.234,5\n2021-02;1,5\n2021-03;1.5\n").values == [
                1234.5, 1.5, 1.5,
            ])
    }

    @Test("Bad CSV input is reported with line and field", arguments: bad)
    func badInput(c: BadInput) {
        #expect(throws: c.error) { _ = try MonthlySeriesReader.parse(c.text) }
    }

    @Test("The gap fixture names line 4")
    func gapFixture() throws {
        let text = try Self.fixture("gap.csv")
        do {
            _ = try MonthlySeriesReader.parse(text)
            Issue.record("expected a gap error")
        } catch let e as SeriesReadError {
            #expect(e.errorDescription?.contains("Line 4") == true)
        }
    }

    @Test("M3 layout: kinds map to season lengths")
    func m3() throws {
        let text =
            "sn,kind,n,h,x,xx\nN1,yearly,3,2,1 2 3,4 5\nN2,quarterly,4,1,1 2 3 4,5\nN3,monthly,2,1,1.5 2.5,3\nN4,other,2,1,7 8,9\n"
        let s = try CompetitionSeriesReader.parse(text)
        #expect(s.map(\.seasonLength) == [1, 4, 12, 1])
        #expect(s[0].train == [1, 2, 3] && s[0].test == [4, 5] && s[0].horizon == 2)
    }

    @Test("M3 layout errors name line and field")
    func m3Errors() {
        #expect(
            throws: SeriesReadError.invalidField(
                line: 2, field: "kind", text: "weekly", reason: "is not yearly, quarterly, monthly or other")
        ) {
            _ = try CompetitionSeriesReader.parse("sn,kind,n,h,x,xx\nN1,weekly,2,1,1 2,3\n")
        }
        #expect(throws: SeriesReadError.invalidField(line: 2, field: "x[2]", text: "abc", reason: "is not a number")) {
            _ = try CompetitionSeriesReader.parse("sn,kind,n,h,x,xx\nN1,monthly,2,1,1 abc,3\n")
        }
        #expect(throws: SeriesReadError.invalidField(line: 2, field: "x[1]", text: "nan", reason: "is not a number")) {
            _ = try CompetitionSeriesReader.parse("sn,kind,n,h,x,xx\nN1,monthly,2,1,nan 2,3\n")
        }
        #expect(throws: SeriesReadError.missingColumn(name: "h")) {
            _ = try CompetitionSeriesReader.parse("sn,kind,n,x\nN1,monthly,2,1 2\n")
        }
    }
}
