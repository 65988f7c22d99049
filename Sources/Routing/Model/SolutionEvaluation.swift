/// The checked facts about a set of routes: lengths, loads, prizes lost and violations.
public struct SolutionEvaluation: Sendable, Equatable {
    /// Cost (length) per route.
    public var routeLengths: [Double]
    /// Load per route.
    public var routeLoads: [Double]
    /// Sum of the route lengths.
    public var distance: Double
    /// Optional customers left out.
    public var skipped: [Int]
    /// Sum of the prizes of the skipped optional customers.
    public var lostPrize: Double
    /// Everything that makes the routes invalid; empty when feasible.
    public var violations: [FeasibilityViolation]
    /// Whether the routes satisfy every constraint.
    public var isFeasible: Bool { violations.isEmpty }
}

extension RoutingProblem {
    /// Checks `routes` (customer node indices, depot left out) against every constraint.
    /// - Complexity: O(n + total route length).
    public func evaluate(_ routes: [[Int]]) -> SolutionEvaluation {
        let n = nodeCount
        var seen = [Bool](repeating: false, count: n)
        var violations: [FeasibilityViolation] = []
        var lengths: [Double] = []
        var loads: [Double] = []
        let tolerance = 1e-9
        for (r, route) in routes.enumerated() {
            var load = 0.0
            for node in route {
                guard node >= 1, node < n else {
                    violations.append(.unknownNode(route: r, node: node))
                    continue
                }
                if seen[node] { violations.append(.customerVisitedTwice(node: node)) }
                seen[node] = true
                load += demands[node]
            }
            let valid = route.filter { $0 >= 1 && $0 < n }
            let length = distances.routeLength(valid)
            if load > capacity + tolerance {
                violations.append(.capacityExceeded(route: r, load: load, capacity: capacity))
            }
            if let maxRouteLength, length > maxRouteLength + tolerance {
                violations.append(.routeTooLong(route: r, length: length, limit: maxRouteLength))
            }
            lengths.append(length)
            loads.append(load)
        }
        let used = routes.filter { !$0.isEmpty }.count
        if let fleetLimit, used > fleetLimit {
            violations.append(.fleetExceeded(routes: used, limit: fleetLimit))
        }
        var skipped: [Int] = []
        var lost = 0.0
        for node in customers where !seen[node] {
            if isMandatory(node) {
                violations.append(.customerNotVisited(node: node))
            } else {
                skipped.append(node)
                lost += prize(of: node)
            }
        }
        return SolutionEvaluation(
            routeLengths: lengths, routeLoads: loads, distance: lengths.reduce(0, +),
            skipped: skipped, lostPrize: lost, violations: violations)
    }
}
