/// One record (row) of delimited text.
public struct DelimitedRecord: Sendable, Equatable {
    /// The 1-based line on which the record starts.
    public var line: Int
    /// The fields in order; never empty.
    public var fields: [DelimitedField]

    /// Creates a record.
    public init(line: Int, fields: [DelimitedField]) {
        self.line = line
        self.fields = fields
    }

    /// The values of the fields, as written.
    public var values: [String] { fields.map(\.value) }

    /// The values of the fields without leading and trailing spaces and tabs.
    public var trimmedValues: [String] { fields.map(\.trimmedValue) }
}
