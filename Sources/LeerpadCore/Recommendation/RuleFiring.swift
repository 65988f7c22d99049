/// A rule that fired for a team, with the numbers that made it fire.
public struct RuleFiring: Hashable, Sendable {
    /// The rule's id.
    public var ruleID: String
    /// The rule's priority.
    public var priority: Int
    /// The rule's condition as written.
    public var condition: String
    /// The rule's reason.
    public var reason: LocalizedText
    /// The values of every quantity the condition reads.
    public var evidence: [MetricValue]

    /// Creates a firing.
    public init(ruleID: String, priority: Int, condition: String, reason: LocalizedText, evidence: [MetricValue]) {
        self.ruleID = ruleID
        self.priority = priority
        self.condition = condition
        self.reason = reason
        self.evidence = evidence
    }
}
