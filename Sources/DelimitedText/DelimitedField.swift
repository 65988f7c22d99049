/// One field of a record, unquoted, with where it starts in the text.
public struct DelimitedField: Sendable, Equatable, Hashable {
    /// The text of the field: for a quoted field without its quotes and with each `""`
    /// read as `"`; otherwise exactly as written, surrounding spaces included.
    public var value: String
    /// The 1-based position of the field in its record.
    public var column: Int
    /// The 1-based line on which the field starts (later than the record's line when an
    /// earlier field holds a quoted line break).
    public var line: Int
    /// Whether the field was written between double quotes.
    public var isQuoted: Bool

    /// Creates a field.
    public init(value: String, column: Int, line: Int, isQuoted: Bool = false) {
        self.value = value
        self.column = column
        self.line = line
        self.isQuoted = isQuoted
    }

    /// The value without leading and trailing spaces and tabs.
    public var trimmedValue: String {
        let scalars = value.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
