import Foundation
import Routing
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Shipped scenario")
struct ScenarioDemoTests {
    static var scenarioDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios/afvalinzameling-hoeverveld").path
    }

    @Test("Hoeverveld loads, both plans are feasible, the map parses with matching counts")
    func hoeverveld() throws {
        let scenario = try ScenarioReader.read(directory: Self.scenarioDirectory)
        #expect(scenario.input.customers.count >= 150)
        #expect((2...3).contains(scenario.vehicles))
        let solver = RouteSolver(configuration: .init(seed: 1, timeLimit: nil, iterationLimit: 2000))
        let comparison = try CollectionPlanner.compare(scenario.input, solver: solver)
        #expect(comparison.visitAll.result.solution.isFeasible)
        #expect(comparison.fillDriven.result.solution.isFeasible)
        #expect(comparison.savedDistance > 0)
        let driven = comparison.fillDriven
        let routes = driven.customerRoutes.map { $0.map { $0 + 1 } }
        let skipped = driven.unvisitedCustomers.map { $0 + 1 }
        let labels = SVGMapLabels(
            title: scenario.name, depot: "Depot", served: "Geleegd", skipped: "Overgeslagen",
            routes: routes.indices.map { "Rit \($0 + 1)" }, notes: ["Besparing"])
        let points = [scenario.input.depot] + scenario.input.customers.map(\.position)
        let svg = SVGMap(points: points, routes: routes, skipped: skipped, labels: labels).render()
        let counter = try #require(SVGCounter.parse(svg))
        #expect(counter.counts["path.route"] == routes.count)
        #expect(counter.counts["circle.served"] == routes.joined().count)
        #expect(counter.counts["circle.skipped"] == skipped.count)
        #expect(routes.joined().count + skipped.count == scenario.input.customers.count)
    }
}
