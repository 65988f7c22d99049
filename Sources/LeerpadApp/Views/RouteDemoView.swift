import Routing

/// The route demo as JSON: both plans' km, the saving, the solver's seconds, and the routes
/// of both plans by container id as numbered in the input.
public struct RouteDemoView: Encodable, Sendable {
    /// The scenario's name.
    public var scenario: String
    /// The sensor-driven plan's km (as `sensorKm`).
    public var cost: Double
    /// The sensor-driven routes.
    public var routes: [[String]]
    /// The solver's seconds for both plans.
    public var seconds: Double
    /// Whether both plans serve every container they must.
    public var feasible: Bool
    /// The fixed round's km.
    public var fixedKm: Double
    /// The sensor-driven plan's km.
    public var sensorKm: Double
    /// Fixed minus sensor-driven km.
    public var savingKm: Double
    /// The saving as a percentage of the fixed round.
    public var savingPercent: Double
    /// The fixed round's routes.
    public var fixedRoutes: [[String]]
    /// The containers the sensor-driven plan leaves for later.
    public var skipped: [String]

    /// The view of `outcome`.
    public init(_ outcome: RouteDemoOutcome) {
        let customers = outcome.scenario.input.customers
        let fixed = outcome.comparison.visitAll
        let driven = outcome.comparison.fillDriven
        scenario = outcome.scenario.name
        cost = driven.distance
        routes = driven.customerRoutes.map { $0.map { customers[$0].id } }
        seconds = fixed.result.elapsed.seconds + driven.result.elapsed.seconds
        feasible = outcome.isFeasible
        fixedKm = fixed.distance
        sensorKm = driven.distance
        savingKm = outcome.comparison.savedDistance
        savingPercent = outcome.comparison.savedPercent
        fixedRoutes = fixed.customerRoutes.map { $0.map { customers[$0].id } }
        skipped = driven.unvisitedCustomers.map { customers[$0].id }
    }
}
