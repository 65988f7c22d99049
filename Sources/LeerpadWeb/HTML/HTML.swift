import LeerpadApp

/// A fragment of HTML whose interpolated strings are escaped: only `HTML` values go in raw.
///
/// `"<p>\(name)</p>" as HTML` escapes `name`; `"<ul>\(items)</ul>"` with `items: HTML` does not.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var markup: String

    /// Markup taken as is: for trusted, constant strings only.
    public init(raw: String) { markup = raw }

    public init(stringLiteral value: String) { markup = value }

    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }

    public var description: String { markup }

    /// Nothing.
    public static let empty = HTML(raw: "")

    /// Builds HTML from literals (raw) and interpolations (escaped unless HTML).
    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""
        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { markup += literal }
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        public mutating func appendInterpolation(_ html: [HTML]) { for item in html { markup += item.markup } }
        public mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        public mutating func appendInterpolation(_ value: Int) { markup += String(value) }
        public mutating func appendInterpolation(_ value: Int64) { markup += String(value) }
        public mutating func appendInterpolation(_ value: Double, decimals: Int = 1) {
            markup += HTML.escape(LocalFormat.plain(value, decimals: decimals))
        }
    }

    /// Escapes `&`, `<`, `>`, `"` and `'` so text is safe in content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        // Most text needs nothing escaped: one pass over the bytes finds out.
        let clean = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
        }
        if clean { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab/newline are not allowed in HTML or XML.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(raw: lhs.markup + rhs.markup) }
    public static func += (lhs: inout HTML, rhs: HTML) { lhs.markup += rhs.markup }
}

extension Sequence where Element == HTML {
    /// The fragments one after the other.
    func joined() -> HTML { HTML(raw: map(\.markup).joined()) }
}
