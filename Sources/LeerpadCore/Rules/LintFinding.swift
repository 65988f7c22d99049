/// One finding of `leerpad rules lint`.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    /// The rule the finding is about, or `nil` for a finding about the whole rule set.
    public var ruleID: String?
    /// What is wrong.
    public var message: String

    /// Creates a finding.
    public init(ruleID: String?, message: String) {
        self.ruleID = ruleID
        self.message = message
    }

    public var description: String { ruleID.map { "rule \($0): \(message)" } ?? message }
}
