import LeerpadCore

/// The answers of one survey export, ready to be scored.
public struct AnswerSheet: Sendable, Equatable {
    /// The file's name as given to the reader.
    public var file: String
    /// One response per data row, in file order.
    public var responses: [Response]
    /// The statement ids the header names, in header order.
    public var statementIDs: [String]
    /// The separator the file uses.
    public var separator: Character
}
