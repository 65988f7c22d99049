import Foundation

/// Why a routing problem cannot be built or solved.
public enum RoutingProblemError: Error, Sendable, Equatable {
    /// A matrix row has the wrong number of columns.
    case matrixNotSquare(row: Int, columns: Int, expected: Int)
    /// A distance is negative, infinite or not a number.
    case invalidDistance(from: Int, to: Int, value: Double)
    /// The number of demands, requirements or labels does not match the number of nodes.
    case sizeMismatch(field: String, count: Int, expected: Int)
    /// The problem needs at least the depot.
    case noDepot
    /// More nodes than ``RoutingProblem/maximumNodes``.
    case tooManyNodes(count: Int, limit: Int)
    /// Vehicle capacity must be positive.
    case nonPositiveCapacity(Double)
    /// The fleet limit must be at least one vehicle.
    case invalidFleetLimit(Int)
    /// The maximum route length must be positive.
    case invalidMaxRouteLength(Double)
    /// A demand is negative or not finite.
    case invalidDemand(node: Int, value: Double)
    /// A mandatory customer's demand exceeds the vehicle capacity.
    case demandExceedsCapacity(node: Int, demand: Double, capacity: Double)
    /// A mandatory customer cannot be reached and left within the maximum route length.
    case unreachableWithinRouteLength(node: Int, roundTrip: Double, limit: Double)
}

extension RoutingProblemError: CustomStringConvertible {
    /// A readable one-line explanation.
    public var description: String {
        switch self {
        case .matrixNotSquare(let row, let columns, let expected):
            return "distance matrix row \(row) has \(columns) values, expected \(expected)"
        case .invalidDistance(let from, let to, let value):
            return "distance from node \(from) to node \(to) is invalid (\(value))"
        case .sizeMismatch(let field, let count, let expected):
            return "field '\(field)' has \(count) entries, expected \(expected)"
        case .noDepot:
            return "the problem has no nodes; node 0 must be the depot"
        case .tooManyNodes(let count, let limit):
            return "the problem has \(count) nodes, the solver takes at most \(limit)"
        case .nonPositiveCapacity(let value):
            return "vehicle capacity must be positive, got \(value)"
        case .invalidFleetLimit(let value):
            return "fleet limit must be at least 1, got \(value)"
        case .invalidMaxRouteLength(let value):
            return "maximum route length must be positive, got \(value)"
        case .invalidDemand(let node, let value):
            return "demand of node \(node) is invalid (\(value))"
        case .demandExceedsCapacity(let node, let demand, let capacity):
            return "demand \(demand) of node \(node) exceeds vehicle capacity \(capacity)"
        case .unreachableWithinRouteLength(let node, let roundTrip, let limit):
            return "node \(node) needs a round trip of \(roundTrip), above the route length limit \(limit)"
        }
    }
}

extension RoutingProblemError: LocalizedError {
    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
