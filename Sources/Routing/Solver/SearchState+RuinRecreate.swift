/// Slack induction by string removals (SISR, Christiaens & Vanden Berghe 2020): remove
/// strings of consecutive customers from routes near a random seed customer, then
/// reinsert greedily with blinks (randomly skipped positions).
extension SearchState {
    /// Removes strings of customers around a random seed; appends them to `removed`.
    mutating func ruin(rng: inout Xoshiro256, configuration: SolverConfiguration, removed: inout [Int]) {
        let used = active()
        if used.isEmpty { return }
        var assigned = 0
        for r in used { assigned += routes[r].count }
        let averageCardinality = Double(assigned) / Double(used.count)
        let maxString = min(Double(configuration.maxStringLength), averageCardinality)
        let maxStrings = 4 * configuration.averageRemoved / (1 + maxString) - 1
        let stringCount = Int(rng.nextUnit() * max(1, maxStrings)) + 1
        var seed = 1 + rng.nextInt(below: ctx.n - 1)
        var tries = 0
        while routeOf[seed] < 0 {
            seed = 1 + rng.nextInt(below: ctx.n - 1)
            tries += 1
            if tries > 4 * ctx.n { return }
        }
        var ruined: [Int] = []
        ruined.reserveCapacity(stringCount)
        for c in ctx.adjacency[seed] {
            if ruined.count >= stringCount { break }
            let r = routeOf[c]
            if r < 0 || ruined.contains(r) { continue }
            let cardinality = routes[r].count
            let maxLength = min(Double(cardinality), maxString)
            let length = min(cardinality, Int(rng.nextUnit() * maxLength) + 1)
            let position = posOf[c]
            var removeRange: Range<Int>
            var keepRange: Range<Int> = 0..<0
            if length < cardinality, rng.nextUnit() < 0.5 {
                // Split string: remove `length` customers but keep `kept` in the middle.
                var kept = 1
                while length + kept < cardinality, rng.nextUnit() < 0.5 { kept += 1 }
                let total = length + kept
                let low = max(0, position - total + 1)
                let high = min(position, cardinality - total)
                let start = low + rng.nextInt(below: high - low + 1)
                removeRange = start..<(start + total)
                let keepStart = start + rng.nextInt(below: total - kept + 1)
                keepRange = keepStart..<(keepStart + kept)
            } else {
                let low = max(0, position - length + 1)
                let high = min(position, cardinality - length)
                let start = low + rng.nextInt(below: high - low + 1)
                removeRange = start..<(start + length)
            }
            var remaining: [Int] = []
            remaining.reserveCapacity(cardinality - removeRange.count + keepRange.count)
            for (i, customer) in routes[r].enumerated() {
                if removeRange.contains(i), !keepRange.contains(i) {
                    removed.append(customer)
                    routeOf[customer] = -1
                    unassignedPrize += ctx.prize[customer]
                } else {
                    remaining.append(customer)
                }
            }
            routes[r] = remaining
            refresh(r)
            ruined.append(r)
        }
    }

    /// Reinserts `customers` one by one at their cheapest feasible position, skipping
    /// each position with probability `blinkRate`. Optional customers are inserted only
    /// when the detour is below their prize; a new route is opened when the fleet allows.
    mutating func recreate(_ customers: inout [Int], rng: inout Xoshiro256, blinkRate: Double) {
        let pick = rng.nextInt(below: 11)
        let demand = ctx.demand
        switch pick {
        case 0..<4: customers.shuffle(using: &rng)
        case 4..<8: customers.sort { demand[$0] > demand[$1] || (demand[$0] == demand[$1] && $0 < $1) }
        case 8..<10:
            let c = ctx
            customers.sort { c.d(0, $0) > c.d(0, $1) || (c.d(0, $0) == c.d(0, $1) && $0 < $1) }
        default:
            let c = ctx
            customers.sort { c.d(0, $0) < c.d(0, $1) || (c.d(0, $0) == c.d(0, $1) && $0 < $1) }
        }
        let blinkThreshold = UInt64(blinkRate * 18_446_744_073_709_551_615.0)
        let limit = ctx.capacity + ctx.capacityTolerance
        for c in customers where routeOf[c] < 0 {
            let q = ctx.demand[c]
            var best = Double.infinity
            var bestRoute = -1
            var bestIndex = 0
            for r in active() {
                if routeLoad[r] + q > limit { continue }
                let slack = ctx.maxLength - routeDist[r]
                var prev = 0
                let route = routes[r]
                let count = route.count
                movesEvaluated &+= count + 1
                for i in 0...count {
                    let next = i == count ? 0 : route[i]
                    if blinkThreshold > 0, rng.next() < blinkThreshold {
                        prev = next
                        continue
                    }
                    let delta = ctx.d(prev, c) + ctx.d(c, next) - ctx.d(prev, next)
                    if delta < best, delta <= slack {
                        best = delta
                        bestRoute = r
                        bestIndex = i
                    }
                    prev = next
                }
            }
            if usedRoutes < ctx.fleetLimit {
                let roundTrip = ctx.d(0, c) + ctx.d(c, 0)
                if roundTrip < best, roundTrip <= ctx.maxLength, let slot = emptySlot() {
                    best = roundTrip
                    bestRoute = slot
                    bestIndex = 0
                }
            }
            if bestRoute < 0 { continue }
            if !ctx.isMandatory[c], best >= ctx.prize[c] { continue }
            routes[bestRoute].insert(c, at: bestIndex)
            unassignedPrize -= ctx.prize[c]
            refresh(bestRoute)
        }
    }
}
