/// Which visiting policy a plan follows.
public enum CollectionPolicy: String, Sendable, Codable {
    /// Visit every customer (the fixed round).
    case visitAll
    /// Visit by fill level: mandatory, optional when cheap, skip the rest.
    case fillDriven
}

/// A solved plan for one policy, mapping the routing problem back to the input customers.
public struct CollectionPlan: Sendable {
    /// The policy followed.
    public var policy: CollectionPolicy
    /// The routing problem that was solved (node 0 is the depot).
    public var problem: RoutingProblem
    /// For each problem node ≥ 1, the index into the input customers.
    public var customerOfNode: [Int]
    /// The classification of every input customer (all mandatory for ``CollectionPolicy/visitAll``).
    public var decisions: [SelectionDecision]
    /// The solver's outcome.
    public var result: SolverResult

    /// Routes as lists of input customer indices.
    public var customerRoutes: [[Int]] {
        result.solution.routes.map { $0.map { customerOfNode[$0] } }
    }

    /// Input customers that are not visited (below threshold or optional and too costly).
    public var unvisitedCustomers: [Int] {
        var visited = Set<Int>()
        for route in customerRoutes { visited.formUnion(route) }
        return decisions.map(\.customer).filter { !visited.contains($0) }
    }

    /// Total route length.
    public var distance: Double { result.solution.distance }
}

/// Fixed round versus fill-driven plan, with the saving.
public struct CollectionComparison: Sendable {
    /// The plan that visits everything.
    public var visitAll: CollectionPlan
    /// The fill-driven plan.
    public var fillDriven: CollectionPlan

    /// Distance saved by the fill-driven plan.
    public var savedDistance: Double { visitAll.distance - fillDriven.distance }
    /// Saving as a percentage of the fixed round.
    public var savedPercent: Double {
        visitAll.distance > 0 ? 100 * savedDistance / visitAll.distance : 0
    }
}
