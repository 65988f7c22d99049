/// Reads numbers as spreadsheets write them in delimited files.
///
/// The decimal mark is always `.`; with the `;` separator a `,` is accepted as well (`1,5`),
/// and then `.` groups thousands (`1.234,5`). Spaces (also no-break spaces) may group
/// thousands with either separator (`1 234`). Groups must have three digits, so an ambiguous
/// or garbled text (`1,234` with `,` separator, `1.2.3,4`, `1,234.5` with `;`) is not a number.
/// An exponent (`1e3`) is accepted; `inf`, `nan`, hexadecimal and values that overflow
/// (`1e400`) are not.
public enum DelimitedNumber {
    /// The value of `text` (surrounding spaces, tabs and no-break spaces ignored), or nil when it is not a
    /// finite decimal number under the rules for `separator`.
    public static func parse(_ text: some StringProtocol, separator: FieldSeparator) -> Double? {
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

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
