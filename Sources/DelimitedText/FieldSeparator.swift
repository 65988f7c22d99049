/// The character between the fields of a record: a comma, or a semicolon as spreadsheets
/// write it in locales whose decimal mark is a comma.
public enum FieldSeparator: Character, Sendable, CaseIterable {
    /// `,`, the RFC 4180 separator.
    case comma = ","
    /// `;`, the separator of spreadsheets in decimal-comma locales.
    case semicolon = ";"

    /// The separator as a character.
    public var character: Character { rawValue }

    /// Whether numbers in files with this separator may use a decimal comma (`1,5`).
    public var acceptsDecimalComma: Bool { self == .semicolon }

    /// The separator as a Unicode scalar, for the scalar-level parser.
    var scalar: Unicode.Scalar { self == .comma ? "," : ";" }

    /// The separator of the header record: the first line that is not blank, read up to
    /// its first line break outside quotes. `;` when that record has more semicolons than
    /// commas outside quotes, otherwise `,`. A leading byte-order mark is ignored.
    /// - Complexity: O(length of the header record).
    public static func detect(inHeaderOf text: some StringProtocol) -> FieldSeparator {
        var commas = 0
        var semicolons = 0
        var quoted = false
        var sawContent = false
        for scalar in text.unicodeScalars {
            if quoted {
                if scalar == "\"" { quoted = false }
                continue
            }
            switch scalar {
            case "\"":
                quoted = true
                sawContent = true
            case ",":
                commas += 1
                sawContent = true
            case ";":
                semicolons += 1
                sawContent = true
            case "\n", "\r":
                if sawContent { return semicolons > commas ? .semicolon : .comma }
            case " ", "\t", "\u{FEFF}":
                break
            default:
                sawContent = true
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}
