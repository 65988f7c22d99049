import Foundation
import LeerpadCore

/// Numbers as Dutch or English readers expect them (decimal comma in Dutch).
enum NumberFormatting {
    /// `value` with `digits` decimals in the convention of `language`.
    static func decimal(_ value: Double, digits: Int = 1, in language: Language) -> String {
        let text = String(format: "%.\(digits)f", value)
        return language == .dutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `share` (0…1) as a whole percentage.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// An amount in euros: `€ 1.234,50` in Dutch, `€1,234.50` in English.
    static func money(_ amount: Double, in language: Language) -> String {
        let cents = Int((amount * 100).rounded())
        let whole = String(abs(cents) / 100)
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(language == .dutch ? "." : ",") }
            grouped.append(digit)
        }
        let fraction = abs(cents) % 100
        let fractionText = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        let sign = cents < 0 ? "-" : ""
        return language == .dutch
            ? "€ \(sign)\(String(grouped.reversed())),\(fractionText)"
            : "€\(sign)\(String(grouped.reversed())).\(fractionText)"
    }

    /// `value` rounded to three decimals, for JSON.
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
