/// How Euclidean distances between coordinates are turned into travel costs.
public enum DistanceRounding: String, Sendable, Codable {
    /// Keep the exact real distance.
    case none
    /// Round to the nearest integer, the CVRPLIB convention (`EUC_2D`).
    case nearestInteger
}

/// A dense square matrix of travel costs between nodes; node 0 is the depot.
public struct DistanceMatrix: Sendable, Equatable {
    /// Number of nodes (rows and columns).
    public let count: Int
    /// Row-major storage of `count × count` costs.
    public private(set) var storage: [Double]
    /// Whether `self[a, b] == self[b, a]` for every pair.
    public let isSymmetric: Bool

    /// Builds a matrix of Euclidean distances between points, rounded as requested.
    /// - Complexity: O(n²).
    public init(points: [Point], rounding: DistanceRounding = .none) {
        let n = points.count
        var storage = [Double](repeating: 0, count: n * n)
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) {
                var d = points[a].distance(to: points[b])
                if rounding == .nearestInteger { d = (d + 0.5).rounded(.down) }
                storage[a * n + b] = d
                storage[b * n + a] = d
            }
        }
        self.count = n
        self.storage = storage
        self.isSymmetric = true
    }

    /// Builds a matrix from explicit rows; throws when the rows are not square or hold
    /// negative or non-finite values.
    public init(rows: [[Double]]) throws(RoutingProblemError) {
        let n = rows.count
        var storage = [Double]()
        storage.reserveCapacity(n * n)
        for (i, row) in rows.enumerated() {
            guard row.count == n else {
                throw .matrixNotSquare(row: i, columns: row.count, expected: n)
            }
            for (j, value) in row.enumerated() {
                guard value.isFinite, value >= 0 else {
                    throw .invalidDistance(from: i, to: j, value: value)
                }
                storage.append(value)
            }
        }
        var symmetric = true
        outer: for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where storage[a * n + b] != storage[b * n + a] {
                symmetric = false
                break outer
            }
        }
        self.count = n
        self.storage = storage
        self.isSymmetric = symmetric
    }

    /// Travel cost from node `from` to node `to`.
    @inlinable public subscript(from: Int, to: Int) -> Double {
        storage[from * count + to]
    }

    /// Cost of a route that starts and ends at the depot (node 0) and visits `stops` in order.
    public func routeLength(_ stops: [Int]) -> Double {
        var previous = 0
        var total = 0.0
        for stop in stops {
            total += self[previous, stop]
            previous = stop
        }
        return total + self[previous, 0]
    }
}
