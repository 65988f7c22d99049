/// One problem the rule linter found: what is wrong, as a value, and about which rule.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Hashable, Sendable {
        /// A quantity reads a subdimension or dimension the model does not have (`score(etics)`).
        case unknownTarget(reference: String)
        /// The rule recommends a module the catalogue lacks.
        case unknownModule(String)
        /// The rule recommends a use case that is not defined.
        case unknownUseCase(String)
        /// The condition is never true.
        case neverFires(condition: String)
        /// No rule reads the subdimension and recommends a module raising it.
        case uncovered(subdimension: String)
    }

    /// The rule the finding is about, or `nil` for a finding about the whole rule set.
    public var ruleID: String?
    /// What is wrong.
    public var kind: Kind

    /// Creates a finding.
    public init(ruleID: String?, kind: Kind) {
        self.ruleID = ruleID
        self.kind = kind
    }

    /// What is wrong, in English.
    public var message: String {
        switch kind {
        case .unknownTarget(let reference): "\(reference) names no subdimension or dimension of the model"
        case .unknownModule(let id): "recommends module '\(id)', which the catalogue lacks"
        case .unknownUseCase(let id): "recommends use case '\(id)', which is not defined"
        case .neverFires(let condition): "can never fire: '\(condition)' is never true"
        case .uncovered(let id):
            "no rule covers subdimension '\(id)' (a rule that reads it and recommends a module raising it)"
        }
    }

    /// `rule ID: message`, or the message alone for the whole rule set, in English.
    public var description: String { ruleID.map { "rule \($0): \(message)" } ?? message }
}
