import Foundation

/// Reads a number a person typed, in Dutch or English style, refusing what could mean two things.
///
/// The rule, the same for every option and form field:
/// - digits with at most one decimal separator, a comma or a point: `15,5` and `15.5` are 15.5;
/// - thousands separators in groups of three before a decimal separator of the other kind:
///   `15.000,50` and `15,000.50` are 15000.5; repeated groups without a decimal part are
///   thousands: `1.234.567` is 1234567;
/// - one separator followed by exactly three digits (`15.000`, `1,234`) is ambiguous — a Dutch
///   reader means fifteen thousand, an English one fifteen — and is refused with both readings;
/// - anything else (`inf`, `nan`, exponents, letters, more than 15 significant digits) is no number.
public enum NumberInput {
    /// Why text is not read as one number.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a number at all.
        case notANumber
        /// It could mean either value.
        case ambiguous(Double, Double)
    }

    /// The number `text` means.
    public static func parse(_ text: String) -> Result<Double, Problem> {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var negative = false
        if body.first == "-" || body.first == "−" {
            negative = true
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
            body.first?.isNumber == true, body.last?.isNumber == true
        else { return .failure(.notANumber) }
        let separators = body.filter { $0 == "." || $0 == "," }
        let groups = body.split(whereSeparator: { $0 == "." || $0 == "," }).map(String.init)
        guard groups.count == separators.count + 1, groups.joined().count <= 15 else { return .failure(.notANumber) }
        let value: Double
        switch Set(separators).count {
        case 0:
            value = Double(groups[0])!
        case 1 where separators.count == 1:
            let (whole, fraction) = (groups[0], groups[1])
            let decimal = Double("\(whole).\(fraction)")!
            if fraction.count == 3, (1...3).contains(whole.count), whole != "0" {
                let thousands = Double(whole + fraction)!
                return .failure(.ambiguous(sign(negative, decimal), sign(negative, thousands)))
            }
            value = decimal
        case 1:
            guard isGrouped(groups) else { return .failure(.notANumber) }
            value = Double(groups.joined())!
        default:
            // Both kinds: the last separator is the decimal one, the other groups thousands.
            let decimalSeparator = separators.last!
            guard separators.dropLast().allSatisfy({ $0 != decimalSeparator }), isGrouped(Array(groups.dropLast()))
            else { return .failure(.notANumber) }
            value = Double(groups.dropLast().joined() + "." + groups.last!)!
        }
        return .success(sign(negative, value))
    }

    private static func sign(_ negative: Bool, _ value: Double) -> Double { negative ? -value : value }

    /// `1`, `234`, `567`: a first group of one to three digits, then groups of exactly three.
    private static func isGrouped(_ groups: [String]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
