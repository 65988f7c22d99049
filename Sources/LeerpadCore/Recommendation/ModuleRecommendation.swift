/// A training module recommended to a team, with every rule that asked for it.
public struct ModuleRecommendation: Hashable, Sendable {
    /// The module's id.
    public var moduleID: String
    /// The highest priority among the rules that recommend it.
    public var priority: Int
    /// How far the team is below the module's target levels: the sum, over the subdimensions
    /// it raises, of (minimum score of the target level − the team's score), where positive.
    public var gap: Double
    /// The subdimensions it raises on which the team is below the module's target level.
    public var subdimensionIDs: [String]
    /// The rules that recommend it, highest priority first.
    public var firings: [RuleFiring]

    /// The planner's measure of value: priority × gap.
    public var expectedGain: Double { Double(priority) * gap }

    /// Creates a recommendation.
    public init(moduleID: String, priority: Int, gap: Double, subdimensionIDs: [String], firings: [RuleFiring]) {
        self.moduleID = moduleID
        self.priority = priority
        self.gap = gap
        self.subdimensionIDs = subdimensionIDs
        self.firings = firings
    }
}
