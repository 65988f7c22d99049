/// Why a text is not valid delimited text. Lines and columns are 1-based; the column is the
/// position of the field in its record.
public enum DelimitedTextError: Error, Equatable, Sendable {
    /// A quoted field opened at `line` is not closed before the end of the text.
    case unterminatedQuote(line: Int, column: Int)
    /// A quoted field is followed by something other than spaces, a separator or a line end
    /// (as in `"a"b`); `line` is where that text is.
    case textAfterClosingQuote(line: Int, column: Int)

    /// The line the problem is on.
    public var line: Int {
        switch self {
        case .unterminatedQuote(let line, _), .textAfterClosingQuote(let line, _): line
        }
    }

    /// The field (1-based position in its record) the problem is in.
    public var column: Int {
        switch self {
        case .unterminatedQuote(_, let column), .textAfterClosingQuote(_, let column): column
        }
    }

    /// A short English explanation without the location, such as "a quoted field is never closed".
    public var reason: String {
        switch self {
        case .unterminatedQuote: "a quoted field is never closed"
        case .textAfterClosingQuote: "text after the closing quote of a quoted field"
        }
    }
}
