/// One of the model's main dimensions, grouping several subdimensions.
public struct Dimension: Hashable, Sendable, Identifiable {
    /// The stable identifier, e.g. `public-value`.
    public var id: String
    /// The short code shown to users, e.g. `A`.
    public var code: String
    /// Whether this dimension is verified or reconstructed.
    public var status: ProvenanceStatus
    /// The dimension's name.
    public var name: LocalizedText
    /// What the dimension covers.
    public var description: LocalizedText
    /// Where its name comes from (publisher, page, quote), if a public source names or
    /// supports it; `nil` when the name is our own.
    public var source: String?
    /// The identifiers of its subdimensions, in the model's order.
    public var subdimensionIDs: [String]

    /// Creates a dimension.
    public init(
        id: String, code: String, status: ProvenanceStatus, name: LocalizedText,
        description: LocalizedText, source: String? = nil, subdimensionIDs: [String]
    ) {
        self.id = id
        self.code = code
        self.status = status
        self.name = name
        self.description = description
        self.source = source
        self.subdimensionIDs = subdimensionIDs
    }
}
