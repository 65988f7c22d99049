/// Reads numbers as spreadsheets write them in delimited files.
///
/// The decimal mark is always `.`; with the `;` separator a `,` is accepted as well (`1,5`),
/// and then `.` groups thousands (`1.234,5`). Spaces (also no-break spaces) may group
/// thousands with either separator (`1 234`). Groups must have three digits, so a garbled
/// text (`1,234` with `,` separator, `1.2.3,4`, `1,234.5` with `;`) is not a number.
/// An exponent (`1e3`) is accepted; `inf`, `nan`, hexadecimal and values that overflow
/// (`1e400`) are not.
///
/// With `;` one point before exactly three digits (`1.234`) means two things: a Dutch
/// spreadsheet user writes it for 1234, an English one for 1.234. ``readings(_:separator:)``
/// gives both, so that a reader can keep the one its field allows or refuse showing both;
/// ``parse(_:separator:)`` refuses it.
public enum DelimitedNumber {
    /// The value of `text` (surrounding spaces, tabs and no-break spaces ignored), or nil when it is not
    /// exactly one finite decimal number under the rules for `separator` (ambiguous text is nil).
    public static func parse(_ text: some StringProtocol, separator: FieldSeparator) -> Double? {
        let values = readings(text, separator: separator)
        return values.count == 1 ? values[0] : nil
    }

    /// Every value `text` can mean under the rules for `separator`: none when it is not a number,
    /// one in general, two (the decimal reading first, then the thousands reading) for `1.234`
    /// with `;`.
    public static func readings(_ text: some StringProtocol, separator: FieldSeparator) -> [Double] {
        guard let value = strictValue(text, separator: separator) else { return [] }
        if separator.acceptsDecimalComma, let thousands = thousandsReading(text) { return [value, thousands] }
        return [value]
    }

    /// The value of `1.234` read as thousands (`1234`): one point after one to three digits (not a lone
    /// `0`) and before exactly three, optionally signed; nil for any other text.
    private static func thousandsReading(_ text: some StringProtocol) -> Double? {
        var body = Substring(String(text)).drop(while: { $0.unicodeScalars.allSatisfy(isSpace) })
        while let last = body.last, last.unicodeScalars.allSatisfy(isSpace) { body = body.dropLast() }
        var sign = ""
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[0] != "0", parts[1].count == 3,
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy(isDigit) })
        else { return nil }
        return Double(sign + parts[0] + parts[1])
    }

    /// The value under the rules for `separator`, a point being the decimal mark unless a comma is.
    private static func strictValue(_ text: some StringProtocol, separator: FieldSeparator) -> Double? {
        let scalars = Array(text.unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        let commas = scalars.count(where: { $0 == "," })
        let dots = scalars.count(where: { $0 == "." })
        let decimalMark: Unicode.Scalar?
        let dotGroups: Bool
        if separator.acceptsDecimalComma, commas > 0 {
            (decimalMark, dotGroups) = (",", true)
        } else if separator.acceptsDecimalComma, dots > 1 {
            (decimalMark, dotGroups) = (nil, true)
        } else {
            (decimalMark, dotGroups) = (".", false)
        }
        func isGrouping(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || (dotGroups && scalar == ".")
        }

        // Rebuilt as `[sign]integer.fraction[e[sign]exponent]` in ASCII for `Double.init`.
        var ascii = ""
        var rest = scalars[...]
        if let sign = rest.first, sign == "+" || sign == "-" {
            ascii.unicodeScalars.append(sign)
            rest = rest.dropFirst()
        }
        // Integer part, in groups when a grouping character occurs.
        var integer = ""
        var groups: [Int] = [0]
        while let scalar = rest.first, isDigit(scalar) || isGrouping(scalar) {
            if isDigit(scalar) {
                integer.unicodeScalars.append(scalar)
                groups[groups.count - 1] += 1
            } else {
                groups.append(0)
            }
            rest = rest.dropFirst()
        }
        if groups.count > 1, !(1...3).contains(groups[0]) || groups.dropFirst().contains(where: { $0 != 3 }) {
            return nil
        }
        var fraction = ""
        if let decimalMark, rest.first == decimalMark {
            rest = rest.dropFirst()
            while let scalar = rest.first, isDigit(scalar) {
                fraction.unicodeScalars.append(scalar)
                rest = rest.dropFirst()
            }
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        ascii += (integer.isEmpty ? "0" : integer) + "." + (fraction.isEmpty ? "0" : fraction)
        if let e = rest.first, e == "e" || e == "E" {
            ascii += "e"
            rest = rest.dropFirst()
            if let sign = rest.first, sign == "+" || sign == "-" {
                ascii.unicodeScalars.append(sign)
                rest = rest.dropFirst()
            }
            guard let first = rest.first, isDigit(first) else { return nil }
            while let scalar = rest.first, isDigit(scalar) {
                ascii.unicodeScalars.append(scalar)
                rest = rest.dropFirst()
            }
        }
        guard rest.isEmpty, let value = Double(ascii), value.isFinite else { return nil }
        return value
    }

    /// `value` as a short plain text for messages: whole numbers without a decimal part (`1234`, not
    /// `1234.0`), others as Swift writes them (`1.234`).
    public static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
