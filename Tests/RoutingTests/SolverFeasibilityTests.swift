import Routing
import Testing

@Suite("Solver feasibility over many seeds and random instances")
struct SolverFeasibilityTests {
    static func solver(seed: UInt64, iterations: Int = 120) -> RouteSolver {
        RouteSolver(configuration: SolverConfiguration(seed: seed, timeLimit: nil, iterationLimit: iterations))
    }

    /// Checks exactly-once, capacity and length independently of the library's evaluator.
    static func checkIndependently(_ routes: [[Int]], _ problem: RoutingProblem) {
        var count = [Int](repeating: 0, count: problem.nodeCount)
        for route in routes {
            #expect(!route.isEmpty)
            var load = 0.0
            for node in route {
                #expect(node >= 1 && node < problem.nodeCount)
                count[node] += 1
                load += problem.demands[node]
            }
            #expect(load <= problem.capacity + 1e-9)
            if let limit = problem.maxRouteLength {
                #expect(problem.distances.routeLength(route) <= limit + 1e-9)
            }
        }
        for c in problem.customers {
            if problem.isMandatory(c) {
                #expect(count[c] == 1, "customer \(c) visited \(count[c]) times")
            } else {
                #expect(count[c] <= 1)
            }
        }
    }

    @Test("plain CVRP: every customer exactly once, capacity respected", arguments: 1...30)
    func plainCVRP(seed: Int) {
        let problem = RandomInstances.make(seed: UInt64(seed))
        let result = Self.solver(seed: UInt64(seed) &* 7).solve(problem)
        #expect(result.solution.isFeasible, "\(result.solution.evaluation.violations)")
        Self.checkIndependently(result.solution.routes, problem)
        #expect(result.solution.distance <= result.constructionDistance + 1e-9)
    }

    @Test("route length limit respected", arguments: 1...25)
    func routeLength(seed: Int) {
        let problem = RandomInstances.make(seed: UInt64(1000 + seed), options: .init(maxRouteLength: true))
        let result = Self.solver(seed: 3).solve(problem)
        #expect(result.solution.isFeasible, "\(result.solution.evaluation.violations)")
        Self.checkIndependently(result.solution.routes, problem)
    }

    @Test("optional customers at most once, mandatory exactly once", arguments: 1...25)
    func prizeCollecting(seed: Int) {
        let problem = RandomInstances.make(
            seed: UInt64(2000 + seed), options: .init(optionalShare: 0.4, integerDistances: true))
        let result = Self.solver(seed: UInt64(seed)).solve(problem)
        #expect(result.solution.isFeasible, "\(result.solution.evaluation.violations)")
        Self.checkIndependently(result.solution.routes, problem)
    }

    @Test("fleet limit from an unlimited run is respected", arguments: 1...8)
    func fleetLimit(seed: Int) throws {
        let free = RandomInstances.make(seed: UInt64(3000 + seed))
        let unlimited = Self.solver(seed: 1).solve(free)
        let limit = unlimited.solution.routes.count
        let limited = try RoutingProblem(
            distances: free.distances, demands: free.demands, capacity: free.capacity, fleetLimit: limit)
        let result = Self.solver(seed: 2, iterations: 300).solve(limited)
        #expect(result.solution.isFeasible, "\(result.solution.evaluation.violations)")
        #expect(result.solution.routes.count <= limit)
    }

    @Test("optional customer with zero prize is skipped, with a large prize visited")
    func prizeDecides() throws {
        let points = [Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 0, y: 30)]
        let distances = DistanceMatrix(points: points)
        for (prize, visited) in [(0.0, false), (1000.0, true)] {
            let problem = try RoutingProblem(
                distances: distances, demands: [0, 1, 1], capacity: 10,
                requirements: [.mandatory, .mandatory, .optional(prize: prize)])
            let result = Self.solver(seed: 1, iterations: 50).solve(problem)
            #expect(result.solution.isFeasible)
            #expect(result.solution.routes.joined().contains(2) == visited)
        }
    }

    @Test("solver stops when asked and still returns a feasible solution")
    func cancellation() {
        let problem = RandomInstances.make(seed: 99, options: .init(customers: 60...60))
        let solver = RouteSolver(configuration: SolverConfiguration(seed: 1, timeLimit: .seconds(30)))
        var polls = 0
        let result = solver.solve(
            problem,
            shouldStop: {
                polls += 1
                return polls > 3
            })
        #expect(result.stopReason == .cancelled)
        #expect(result.solution.isFeasible)
    }

    @Test("task cancellation stops the solver")
    func taskCancellation() async {
        let problem = RandomInstances.make(seed: 98, options: .init(customers: 60...60))
        let solver = RouteSolver(configuration: SolverConfiguration(seed: 1, timeLimit: .seconds(30)))
        let task = Task { solver.solve(problem) }
        task.cancel()
        let result = await task.value
        #expect(result.stopReason == .cancelled)
        #expect(result.solution.isFeasible)
    }

    @Test("time limit is honoured and progress is reported")
    func anytime() {
        let problem = RandomInstances.make(seed: 5, options: .init(customers: 80...80))
        let solver = RouteSolver(configuration: SolverConfiguration(seed: 1, timeLimit: .milliseconds(300)))
        var reports: [SolverProgress] = []
        let result = solver.solve(problem, progress: { reports.append($0) })
        #expect(result.stopReason == .timeLimit)
        #expect(result.elapsed < .seconds(3))
        #expect(!reports.isEmpty)
        #expect(reports.last?.fractionDone == 1)
        #expect(result.solution.isFeasible)
    }

    @Test("a problem with only a depot gives an empty solution")
    func trivial() throws {
        let problem = try RoutingProblem(
            distances: DistanceMatrix(points: [Point(x: 0, y: 0)]), demands: [0], capacity: 1)
        let result = Self.solver(seed: 1).solve(problem)
        #expect(result.solution.routes.isEmpty)
        #expect(result.stopReason == .trivial)
    }
}
