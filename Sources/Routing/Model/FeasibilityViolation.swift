/// One reason why a set of routes is not a valid solution of a ``RoutingProblem``.
public enum FeasibilityViolation: Sendable, Hashable, Codable {
    /// A mandatory customer is in no route.
    case customerNotVisited(node: Int)
    /// A customer appears more than once.
    case customerVisitedTwice(node: Int)
    /// A route refers to a node that is not a customer (the depot or out of range).
    case unknownNode(route: Int, node: Int)
    /// A route carries more than the vehicle capacity.
    case capacityExceeded(route: Int, load: Double, capacity: Double)
    /// A route is longer than the maximum route length.
    case routeTooLong(route: Int, length: Double, limit: Double)
    /// More routes than vehicles.
    case fleetExceeded(routes: Int, limit: Int)
}
