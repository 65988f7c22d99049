/// A customer whose demand comes from a measured fill level (e.g. a sensor reading).
public struct FillLevelCustomer: Sendable, Hashable, Codable {
    /// Identifier as written in the input.
    public var id: String
    /// Position in kilometres (or the problem's length unit).
    public var position: Point
    /// Capacity of the receptacle at this customer, in the vehicle's capacity unit.
    public var volume: Double
    /// Measured fill level, 0…1.
    public var fill: Double

    /// Creates a customer.
    public init(id: String, position: Point, volume: Double, fill: Double) {
        self.id = id
        self.position = position
        self.volume = volume
        self.fill = fill
    }

    /// Amount to be picked up: volume × fill.
    public var demand: Double { volume * fill }
}
