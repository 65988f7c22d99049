import Foundation

/// A capacitated vehicle-routing solver: Clarke–Wright savings polished by a granular local
/// search (relocate, or-opt, swap, 2-opt, 2-opt* over neighbour lists, O(1) move
/// evaluation), then iterated ruin-and-recreate (SISR string removal, greedy insertion with
/// blinks) accepted by simulated annealing, and a final local-search polish of the best.
///
/// Deterministic for a given seed and iteration limit; anytime (returns the best solution
/// when the time limit runs out); cancellable through `shouldStop` or Swift task
/// cancellation; reports progress through a callback.
public struct RouteSolver: Sendable {
    /// Limits and tuning knobs.
    public var configuration: SolverConfiguration

    /// Creates a solver with the given configuration.
    public init(configuration: SolverConfiguration = SolverConfiguration()) {
        self.configuration = configuration
    }

    /// Solves `problem` and returns the best solution found within the limits.
    /// - Parameters:
    ///   - progress: called about four times a second (and at the end) with a snapshot.
    ///   - shouldStop: polled regularly; return `true` to stop early with the best so far.
    ///     The current task's cancellation is honoured as well.
    public func solve(
        _ problem: RoutingProblem,
        progress: ((SolverProgress) -> Void)? = nil,
        shouldStop: (() -> Bool)? = nil
    ) -> SolverResult {
        var config = configuration
        if config.timeLimit == nil, config.iterationLimit == nil {
            config.iterationLimit = 20_000  // never run forever
        }
        var watch = SolverStopwatch(timeLimit: config.timeLimit, iterationLimit: config.iterationLimit)
        let customers = Array(problem.customers)
        if customers.isEmpty {
            return SolverResult(
                solution: RoutingSolution(routes: [], problem: problem), iterations: 0,
                movesEvaluated: 0, elapsed: watch.elapsed, stopReason: .trivial,
                constructionDistance: 0)
        }
        // The time limit holds in every phase: building the neighbour lists, the savings start and the
        // first descent stop when it runs out, and so does the final polish (which may use 2 % more, so
        // that a search stopped by time is still polished).
        let deadline = config.timeLimit.map { watch.start + $0 }
        let polishDeadline = config.timeLimit.map { watch.start + $0 * 1.02 }
        let timeIsUp = { deadline.map { ContinuousClock.now >= $0 } ?? false }
        guard let ctx = SearchContext(problem: problem, neighbourCount: config.neighbourCount, shouldStop: timeIsUp),
            let start = SavingsConstruction.routes(for: customers, context: ctx, shouldStop: timeIsUp)
        else { return Self.outOfTime(problem, elapsed: watch.elapsed) }
        var rng = Xoshiro256(seed: config.seed)

        // Start: savings over all customers, trimmed to the fleet limit.
        var current = SearchState(ctx: ctx)
        current.load(routes: start)
        let constructionDistance = current.totalDistance
        Self.trimToFleetLimit(&current, rng: &rng)
        var order = customers
        order.shuffle(using: &rng)
        current.localSearch(order: order, shouldStop: timeIsUp)
        current.clearTouched()

        var search = AnnealingSearch(start: current, order: order, rng: rng, customerCount: customers.count)
        let startTemperature = config.initialTemperature * search.meanArc
        let endTemperature = config.finalTemperature * search.meanArc
        var iteration = 0
        var stopReason = StopReason.iterationLimit
        while true {
            if let limit = config.iterationLimit, iteration >= limit {
                stopReason = .iterationLimit
                break
            }
            if iteration & 7 == 0 {
                if let reason = watch.stopReason(iteration: iteration, shouldStop: shouldStop) {
                    stopReason = reason
                    break
                }
                if let progress, watch.isReportDue() {
                    progress(
                        SolverProgress(
                            iteration: iteration, elapsed: watch.elapsedAtCheck, bestObjective: search.bestObjective,
                            currentObjective: search.current.objective, fractionDone: min(1, watch.fraction)))
                }
            }
            let temperature = startTemperature * pow(endTemperature / startTemperature, min(1, watch.fraction))
            iteration += 1
            search.step(iteration: iteration, temperature: temperature, configuration: config)
        }
        search.polishBest { polishDeadline.map { ContinuousClock.now >= $0 } ?? false }
        let elapsed = watch.elapsed
        progress?(
            SolverProgress(
                iteration: iteration, elapsed: elapsed, bestObjective: search.bestObjective,
                currentObjective: search.current.objective, fractionDone: 1))
        return SolverResult(
            solution: RoutingSolution(routes: search.best, problem: problem), iterations: iteration,
            movesEvaluated: search.current.movesEvaluated + search.candidate.movesEvaluated, elapsed: elapsed,
            stopReason: stopReason, constructionDistance: constructionDistance)
    }

    /// What is left when the time runs out before a start solution exists: one trip per mandatory
    /// customer (honest about the fleet limit it may break), stopped by the time limit.
    private static func outOfTime(_ problem: RoutingProblem, elapsed: Duration) -> SolverResult {
        let routes = problem.customers.filter {
            if case .mandatory = problem.requirements[$0] { return true }
            return false
        }.map { [$0] }
        let solution = RoutingSolution(routes: routes, problem: problem)
        return SolverResult(
            solution: solution, iterations: 0, movesEvaluated: 0, elapsed: elapsed, stopReason: .timeLimit,
            constructionDistance: solution.distance)
    }

    /// Empties the lightest routes until the fleet limit holds, then reinserts their customers greedily.
    private static func trimToFleetLimit(_ state: inout SearchState, rng: inout Xoshiro256) {
        let ctx = state.ctx
        var pending: [Int] = []
        while state.routeCount > ctx.fleetLimit {
            let used = state.active()
            let smallest = used.min { state.routeLoad[$0] < state.routeLoad[$1] }!
            for c in state.routes[smallest] {
                pending.append(c)
                state.routeOf[c] = -1
                state.unassignedPrize += ctx.prize[c]
            }
            state.routes[smallest] = []
            state.refresh(smallest)
        }
        if !pending.isEmpty { state.recreate(&pending, rng: &rng, blinkRate: 0) }
    }
}
