/// A calendar month (year and month number), the time index of monthly series.
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year, for example 2019.
    public let year: Int
    /// The month number, 1 (January) to 12 (December).
    public let month: Int

    /// Creates a month; returns nil when `month` is not within 1...12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The number of months since year 0, used for arithmetic.
    public var ordinal: Int { year * 12 + (month - 1) }

    /// Creates the month with the given ordinal (see ``ordinal``).
    public init(ordinal: Int) {
        let y = ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12
        year = y
        month = ordinal - y * 12 + 1
    }

    /// The month `count` months later (earlier when negative).
    public func adding(months count: Int) -> YearMonth { YearMonth(ordinal: ordinal + count) }

    /// `YYYY-MM`.
    public var description: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(y)-\(m)"
    }

    /// Orders months chronologically.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.ordinal < rhs.ordinal }
}
