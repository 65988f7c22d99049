/// A capacitated vehicle-routing problem with one depot (node 0) and customers 1…n−1.
///
/// Vehicles start and end at the depot, carry at most ``capacity``, and may be limited in
/// number (``fleetLimit``) and in route length (``maxRouteLength``). Customers may be
/// optional with a prize, which turns the problem into prize-collecting routing.
public struct RoutingProblem: Sendable {
    /// A human-readable name (instance name or scenario title).
    public var name: String
    /// Travel costs between all nodes; node 0 is the depot.
    public let distances: DistanceMatrix
    /// Demand per node; `demands[0]` (the depot) is ignored.
    public let demands: [Double]
    /// Vehicle capacity, in the unit of the demands.
    public let capacity: Double
    /// Maximum number of routes, or `nil` for an unlimited fleet.
    public let fleetLimit: Int?
    /// Maximum cost of one route, or `nil` for no limit.
    public let maxRouteLength: Double?
    /// Visit requirement per node; `requirements[0]` (the depot) is ignored.
    public let requirements: [VisitRequirement]
    /// Optional coordinates per node, used for pictures.
    public let coordinates: [Point]?
    /// External identifier per node as numbered in the input (e.g. VRPLIB node number).
    public let labels: [String]

    /// The most nodes (depot included) a problem may have: the dense distance matrix of 2,000
    /// nodes takes 32 MB and the solver's state a few MB more, so memory stays bounded; the largest
    /// CVRPLIB X instance has 1,001.
    public static let maximumNodes = 2_000
    /// The largest magnitude of a coordinate the readers accept (10⁷, in km or instance units): far
    /// beyond any real map, small enough that distances and route sums stay exact in a `Double`.
    public static let maximumCoordinate = 1e7
    /// The largest magnitude of a capacity, demand or route length the readers accept (10¹²).
    public static let maximumQuantity = 1e12

    /// Number of nodes including the depot.
    public var nodeCount: Int { distances.count }
    /// Customer node indices, 1…n−1.
    public var customers: Range<Int> { 1..<max(1, distances.count) }

    /// Creates and validates a problem.
    /// - Throws: ``RoutingProblemError`` when sizes disagree or a mandatory customer can
    ///   never be served.
    public init(
        name: String = "",
        distances: DistanceMatrix,
        demands: [Double],
        capacity: Double,
        fleetLimit: Int? = nil,
        maxRouteLength: Double? = nil,
        requirements: [VisitRequirement]? = nil,
        coordinates: [Point]? = nil,
        labels: [String]? = nil
    ) throws(RoutingProblemError) {
        let n = distances.count
        guard n >= 1 else { throw .noDepot }
        guard n <= Self.maximumNodes else { throw .tooManyNodes(count: n, limit: Self.maximumNodes) }
        guard demands.count == n else {
            throw .sizeMismatch(field: "demands", count: demands.count, expected: n)
        }
        guard capacity > 0, capacity.isFinite else { throw .nonPositiveCapacity(capacity) }
        if let fleetLimit, fleetLimit < 1 { throw .invalidFleetLimit(fleetLimit) }
        if let maxRouteLength, !(maxRouteLength > 0) { throw .invalidMaxRouteLength(maxRouteLength) }
        let requirements = requirements ?? Array(repeating: .mandatory, count: n)
        guard requirements.count == n else {
            throw .sizeMismatch(field: "requirements", count: requirements.count, expected: n)
        }
        if let coordinates, coordinates.count != n {
            throw .sizeMismatch(field: "coordinates", count: coordinates.count, expected: n)
        }
        let labels = labels ?? (0..<n).map(String.init)
        guard labels.count == n else {
            throw .sizeMismatch(field: "labels", count: labels.count, expected: n)
        }
        for node in 1..<max(1, n) {
            let demand = demands[node]
            guard demand.isFinite, demand >= 0 else { throw .invalidDemand(node: node, value: demand) }
            guard case .mandatory = requirements[node] else { continue }
            if demand > capacity {
                throw .demandExceedsCapacity(node: node, demand: demand, capacity: capacity)
            }
            if let maxRouteLength {
                let roundTrip = distances[0, node] + distances[node, 0]
                if roundTrip > maxRouteLength {
                    throw .unreachableWithinRouteLength(node: node, roundTrip: roundTrip, limit: maxRouteLength)
                }
            }
        }
        self.name = name
        self.distances = distances
        self.demands = demands
        self.capacity = capacity
        self.fleetLimit = fleetLimit
        self.maxRouteLength = maxRouteLength
        self.requirements = requirements
        self.coordinates = coordinates
        self.labels = labels
    }

    /// Whether `node` must be visited.
    public func isMandatory(_ node: Int) -> Bool {
        if case .mandatory = requirements[node] { return true }
        return false
    }

    /// The prize lost when an optional `node` is left out (0 for mandatory nodes).
    public func prize(of node: Int) -> Double {
        if case .optional(let prize) = requirements[node] { return prize }
        return 0
    }
}
