import Foundation

/// Decimal numbers as `xs:decimal` text: no exponent, no trailing zeros (`6`, `1.5`, `0.25`).
enum DecimalText {
    /// `value` in the shortest plain decimal form that reads back as the same `Double`.
    static func string(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let shortest = "\(value)"
        guard shortest.contains("e") || shortest.contains("E") else { return shortest }
        var fixed = String(format: "%.17f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }

    /// Parses a plain decimal (`12`, `1.5`, `,` accepted as decimal separator); `nil` otherwise.
    static func double(_ text: some StringProtocol) -> Double? {
        let normalized = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !normalized.isEmpty, normalized.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            normalized.filter({ $0 == "." }).count <= 1
        else { return nil }
        return Double(normalized)
    }
}
