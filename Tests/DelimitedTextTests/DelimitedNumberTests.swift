import DelimitedText
import Testing

@Suite("Numbers in delimited text")
struct DelimitedNumberTests {
    @Test(
        "decimal point always, with optional sign, exponent and surrounding spaces",
        arguments: [
            ("12", 12.0), ("-1.5", -1.5), ("+0.25", 0.25), (" 3.5\t", 3.5), (".5", 0.5), ("5.", 5),
            ("1e3", 1000), ("2.5E-2", 0.025), ("1 234", 1234), ("1\u{00A0}234.5", 1234.5),
        ])
    func decimalPoint(text: String, value: Double) {
        for separator in FieldSeparator.allCases {
            #expect(DelimitedNumber.parse(text, separator: separator) == value, "\(separator)")
        }
    }

    @Test(
        "a decimal comma and thousands dots only with the semicolon separator",
        arguments: [
            ("1,5", 1.5), ("-0,25", -0.25), ("1.234,5", 1234.5), ("1.234.567", 1_234_567), ("1.5", 1.5),
            ("0.250", 0.25), ("1.2345", 1.2345),
            ("12 345,75", 12345.75),
        ])
    func decimalComma(text: String, value: Double) {
        #expect(DelimitedNumber.parse(text, separator: .semicolon) == value)
    }

    @Test(
        "with the semicolon separator one point before three digits has two readings and parses as nothing",
        arguments: [("1.234", 1.234, 1234.0), ("-12.500", -12.5, -12_500), (" 999.000 ", 999, 999_000)])
    func ambiguousPoint(text: String, decimal: Double, thousands: Double) {
        #expect(DelimitedNumber.readings(text, separator: .semicolon) == [decimal, thousands])
        #expect(DelimitedNumber.parse(text, separator: .semicolon) == nil)
        #expect(DelimitedNumber.parse(text, separator: .comma) == decimal)
    }

    @Test("with the comma separator a comma is never a decimal mark", arguments: ["1,5", "1,234", "1.234,5"])
    func noDecimalCommaWithComma(text: String) {
        #expect(DelimitedNumber.parse(text, separator: .comma) == nil)
    }

    @Test(
        "non-numbers, non-finite and overflowing values are nil",
        arguments: [
            "", " ", "inf", "-inf", "infinity", "nan", "NaN", "0x10", "1e400", "-1e400", "1e", "e3", "-", ".", "1..2",
            "abc", "12abc", "1 2", "1.2.3,4", "1,234.5", "12,34,5", "1 2345",
        ])
    func rejected(text: String) {
        for separator in FieldSeparator.allCases {
            #expect(DelimitedNumber.parse(text, separator: separator) == nil, "\(separator)")
        }
    }
}
