/// Builds and solves routing problems for fill-level customers under both policies.
public enum CollectionPlanner {
    /// The routing problem for `policy`, the node-to-customer map and the decisions.
    public static func problem(
        for input: CollectionPlanInput, policy: CollectionPolicy, name: String = ""
    ) throws(RoutingProblemError) -> (problem: RoutingProblem, customerOfNode: [Int], decisions: [SelectionDecision]) {
        let decisions: [SelectionDecision]
        switch policy {
        case .visitAll:
            decisions = input.customers.enumerated().map {
                SelectionDecision(customer: $0.offset, selection: .mandatory, fill: $0.element.fill, prize: 0)
            }
        case .fillDriven:
            decisions = FillLevelSelection.decide(
                input.customers, thresholds: input.thresholds, detourBudget: input.detourBudget)
        }
        var points = [input.depot]
        var demands = [0.0]
        var requirements: [VisitRequirement] = [.mandatory]
        var labels = ["depot"]
        var customerOfNode = [-1]
        for decision in decisions where decision.selection != .skipped {
            let customer = input.customers[decision.customer]
            points.append(customer.position)
            demands.append(customer.demand)
            requirements.append(decision.selection == .mandatory ? .mandatory : .optional(prize: decision.prize))
            labels.append(customer.id)
            customerOfNode.append(decision.customer)
        }
        var distances = DistanceMatrix(points: points)
        if input.distanceFactor != 1 {
            let n = points.count
            let rows = (0..<n).map { a in (0..<n).map { b in distances[a, b] * input.distanceFactor } }
            distances = try DistanceMatrix(rows: rows)
        }
        let problem = try RoutingProblem(
            name: name, distances: distances, demands: demands, capacity: input.capacity,
            fleetLimit: input.fleetLimit, maxRouteLength: input.maxRouteLength,
            requirements: requirements, coordinates: points, labels: labels)
        return (problem, customerOfNode, decisions)
    }

    /// Solves one policy.
    public static func plan(
        _ input: CollectionPlanInput, policy: CollectionPolicy, solver: RouteSolver,
        progress: ((SolverProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil
    ) throws(RoutingProblemError) -> CollectionPlan {
        let built = try problem(for: input, policy: policy)
        let result = solver.solve(built.problem, progress: progress, shouldStop: shouldStop)
        return CollectionPlan(
            policy: policy, problem: built.problem, customerOfNode: built.customerOfNode,
            decisions: built.decisions, result: result)
    }

    /// Solves the fixed round and the fill-driven plan with the same solver settings.
    public static func compare(
        _ input: CollectionPlanInput, solver: RouteSolver,
        progress: ((CollectionPolicy, SolverProgress) -> Void)? = nil, shouldStop: (() -> Bool)? = nil
    ) throws(RoutingProblemError) -> CollectionComparison {
        let all = try plan(
            input, policy: .visitAll, solver: solver, progress: progress.map { p in { p(.visitAll, $0) } },
            shouldStop: shouldStop)
        let driven = try plan(
            input, policy: .fillDriven, solver: solver, progress: progress.map { p in { p(.fillDriven, $0) } },
            shouldStop: shouldStop)
        return CollectionComparison(visitAll: all, fillDriven: driven)
    }
}
