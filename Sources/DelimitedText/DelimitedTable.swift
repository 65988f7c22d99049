/// The records of a delimited text and the separator they were split on.
public struct DelimitedTable: Sendable, Equatable {
    /// The separator used (given or detected).
    public var separator: FieldSeparator
    /// The records in order, blank lines left out; the first is the header when the text has one.
    public var records: [DelimitedRecord]

    /// Creates a table.
    public init(separator: FieldSeparator, records: [DelimitedRecord]) {
        self.separator = separator
        self.records = records
    }
}
