/// Immutable data shared by every search state: distances, demands, neighbour lists.
final class SearchContext: @unchecked Sendable {
    let n: Int
    let dist: [Double]
    let demand: [Double]
    let capacity: Double
    let maxLength: Double
    let fleetLimit: Int
    let symmetric: Bool
    /// Prize lost when a customer is unassigned; mandatory customers carry a big penalty.
    let prize: [Double]
    let isMandatory: [Bool]
    /// Granular neighbour lists (customers only, nearest first).
    let neighbours: [[Int]]
    /// All customers sorted by distance (self first), for SISR's spatial ruin.
    let adjacency: [[Int]]
    let capacityTolerance: Double

    /// Builds the context, or returns nil when `shouldStop` (asked every 16 neighbour lists, the
    /// O(n² log n) part) says the time is up.
    init?(problem: RoutingProblem, neighbourCount: Int, shouldStop: () -> Bool = { false }) {
        let n = problem.nodeCount
        self.n = n
        self.dist = problem.distances.storage
        self.demand = problem.demands
        self.capacity = problem.capacity
        self.capacityTolerance = problem.capacity * 1e-12
        self.maxLength = problem.maxRouteLength ?? .infinity
        self.fleetLimit = problem.fleetLimit ?? Int.max
        self.symmetric = problem.distances.isSymmetric
        var maxD = 0.0
        for d in problem.distances.storage where d > maxD { maxD = d }
        let bigM = (2 * maxD + 1) * Double(n) * 10
        var prize = [Double](repeating: 0, count: n)
        var mandatory = [Bool](repeating: true, count: n)
        for c in problem.customers {
            switch problem.requirements[c] {
            case .mandatory: prize[c] = bigM
            case .optional(let p):
                prize[c] = p
                mandatory[c] = false
            }
        }
        self.prize = prize
        self.isMandatory = mandatory
        var adjacency: [[Int]] = Array(repeating: [], count: n)
        var neighbours: [[Int]] = Array(repeating: [], count: n)
        let customers = Array(1..<max(1, n))
        let k = min(neighbourCount, max(0, n - 2))
        for c in customers {
            if c & 15 == 0, shouldStop() { return nil }
            let row = c * n
            let sorted = customers.sorted { a, b in
                let da = a == c ? -1 : problem.distances.storage[row + a] + problem.distances.storage[a * n + c]
                let db = b == c ? -1 : problem.distances.storage[row + b] + problem.distances.storage[b * n + c]
                return da < db || (da == db && a < b)
            }
            adjacency[c] = sorted
            neighbours[c] = Array(sorted.dropFirst().prefix(k))
        }
        self.adjacency = adjacency
        self.neighbours = neighbours
    }

    @inline(__always) func d(_ a: Int, _ b: Int) -> Double {
        dist[a &* n &+ b]
    }
}
