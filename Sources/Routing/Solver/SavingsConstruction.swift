/// Clarke–Wright parallel savings: start with one route per customer and merge route
/// ends in order of decreasing saving d(0,i) + d(0,j) − d(i,j) while capacity and route
/// length allow.
enum SavingsConstruction {
    /// Routes over `customers` (customer node indices).
    /// - Complexity: O(m² log m) for m customers (O(m·k log m) above 1,500 customers,
    ///   where only the k nearest neighbours are paired).
    ///   Returns nil when `shouldStop` (asked every 64 customers and before the sort) says the time is up.
    static func routes(for customers: [Int], context ctx: SearchContext, shouldStop: () -> Bool = { false })
        -> [[Int]]?
    {
        let n = ctx.n
        if customers.isEmpty { return [] }
        struct Saving { var value: Double; var i: Int32; var j: Int32 }
        var savings: [Saving] = []
        let inSet = customers.reduce(into: [Bool](repeating: false, count: n)) { $0[$1] = true }
        if customers.count <= 1500 {
            savings.reserveCapacity(customers.count * (customers.count - 1) / 2)
            for (a, i) in customers.enumerated() {
                if a & 63 == 0, shouldStop() { return nil }
                for j in customers[(a + 1)...] {
                    let s = ctx.d(i, 0) + ctx.d(0, j) - ctx.d(i, j)
                    if s > 0 { savings.append(Saving(value: s, i: Int32(i), j: Int32(j))) }
                }
            }
        } else {
            for i in customers {
                for j in ctx.adjacency[i].prefix(50) where j > i && inSet[j] {
                    let s = ctx.d(i, 0) + ctx.d(0, j) - ctx.d(i, j)
                    if s > 0 { savings.append(Saving(value: s, i: Int32(i), j: Int32(j))) }
                }
            }
        }
        if shouldStop() { return nil }
        savings.sort { a, b in
            if a.value != b.value { return a.value > b.value }
            if a.i != b.i { return a.i < b.i }
            return a.j < b.j
        }
        // Each route is a deque stored as an array; routeId maps customers to routes.
        var routeId = [Int](repeating: -1, count: n)
        var routes: [[Int]] = []
        var loads: [Double] = []
        var lengths: [Double] = []
        for c in customers {
            routeId[c] = routes.count
            routes.append([c])
            loads.append(ctx.demand[c])
            lengths.append(ctx.d(0, c) + ctx.d(c, 0))
        }
        let limit = ctx.capacity + ctx.capacityTolerance
        for saving in savings {
            let i = Int(saving.i)
            let j = Int(saving.j)
            let ri = routeId[i]
            let rj = routeId[j]
            if ri == rj { continue }
            if loads[ri] + loads[rj] > limit { continue }
            let iFirst = routes[ri].first == i
            let iLast = routes[ri].last == i
            let jFirst = routes[rj].first == j
            let jLast = routes[rj].last == j
            if !(iFirst || iLast) || !(jFirst || jLast) { continue }
            // Orient so that i ends route A and j starts route B.
            var a = routes[ri]
            var b = routes[rj]
            if !iLast {
                guard ctx.symmetric else { continue }
                a.reverse()
            }
            if !jFirst {
                guard ctx.symmetric else { continue }
                b.reverse()
            }
            let length = lengths[ri] + lengths[rj] - ctx.d(i, 0) - ctx.d(0, j) + ctx.d(i, j)
            if length > ctx.maxLength { continue }
            a.append(contentsOf: b)
            routes[ri] = a
            routes[rj] = []
            loads[ri] += loads[rj]
            loads[rj] = 0
            lengths[ri] = length
            for c in b { routeId[c] = ri }
        }
        return routes.filter { !$0.isEmpty }
    }
}
