/// How a customer was classified by fill level.
public enum SelectionClass: String, Sendable, Codable, Hashable {
    /// Fill at or above the must-visit threshold.
    case mandatory
    /// Fill between the optional and the must-visit threshold: visited when cheap.
    case optional
    /// Fill below the optional threshold: not visited.
    case skipped
}

/// The classification of one customer and the numbers that made it, so it explains itself.
public struct SelectionDecision: Sendable, Hashable, Codable {
    /// Index into the caller's customer list.
    public var customer: Int
    /// The class assigned.
    public var selection: SelectionClass
    /// The fill level that decided it.
    public var fill: Double
    /// For optional customers: the largest detour (in distance units) worth making.
    public var prize: Double
}
