import Foundation

/// The ruin-and-recreate search of ``RouteSolver``: the accepted solution, the candidate built
/// from it, the best found so far, the customer order of the local search and the random generator.
struct AnnealingSearch {
    /// The accepted solution.
    private(set) var current: SearchState
    /// The solution being changed by one iteration; equal to ``current`` between iterations.
    private(set) var candidate: SearchState
    /// Routes of the best solution found.
    private(set) var best: [[Int]]
    /// Objective of ``best``.
    private(set) var bestObjective: Double
    /// Customer order the local search visits, reshuffled every 1024 iterations.
    private(set) var order: [Int]
    private var rng: Xoshiro256
    /// Mean arc length of the start solution, the unit of temperatures and the local-search gate.
    let meanArc: Double
    private let hasOptional: Bool
    private var removed: [Int] = []

    /// Starts from `start`, which is also the first best solution.
    init(start: SearchState, order: [Int], rng: Xoshiro256, customerCount: Int) {
        current = start
        candidate = start
        best = start.snapshot()
        bestObjective = start.objective
        self.order = order
        self.rng = rng
        let arcs = Double(customerCount + max(1, start.routeCount))
        meanArc = max(start.totalDistance / arcs, 1e-9)
        hasOptional = start.ctx.isMandatory.dropFirst().contains(false)
    }

    /// Iteration number `iteration` (from 1): ruins and recreates the candidate, polishes it when it
    /// comes near the best, and accepts it into ``current`` below the annealing threshold at `temperature`.
    mutating func step(iteration: Int, temperature: Double, configuration config: SolverConfiguration) {
        removed.removeAll(keepingCapacity: true)
        candidate.ruin(rng: &rng, configuration: config, removed: &removed)
        if hasOptional || candidate.unassignedPrize > 0 { addUnassigned() }
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

    /// Adds the customers the candidate leaves out to the ones just ruined, so recreate may insert
    /// them: every mandatory one, and each optional one with probability 0.2.
    @inline(__always)
    private mutating func addUnassigned() {
        let ctx = candidate.ctx
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

    /// Polishes the best solution with the granular local search, keeping the result when it is better.
    mutating func polishBest(shouldStop: () -> Bool) {
        var polished = SearchState(ctx: current.ctx)
        polished.load(routes: best)
        polished.localSearch(order: order, shouldStop: shouldStop)
        if polished.objective < bestObjective - 1e-9 {
            bestObjective = polished.objective
            best = polished.snapshot()
        }
    }
}
