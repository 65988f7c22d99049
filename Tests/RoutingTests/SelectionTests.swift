import Routing
import Testing

@Suite("Fill-level selection")
struct SelectionTests {
    @Test(
        "thresholds classify fill levels",
        arguments: [
            (0.95, SelectionClass.mandatory), (0.8, .mandatory), (0.79, .optional), (0.6, .optional), (0.59, .skipped),
            (0, .skipped),
        ])
    func classify(fill: Double, expected: SelectionClass) {
        #expect(FillLevelSelection.classify(fill: fill, thresholds: SelectionThresholds()) == expected)
    }

    @Test("prize grows from 0 at the optional threshold to the budget at must-visit")
    func prize() {
        let t = SelectionThresholds()
        #expect(FillLevelSelection.prize(fill: 0.6, thresholds: t, detourBudget: 2) == 0)
        #expect(abs(FillLevelSelection.prize(fill: 0.7, thresholds: t, detourBudget: 2) - 1) < 1e-12)
        #expect(FillLevelSelection.prize(fill: 0.8, thresholds: t, detourBudget: 2) == 2)
    }

    @Test("fill-driven plan visits all mandatory, none below threshold, and is not longer than the fixed round")
    func comparison() throws {
        let scenario = try ScenarioReader.read(directory: Fixture.path("scenario-small"))
        let solver = RouteSolver(configuration: .init(seed: 1, timeLimit: nil, iterationLimit: 200))
        let comparison = try CollectionPlanner.compare(scenario.input, solver: solver)
        #expect(comparison.visitAll.result.solution.isFeasible)
        #expect(comparison.fillDriven.result.solution.isFeasible)
        #expect(comparison.visitAll.customerRoutes.joined().sorted() == Array(0..<8))
        let visited = Set(comparison.fillDriven.customerRoutes.joined())
        for decision in comparison.fillDriven.decisions {
            switch decision.selection {
            case .mandatory: #expect(visited.contains(decision.customer))
            case .skipped: #expect(!visited.contains(decision.customer))
            case .optional: break
            }
        }
        #expect(comparison.savedDistance >= 0)
        #expect(comparison.fillDriven.result.solution.routes.count <= 2)
    }
}
