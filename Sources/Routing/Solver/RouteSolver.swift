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
        let clock = ContinuousClock()
        let start = clock.now
        var config = configuration
        if config.timeLimit == nil, config.iterationLimit == nil {
            config.iterationLimit = 20_000  // never run forever
        }
        let customers = Array(problem.customers)
        if customers.isEmpty {
            return SolverResult(
                solution: RoutingSolution(routes: [], problem: problem), iterations: 0,
                movesEvaluated: 0, elapsed: clock.now - start, stopReason: .trivial,
                constructionDistance: 0)
        }
        let ctx = SearchContext(problem: problem, neighbourCount: config.neighbourCount)
        var rng = Xoshiro256(seed: config.seed)

        // Start: savings over all customers, trimmed to the fleet limit.
        var current = SearchState(ctx: ctx)
        current.load(routes: SavingsConstruction.routes(for: customers, context: ctx))
        let constructionDistance = current.totalDistance
        var pending: [Int] = []
        while current.routeCount > ctx.fleetLimit {
            let used = current.active()
            let smallest = used.min { current.routeLoad[$0] < current.routeLoad[$1] }!
            for c in current.routes[smallest] {
                pending.append(c)
                current.routeOf[c] = -1
                current.unassignedPrize += ctx.prize[c]
            }
            current.routes[smallest] = []
            current.refresh(smallest)
        }
        if !pending.isEmpty { current.recreate(&pending, rng: &rng, blinkRate: 0) }
        var order = customers
        order.shuffle(using: &rng)
        current.localSearch(order: order)
        current.clearTouched()

        var best = current.snapshot()
        var bestObjective = current.objective
        var candidate = current
        let arcs = Double(customers.count + max(1, current.routeCount))
        let meanArc = max(current.totalDistance / arcs, 1e-9)
        let startTemperature = config.initialTemperature * meanArc
        let endTemperature = config.finalTemperature * meanArc
        let hasOptional = ctx.isMandatory.dropFirst().contains(false)

        var iteration = 0
        var stopReason = StopReason.iterationLimit
        var fraction = 0.0
        var lastReport = start
        var removed: [Int] = []
        let reportInterval = Duration.milliseconds(250)
        let timeLimit = config.timeLimit

        while true {
            if let limit = config.iterationLimit, iteration >= limit {
                stopReason = .iterationLimit
                break
            }
            if iteration & 7 == 0 {
                let now = clock.now
                let elapsed = now - start
                if let timeLimit {
                    if elapsed >= timeLimit {
                        stopReason = .timeLimit
                        break
                    }
                    fraction = elapsed.seconds / max(timeLimit.seconds, 1e-9)
                }
                if let limit = config.iterationLimit {
                    fraction = max(timeLimit == nil ? 0 : fraction, Double(iteration) / Double(max(limit, 1)))
                }
                if Task.isCancelled || (shouldStop?() ?? false) {
                    stopReason = .cancelled
                    break
                }
                if let progress, now - lastReport >= reportInterval {
                    lastReport = now
                    progress(
                        SolverProgress(
                            iteration: iteration, elapsed: elapsed, bestObjective: bestObjective,
                            currentObjective: current.objective, fractionDone: min(1, fraction)))
                }
            }
            let temperature = startTemperature * pow(endTemperature / startTemperature, min(1, fraction))
            iteration += 1

            removed.removeAll(keepingCapacity: true)
            candidate.ruin(rng: &rng, configuration: config, removed: &removed)
            if hasOptional || candidate.unassignedPrize > 0 {
                let ruinedCount = removed.count
                for c in 1..<ctx.n where candidate.routeOf[c] < 0 {
                    var alreadyListed = false
                    for i in 0..<ruinedCount where removed[i] == c {
                        alreadyListed = true
                        break
                    }
                    if !alreadyListed, ctx.isMandatory[c] || rng.nextUnit() < 0.2 { removed.append(c) }
                }
            }
            candidate.recreate(&removed, rng: &rng, blinkRate: config.blinkRate)
            let threshold = current.objective - temperature * log(1 - rng.nextUnit())
            if config.localSearchInLoop,
                candidate.objective < bestObjective + config.localSearchGate * meanArc
            {
                candidate.localSearch(order: order)
            }
            let slots = candidate.touched
            if candidate.objective < threshold {
                current.copy(routes: slots, customers: removed, from: candidate)
                current.clearTouched()
                if current.objective < bestObjective - 1e-9 {
                    bestObjective = current.objective
                    best = current.snapshot()
                }
            } else {
                candidate.copy(routes: slots, customers: removed, from: current)
            }
            candidate.clearTouched()
            if iteration & 1023 == 0 { order.shuffle(using: &rng) }
        }
        // Polish the best solution with the granular local search.
        var polished = SearchState(ctx: ctx)
        polished.load(routes: best)
        polished.localSearch(order: order)
        if polished.objective < bestObjective - 1e-9 {
            bestObjective = polished.objective
            best = polished.snapshot()
        }
        let elapsed = clock.now - start
        progress?(
            SolverProgress(
                iteration: iteration, elapsed: elapsed, bestObjective: bestObjective,
                currentObjective: current.objective, fractionDone: 1))
        return SolverResult(
            solution: RoutingSolution(routes: best, problem: problem), iterations: iteration,
            movesEvaluated: current.movesEvaluated + candidate.movesEvaluated, elapsed: elapsed,
            stopReason: stopReason, constructionDistance: constructionDistance)
    }
}
