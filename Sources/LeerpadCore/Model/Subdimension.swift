/// One of the model's subdimensions: the unit that is scored, recommended for and trained.
public struct Subdimension: Hashable, Sendable, Identifiable {
    /// The stable identifier, e.g. `data-quality`.
    public var id: String
    /// The number shown to users (1–17 in the shipped model).
    public var number: Int
    /// The identifier of the dimension it belongs to.
    public var dimensionID: String
    /// Whether this subdimension is verified or reconstructed.
    public var status: ProvenanceStatus
    /// The subdimension's name.
    public var name: LocalizedText
    /// What the subdimension covers.
    public var description: LocalizedText
    /// Where its name comes from (publisher, page, quote), if a public source names or
    /// supports it; `nil` when the name is our own.
    public var source: String?
    /// What a team at each level does, keyed by level number.
    public var descriptors: [Int: LocalizedText]

    /// Creates a subdimension.
    public init(
        id: String, number: Int, dimensionID: String, status: ProvenanceStatus,
        name: LocalizedText, description: LocalizedText, source: String? = nil,
        descriptors: [Int: LocalizedText]
    ) {
        self.id = id
        self.number = number
        self.dimensionID = dimensionID
        self.status = status
        self.name = name
        self.description = description
        self.source = source
        self.descriptors = descriptors
    }
}
