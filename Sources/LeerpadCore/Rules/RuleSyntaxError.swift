/// A syntax error in a rule condition, at a character offset of the condition text.
public struct RuleSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 0-based character offset in the condition where the problem was found.
    public var offset: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "at character \(offset + 1): \(message)" }
}
