/// Everything needed to plan visits to fill-level customers from one depot.
public struct CollectionPlanInput: Sendable {
    /// Depot position.
    public var depot: Point
    /// The customers with their fill levels.
    public var customers: [FillLevelCustomer]
    /// Vehicle capacity in the unit of `volume`.
    public var capacity: Double
    /// Maximum number of routes, or `nil` for unlimited.
    public var fleetLimit: Int?
    /// Maximum length of one route, or `nil`.
    public var maxRouteLength: Double?
    /// Fill-level thresholds.
    public var thresholds: SelectionThresholds
    /// Detour (in distance units) worth making for an optional customer just below `mustVisit`.
    public var detourBudget: Double
    /// Multiplier from straight-line to travel distance (1 = as the crow flies).
    public var distanceFactor: Double

    /// Creates the input.
    public init(
        depot: Point, customers: [FillLevelCustomer], capacity: Double, fleetLimit: Int? = nil,
        maxRouteLength: Double? = nil, thresholds: SelectionThresholds = SelectionThresholds(),
        detourBudget: Double = 1.0, distanceFactor: Double = 1.0
    ) {
        self.depot = depot
        self.customers = customers
        self.capacity = capacity
        self.fleetLimit = fleetLimit
        self.maxRouteLength = maxRouteLength
        self.thresholds = thresholds
        self.detourBudget = detourBudget
        self.distanceFactor = distanceFactor
    }
}
