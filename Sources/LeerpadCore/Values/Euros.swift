/// An amount of money in euros, kept in whole cents so sums are exact.
public struct Euros: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The amount in cents.
    public var cents: Int

    /// The amount of `cents` cents.
    public init(cents: Int) {
        self.cents = cents
    }

    /// Parses a decimal amount such as `450`, `450.5` or `1234.50` (at most two decimals).
    public init?(decimal text: some StringProtocol) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0 else { return nil }
        let (wholeCents, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow, wholeCents <= Int.max - 99 else { return nil }
        var cents = wholeCents
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let value = Int(fraction) else {
                return nil
            }
            cents += fraction.count == 1 ? value * 10 : value
        }
        self.cents = cents
    }

    /// No money.
    public static let zero = Euros(cents: 0)

    /// The amount in euros as a number (for JSON and arithmetic that needs it).
    public var amount: Double { Double(cents) / 100 }

    /// `1234.50` style, two decimals, no currency sign.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = abs(cents)
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func + (lhs: Euros, rhs: Euros) -> Euros { Euros(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Euros, rhs: Euros) -> Euros { Euros(cents: lhs.cents - rhs.cents) }
    public static func * (lhs: Euros, rhs: Int) -> Euros { Euros(cents: lhs.cents * rhs) }
    public static func += (lhs: inout Euros, rhs: Euros) { lhs.cents += rhs.cents }
    public static func < (lhs: Euros, rhs: Euros) -> Bool { lhs.cents < rhs.cents }
}
