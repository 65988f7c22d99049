/// The mutable working solution of the search: routes plus per-node caches that make
/// move evaluation O(1) (position, prefix load and prefix distance of every customer).
struct SearchState {
    let ctx: SearchContext
    /// Route slots (at most one per customer); empty slots are unused vehicles.
    var routes: [[Int]]
    var routeLoad: [Double]
    var routeDist: [Double]
    /// Route slot of each customer, or −1 when unassigned.
    var routeOf: [Int]
    var posOf: [Int]
    /// Load from the route start up to and including the customer.
    var prefixLoad: [Double]
    /// Distance from the depot along the route up to the customer.
    var prefixDist: [Double]
    var totalDistance: Double = 0
    var unassignedPrize: Double = 0
    var usedRoutes: Int = 0
    /// Modification stamps for the granular local search (HGS-style).
    var clock: Int = 0
    var modifiedAt: [Int]
    var lastTested: [Int]
    /// Route slots changed since ``clearTouched()``.
    var touched: [Int] = []
    var touchedFlag: [Bool]
    var activeRoutes: [Int] = []
    var activeDirty = true
    var isActive: [Bool]
    var movesEvaluated: Int = 0

    init(ctx: SearchContext) {
        let n = ctx.n
        self.ctx = ctx
        routes = Array(repeating: [], count: n)
        routeLoad = Array(repeating: 0, count: n)
        routeDist = Array(repeating: 0, count: n)
        routeOf = Array(repeating: -1, count: n)
        posOf = Array(repeating: 0, count: n)
        prefixLoad = Array(repeating: 0, count: n)
        prefixDist = Array(repeating: 0, count: n)
        modifiedAt = Array(repeating: 0, count: n)
        lastTested = Array(repeating: -1, count: n)
        touchedFlag = Array(repeating: false, count: n)
        isActive = Array(repeating: false, count: n)
        for c in 1..<max(1, n) { unassignedPrize += ctx.prize[c] }
    }

    var objective: Double { totalDistance + unassignedPrize }

    /// Replaces all routes (used at the start); customers not listed become unassigned.
    mutating func load(routes newRoutes: [[Int]]) {
        for r in 0..<routes.count where !routes[r].isEmpty {
            routes[r] = []
            refresh(r)
        }
        for c in 1..<max(1, ctx.n) { routeOf[c] = -1 }
        unassignedPrize = 0
        for (i, route) in newRoutes.enumerated() where !route.isEmpty {
            routes[i] = route
            refresh(i)
        }
        for c in 1..<max(1, ctx.n) where routeOf[c] < 0 { unassignedPrize += ctx.prize[c] }
    }

    /// Recomputes the caches of one route after it changed. - Complexity: O(route length).
    mutating func refresh(_ r: Int) {
        let nodes = routes[r]
        var load = 0.0
        var dd = 0.0
        var prev = 0
        var i = 0
        for c in nodes {
            dd += ctx.d(prev, c)
            load += ctx.demand[c]
            routeOf[c] = r
            posOf[c] = i
            prefixLoad[c] = load
            prefixDist[c] = dd
            prev = c
            i += 1
        }
        if !nodes.isEmpty { dd += ctx.d(prev, 0) }
        totalDistance += dd - routeDist[r]
        routeLoad[r] = load
        routeDist[r] = dd
        clock += 1
        modifiedAt[r] = clock
        if !touchedFlag[r] {
            touchedFlag[r] = true
            touched.append(r)
        }
        let nowActive = !nodes.isEmpty
        if nowActive != isActive[r] {
            isActive[r] = nowActive
            usedRoutes += nowActive ? 1 : -1
            activeDirty = true
        }
    }

    mutating func clearTouched() {
        for r in touched { touchedFlag[r] = false }
        touched.removeAll(keepingCapacity: true)
    }

    /// Non-empty route slots, in slot order.
    mutating func active() -> [Int] {
        if activeDirty {
            activeRoutes.removeAll(keepingCapacity: true)
            for r in 0..<routes.count where isActive[r] { activeRoutes.append(r) }
            activeDirty = false
        }
        return activeRoutes
    }

    var routeCount: Int { usedRoutes }

    /// First empty route slot.
    func emptySlot() -> Int? {
        routes.firstIndex(where: { $0.isEmpty })
    }

    @inline(__always) func pred(_ c: Int) -> Int {
        let p = posOf[c]
        return p == 0 ? 0 : routes[routeOf[c]][p - 1]
    }

    @inline(__always) func succ(_ c: Int) -> Int {
        let r = routeOf[c]
        let p = posOf[c] + 1
        return p == routes[r].count ? 0 : routes[r][p]
    }

    /// Prefix load before the customer's position (0 for the depot).
    @inline(__always) func loadThrough(_ c: Int) -> Double { c == 0 ? 0 : prefixLoad[c] }

    /// Copies the listed routes and customers' assignment from `source`.
    mutating func copy(routes slots: [Int], customers: [Int], from source: SearchState) {
        for r in slots {
            routes[r] = source.routes[r]
        }
        for c in customers where source.routeOf[c] < 0 {
            routeOf[c] = -1
        }
        for r in slots { refresh(r) }
        unassignedPrize = source.unassignedPrize
    }

    /// The non-empty routes as plain arrays.
    func snapshot() -> [[Int]] {
        routes.filter { !$0.isEmpty }
    }
}
