/// Caller-supplied texts for an SVG map, so the library stays language-neutral.
public struct SVGMapLabels: Sendable, Hashable {
    /// Title at the top.
    public var title: String
    /// Legend text for the depot.
    public var depot: String
    /// Legend text for visited customers.
    public var served: String
    /// Legend text for customers that are not visited.
    public var skipped: String
    /// One legend line per route (e.g. "Route 1: 23.4 km"), in route order.
    public var routes: [String]
    /// Extra lines under the legend (e.g. the saving).
    public var notes: [String]

    /// Creates the labels.
    public init(title: String, depot: String, served: String, skipped: String, routes: [String], notes: [String] = []) {
        self.title = title
        self.depot = depot
        self.served = served
        self.skipped = skipped
        self.routes = routes
        self.notes = notes
    }
}
