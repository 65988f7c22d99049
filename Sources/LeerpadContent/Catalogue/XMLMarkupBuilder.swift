/// Builds indented XML text with every value escaped; shared by the catalogue writers.
///
/// Text and attribute values are escaped for XML 1.0: `&`, `<`, `>` always, `"` in
/// attributes, and tab, line feed and carriage return in attributes as character
/// references so they survive attribute-value normalisation. Characters XML 1.0 cannot
/// carry at all (C0 controls other than tab, LF and CR, lone surrogates, U+FFFE/U+FFFF)
/// are replaced by U+FFFD; values read from XML can never contain them.
struct XMLMarkupBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    /// Opens `name` with `attributes` (in the given order); `nil` values are left out.
    mutating func start(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the innermost open element.
    mutating func end() {
        let name = open.removeLast()
        text += indent + "</" + name + ">\n"
    }

    /// An element with text content (or empty when `content` is empty).
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text content: String = "") {
        if content.isEmpty {
            text += indent + "<" + name + Self.attributes(attributes) + "/>\n"
        } else {
            text +=
                indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(content, quote: false)
                + "</" + name + ">\n"
        }
    }

    /// A comment line; `--` inside is broken up so the comment stays well-formed.
    mutating func comment(_ content: String) {
        text += indent + "<!-- " + content.replacingOccurrences(of: "--", with: "- -") + " -->\n"
    }

    private var indent: String { String(repeating: "  ", count: open.count) }

    private static func attributes(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0, quote: true))\"" } }.joined()
    }

    /// `value` escaped for element content, or for a double-quoted attribute when `quote`.
    static func escape(_ value: String, quote: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quote: result += "&quot;"
            case "\t" where quote: result += "&#9;"
            case "\n" where quote: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
