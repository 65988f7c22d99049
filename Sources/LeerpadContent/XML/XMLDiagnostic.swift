/// One problem found in a file, located by line and column.
public struct XMLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as given to the reader.
    public var file: String
    /// The 1-based line, or 0 when unknown.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int
    /// What is wrong, in plain words.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column): \(message)" }
}
