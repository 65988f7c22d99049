/// A recommendation rule: when its condition holds for a team, it recommends modules and use
/// cases, with a priority and a reason.
public struct Rule: Hashable, Sendable, Identifiable {
    /// The stable identifier.
    public var id: String
    /// 1 (nice to have) to 5 (urgent).
    public var priority: Int
    /// The parsed condition.
    public var condition: RuleExpression
    /// The condition as written.
    public var conditionText: String
    /// Ids of the modules it recommends.
    public var moduleIDs: [String]
    /// Ids of the use cases it recommends.
    public var useCaseIDs: [String]
    /// Why, for the team.
    public var reason: LocalizedText

    /// Creates a rule.
    public init(
        id: String, priority: Int, condition: RuleExpression, conditionText: String, moduleIDs: [String],
        useCaseIDs: [String], reason: LocalizedText
    ) {
        self.id = id
        self.priority = priority
        self.condition = condition
        self.conditionText = conditionText
        self.moduleIDs = moduleIDs
        self.useCaseIDs = useCaseIDs
        self.reason = reason
    }
}
