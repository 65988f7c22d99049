import Routing
import Testing

/// Exact CVRP optimum for tiny instances: Held–Karp per subset, then set partitioning.
enum BruteForce {
    static func optimum(_ problem: RoutingProblem) -> Double {
        let m = problem.nodeCount - 1
        let full = 1 << m
        let d = problem.distances
        // tsp[S]: shortest depot-to-depot tour over subset S.
        var tsp = [Double](repeating: .infinity, count: full)
        var path = [[Double]](repeating: [Double](repeating: .infinity, count: m), count: full)
        for i in 0..<m { path[1 << i][i] = d[0, i + 1] }
        for s in 1..<full {
            for last in 0..<m where s & (1 << last) != 0 && path[s][last] < .infinity {
                tsp[s] = min(tsp[s], path[s][last] + d[last + 1, 0])
                for next in 0..<m where s & (1 << next) == 0 {
                    let t = s | (1 << next)
                    path[t][next] = min(path[t][next], path[s][last] + d[last + 1, next + 1])
                }
            }
        }
        var best = [Double](repeating: .infinity, count: full)
        best[0] = 0
        for s in 1..<full {
            let low = s & -s
            var sub = s
            while sub > 0 {
                if sub & low != 0 {
                    var load = 0.0
                    for i in 0..<m where sub & (1 << i) != 0 { load += problem.demands[i + 1] }
                    let length = tsp[sub]
                    let fits = load <= problem.capacity + 1e-9 && length <= (problem.maxRouteLength ?? .infinity) + 1e-9
                    if fits { best[s] = min(best[s], length + best[s ^ sub]) }
                }
                sub = (sub - 1) & s
            }
        }
        return best[full - 1]
    }
}

@Suite("Optimality on tiny instances")
struct BruteForceTests {
    @Test("solver matches the exact optimum (≤ 7 customers)", arguments: 1...30)
    func matchesOptimum(seed: Int) {
        let problem = RandomInstances.make(
            seed: UInt64(500 + seed),
            options: .init(customers: 3...7, maxRouteLength: seed % 3 == 0, integerDistances: seed % 2 == 0))
        let optimum = BruteForce.optimum(problem)
        let result = RouteSolver(configuration: SolverConfiguration(seed: 1, timeLimit: nil, iterationLimit: 500))
            .solve(problem)
        #expect(result.solution.isFeasible)
        #expect(abs(result.solution.distance - optimum) < 1e-6, "got \(result.solution.distance), optimum \(optimum)")
    }
}
