import Foundation
import LeerpadCore

/// Number and date formatting for pages: Dutch decimal comma, English point.
enum WebFormat {
    /// `value` with `decimals` decimals and a point (locale-independent).
    static func number(_ value: Double, decimals: Int = 1) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// `value` in the language's decimal style.
    static func number(_ value: Double, decimals: Int = 1, language: Language) -> String {
        let text = number(value, decimals: decimals)
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `€ 1.234,50` (Dutch) or `€1,234.50` (English), whole euros when there are no cents.
    static func euros(_ amount: Euros, language: Language) -> String {
        let whole = abs(amount.cents) / 100
        let cents = abs(amount.cents) % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = (language == .dutch ? "." : ",") + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = amount.cents < 0 ? "-" : ""
        let fraction = cents == 0 ? "" : (language == .dutch ? "," : ".") + (cents < 10 ? "0" : "") + String(cents)
        return language == .dutch ? "€ \(sign)\(grouped)\(fraction)" : "\(sign)€\(grouped)\(fraction)"
    }

    /// A module format as users read it.
    static func format(_ format: ModuleFormat, language: Language) -> String {
        switch format {
        case .eLearning: "e-learning"
        case .classroom: language.pick("klassikaal", "classroom")
        case .workshop: "workshop"
        case .coaching: "coaching"
        }
    }

    /// `2026-03-01`.
    static func day(_ date: Date) -> String {
        CalendarDate(daysSinceEpoch: Int((date.timeIntervalSince1970 / 86_400).rounded(.down))).description
    }
}

/// A text in both languages, picked per request.
struct Text: Sendable {
    var dutch: String
    var english: String
    init(_ dutch: String, _ english: String) {
        self.dutch = dutch
        self.english = english
    }
    subscript(language: Language) -> String { language == .dutch ? dutch : english }
}

extension Language {
    /// Picks the Dutch or English text.
    func pick(_ dutch: String, _ english: String) -> String { self == .dutch ? dutch : english }
}
