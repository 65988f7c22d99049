/// Fill-level thresholds of a prize-collecting selection: at or above ``mustVisit`` a
/// customer is mandatory, from ``optionalFrom`` up to it optional, below it skipped.
public struct SelectionThresholds: Sendable, Hashable, Codable {
    /// Fill level from which a visit is mandatory (default 0.8).
    public var mustVisit: Double
    /// Fill level from which a visit is optional (default 0.6).
    public var optionalFrom: Double

    /// Creates thresholds; `optionalFrom` must not exceed `mustVisit`, both in 0…1.
    public init(mustVisit: Double = 0.8, optionalFrom: Double = 0.6) {
        self.mustVisit = mustVisit
        self.optionalFrom = optionalFrom
    }
}
