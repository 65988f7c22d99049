/// A CVRP instance read from a VRPLIB `.vrp` file.
public struct VRPLIBInstance: Sendable {
    /// The `NAME` entry.
    public var name: String
    /// Node coordinates in file order; index 0 is the depot.
    public var coordinates: [Point]
    /// Demand per node in file order.
    public var demands: [Double]
    /// The `CAPACITY` entry.
    public var capacity: Double
    /// Node number (as written in the file) per index.
    public var nodeNumbers: [Int]
    /// The `VEHICLES` entry, if present.
    public var vehicles: Int?
    /// The `DISTANCE` entry (maximum route length), if present.
    public var maxRouteLength: Double?

    /// The routing problem with CVRPLIB rounding (nearest integer Euclidean distances),
    /// an unlimited fleet, and labels equal to the file's node numbers.
    public func problem(rounding: DistanceRounding = .nearestInteger) throws(RoutingProblemError) -> RoutingProblem {
        try RoutingProblem(
            name: name, distances: DistanceMatrix(points: coordinates, rounding: rounding),
            demands: demands, capacity: capacity, fleetLimit: nil, maxRouteLength: maxRouteLength,
            coordinates: coordinates, labels: nodeNumbers.map(String.init))
    }
}
