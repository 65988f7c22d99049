import LeerpadCore

/// Why something is recommended, as JSON: the rule that fired, its condition, its reason in
/// the chosen language and the numbers that made it fire.
public struct ReasonView: Encodable, Sendable {
    /// The rule's id.
    public var rule: String
    /// The rule's priority (1–5).
    public var priority: Int
    /// The rule's condition as written.
    public var condition: String
    /// The rule's reason in the chosen language.
    public var explanation: String
    /// The value of every quantity the condition reads.
    public var evidence: [EvidenceView]

    /// The reason of `firing` in `language`.
    public init(_ firing: RuleFiring, language: Language) {
        rule = firing.ruleID
        priority = firing.priority
        condition = firing.condition
        explanation = firing.reason[language]
        evidence = firing.evidence.map(EvidenceView.init)
    }
}
