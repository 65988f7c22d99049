import Foundation
import LeerpadCore

/// How numbers, money, dates and percentages are written for people, per language: the one
/// place both front ends format through.
///
/// Dutch writes a decimal comma and a point between thousands (`€ 1.234,50`), English the
/// reverse (`€1,234.50`); whole amounts of money drop the cents (`€ 15.000`).
public enum LocalFormat {
    /// `value` with `decimals` decimals in the language's style (`3,5` / `3.5`); `–` when not finite.
    public static func number(_ value: Double, decimals: Int = 1, in language: Language) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.\(decimals)f", value)
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `value` with at most `maximumDecimals` decimals and no trailing zeros (`15`, `1,5`).
    public static func shortest(_ value: Double, maximumDecimals: Int, in language: Language) -> String {
        var text = number(value, decimals: maximumDecimals, in: language)
        guard text.contains(",") || text.contains(".") else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == "," || text.last == "." { text.removeLast() }
        return text
    }

    /// `value` with `decimals` decimals and a point whatever the language, for machines (SVG, JSON).
    public static func plain(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        return String(format: "%.\(decimals)f", value)
    }

    /// A whole number with the language's thousands separator (`12.345` / `12,345`).
    public static func integer(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(language == .dutch ? "." : ",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + String(grouped.reversed())
    }

    /// An amount of money: `€ 1.234,50` / `€1,234.50`, and `€ 15.000` / `€15,000` without cents.
    public static func euros(_ amount: Euros, in language: Language) -> String {
        let cents = amount.cents.magnitude % 100
        let whole = integer(Int(amount.cents.magnitude / 100), in: language)
        let fraction = cents == 0 ? "" : (language == .dutch ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
        let sign = amount.cents < 0 ? "-" : ""
        return language == .dutch ? "\(sign)€ \(whole)\(fraction)" : "\(sign)€\(whole)\(fraction)"
    }

    /// An amount of money given in euros as a number (rounded to cents), as ``euros(_:in:)-(Euros,_)``.
    public static func euros(_ amount: Double, in language: Language) -> String {
        guard amount.isFinite, abs(amount) < 1e15 else { return "–" }
        return euros(Euros(cents: Int((amount * 100).rounded())), in: language)
    }

    /// `share` (0…1) as a whole percentage: `40%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// The day (UTC) of `instant` as `2026-03-01`.
    public static func day(_ instant: Date) -> String {
        CalendarDate(instant).description
    }

    /// `date` written out for people: `3 maart 2027` / `3 March 2027`.
    public static func longDate(_ date: CalendarDate, in language: Language) -> String {
        let (year, month, day) = date.components
        let names =
            language == .dutch
            ? [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ]
            : [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        return "\(day) \(names[month - 1]) \(year)"
    }

    /// The days from `start` to `end` for people: one date when they are the same day
    /// (`3 maart 2027`), else both (`3 maart 2027 – 4 maart 2027`).
    public static func dateSpan(_ start: CalendarDate, _ end: CalendarDate, in language: Language) -> String {
        start == end
            ? longDate(start, in: language) : longDate(start, in: language) + " – " + longDate(end, in: language)
    }

    /// The days of a path step's run for people, or nil for a step already done (its planned run may
    /// still lie ahead) or without dates.
    public static func runDays(of step: StepProgress, in language: Language) -> String? {
        guard step.status != .done, let start = step.start, let end = step.end else { return nil }
        return dateSpan(start, end, in: language)
    }

    /// `value` rounded to three decimals, for JSON.
    public static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }

    /// A module format as users read it.
    public static func format(_ format: ModuleFormat, in language: Language) -> String {
        switch format {
        case .eLearning: "e-learning"
        case .classroom: language == .dutch ? "klassikaal" : "classroom"
        case .workshop: "workshop"
        case .coaching: "coaching"
        }
    }

    /// `count` followed by the singular or plural noun: `1 module`, `3 modules`.
    public static func count(_ count: Int, _ singular: String, _ plural: String, in language: Language) -> String {
        "\(integer(count, in: language)) \(count == 1 ? singular : plural)"
    }
}
