/// A fill-level routing scenario: depot, vehicles, thresholds and customers, read from a folder.
public struct FillLevelScenario: Sendable {
    /// Title of the scenario.
    public var name: String
    /// Day the fill levels were measured (free text, e.g. `2026-11-26`).
    public var date: String
    /// Planning input with positions in km.
    public var input: CollectionPlanInput
    /// Projection used when the files gave latitude/longitude, else `nil`.
    public var projection: GeoProjection?
    /// Number of vehicles.
    public var vehicles: Int
    /// Routes each vehicle may drive per day (trips back to the depot to unload).
    public var tripsPerVehicle: Int
}
