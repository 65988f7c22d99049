/// Whether a customer must be visited, or may be left out at the price of its prize.
public enum VisitRequirement: Sendable, Hashable, Codable {
    /// The customer must be in some route.
    case mandatory
    /// Visiting is optional; leaving the customer out costs `prize` (in distance units),
    /// so it is visited when its detour is cheaper than the prize.
    case optional(prize: Double)
}
