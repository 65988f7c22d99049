import Routing

/// Seeded random CVRP instances for invariant sweeps.
enum RandomInstances {
    struct Options {
        var customers: ClosedRange<Int> = 5...30
        var maxRouteLength = false
        var optionalShare = 0.0
        var integerDistances = false
    }

    static func make(seed: UInt64, options: Options = Options()) -> RoutingProblem {
        var rng = Xoshiro256(seed: seed)
        let n =
            options.customers.lowerBound
            + rng.nextInt(below: options.customers.upperBound - options.customers.lowerBound + 1)
        var points = [Point(x: 50, y: 50)]
        var demands = [0.0]
        var requirements: [VisitRequirement] = [.mandatory]
        for _ in 0..<n {
            points.append(Point(x: rng.nextUnit() * 100, y: rng.nextUnit() * 100))
            demands.append(Double(1 + rng.nextInt(below: 20)))
            if rng.nextUnit() < options.optionalShare {
                requirements.append(.optional(prize: rng.nextUnit() * 60))
            } else {
                requirements.append(.mandatory)
            }
        }
        let capacity = Double(25 + rng.nextInt(below: 40))
        let distances = DistanceMatrix(points: points, rounding: options.integerDistances ? .nearestInteger : .none)
        var limit: Double?
        if options.maxRouteLength {
            let farthest = (1...n).map { distances[0, $0] + distances[$0, 0] }.max() ?? 1
            limit = farthest * 1.4
        }
        return try! RoutingProblem(
            name: "random-\(seed)", distances: distances, demands: demands, capacity: capacity,
            maxRouteLength: limit, requirements: requirements, coordinates: points)
    }
}
