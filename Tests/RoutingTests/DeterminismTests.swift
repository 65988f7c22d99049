import Routing
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("same seed and iteration limit give the same solution", arguments: [1, 2, 3, 42])
    func sameSeedSameSolution(seed: Int) {
        let problem = RandomInstances.make(
            seed: UInt64(77 + seed), options: .init(customers: 40...60, optionalShare: 0.2))
        let configuration = SolverConfiguration(seed: UInt64(seed), timeLimit: nil, iterationLimit: 150)
        let first = RouteSolver(configuration: configuration).solve(problem)
        let second = RouteSolver(configuration: configuration).solve(problem)
        #expect(first.solution.routes == second.solution.routes)
        #expect(first.movesEvaluated == second.movesEvaluated)
    }

    @Test("a time cap next to an iteration budget changes nothing when it is not reached", arguments: [5, 6])
    func capDoesNotChangeRoutes(seed: Int) {
        let problem = RandomInstances.make(seed: UInt64(seed), options: .init(customers: 50...70, optionalShare: 0.2))
        let uncapped = RouteSolver(configuration: .init(seed: 1, timeLimit: nil, iterationLimit: 400)).solve(problem)
        let capped = RouteSolver(configuration: .reproducible(seed: 1, iterations: 400, cap: .seconds(60))).solve(
            problem)
        #expect(capped.solution.routes == uncapped.solution.routes)
        #expect(capped.stopReason == .iterationLimit)
    }

    @Test("the time limit holds when the first descent alone would take longer")
    func timeLimitHoldsInConstruction() {
        let problem = RandomInstances.make(seed: 3, options: .init(customers: 1_500...1_500, optionalShare: 0))
        let started = ContinuousClock.now
        let result = RouteSolver(configuration: .init(seed: 1, timeLimit: .milliseconds(200))).solve(problem)
        // Only sorting the savings cannot be interrupted.
        #expect(ContinuousClock.now - started < .seconds(3), "\(result.elapsed)")
        #expect(result.stopReason == .timeLimit)
        #expect(Set(result.solution.routes.joined()) == Set(problem.customers), "every customer is still served")
    }

    @Test("the generator is reproducible and uniform enough")
    func generator() {
        var a = Xoshiro256(seed: 9)
        var b = Xoshiro256(seed: 9)
        var sum = 0.0
        for _ in 0..<10_000 {
            let x = a.nextUnit()
            #expect(x == b.nextUnit())
            #expect(x >= 0 && x < 1)
            sum += x
        }
        #expect(abs(sum / 10_000 - 0.5) < 0.02)
        for bound in [1, 2, 7, 1000] {
            #expect((0..<200).allSatisfy { _ in a.nextInt(below: bound) < bound })
        }
    }
}
