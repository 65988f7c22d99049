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

    /// `value` rounded to three decimals, for JSON.
    static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
