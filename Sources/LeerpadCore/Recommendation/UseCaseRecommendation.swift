/// A data use case recommended to a team, with every rule that asked for it.
public struct UseCaseRecommendation: Hashable, Sendable {
    /// The use case's id.
    public var useCaseID: String
    /// The highest priority among the rules that recommend it.
    public var priority: Int
    /// The subdimensions the use case exercises.
    public var subdimensionIDs: [String]
    /// The rules that recommend it, highest priority first.
    public var firings: [RuleFiring]

    /// Creates a recommendation.
    public init(useCaseID: String, priority: Int, subdimensionIDs: [String], firings: [RuleFiring]) {
        self.useCaseID = useCaseID
        self.priority = priority
        self.subdimensionIDs = subdimensionIDs
        self.firings = firings
    }
}
