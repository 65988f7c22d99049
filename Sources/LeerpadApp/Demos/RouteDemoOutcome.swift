import Routing

/// The result of the route demo: the scenario and both plans.
public struct RouteDemoOutcome: Sendable {
    /// The scenario as read, with the thresholds used.
    public var scenario: FillLevelScenario
    /// The fixed round and the sensor-driven plan.
    public var comparison: CollectionComparison

    /// Creates an outcome.
    public init(scenario: FillLevelScenario, comparison: CollectionComparison) {
        self.scenario = scenario
        self.comparison = comparison
    }

    /// Whether both plans serve every container they must.
    public var isFeasible: Bool {
        comparison.visitAll.result.solution.isFeasible && comparison.fillDriven.result.solution.isFeasible
    }

    /// Whether the time cap stopped a plan before its iteration budget, so that a repeat may differ.
    public var wasCapped: Bool {
        [comparison.visitAll, comparison.fillDriven].contains { $0.result.stopReason == .timeLimit }
    }
}
