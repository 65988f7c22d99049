import Routing

/// The route demo both front ends run: a fill-level scenario planned twice, as the fixed
/// round that empties every container and as sensor-driven collection.
public enum RouteDemo {
    /// Reads the scenario in `directory`, with `thresholds` instead of its own when given, and
    /// plans both rounds with `solver`; `progress` hears from the solver as it works.
    public static func compare(
        directory: String, thresholds: SelectionThresholds? = nil, solver: RouteSolver,
        progress: ((CollectionPolicy, SolverProgress) -> Void)? = nil
    ) throws -> RouteDemoOutcome {
        var scenario = try ScenarioReader.read(directory: directory)
        if let thresholds { scenario.input.thresholds = thresholds }
        let comparison = try CollectionPlanner.compare(scenario.input, solver: solver, progress: progress)
        return RouteDemoOutcome(scenario: scenario, comparison: comparison)
    }
}
