/// The built-in workshop demos that show a use case.
public enum Demo: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waste-collection route optimisation.
    case route
    /// Demand forecasting.
    case forecast
}

/// A sample municipal data use case a team can try once it is ready for it.
public struct UseCase: Hashable, Sendable, Identifiable {
    /// The stable identifier.
    public var id: String
    /// The maturity level the use case suits.
    public var level: Int
    /// The demo that shows it, if any.
    public var demo: Demo?
    /// The title.
    public var title: LocalizedText
    /// What the use case is about.
    public var description: LocalizedText
    /// Where its facts come from, if it describes a real case.
    public var source: String?
    /// The subdimensions it exercises.
    public var subdimensionIDs: [String]

    /// Creates a use case.
    public init(
        id: String, level: Int, demo: Demo? = nil, title: LocalizedText, description: LocalizedText,
        source: String? = nil, subdimensionIDs: [String]
    ) {
        self.id = id
        self.level = level
        self.demo = demo
        self.title = title
        self.description = description
        self.source = source
        self.subdimensionIDs = subdimensionIDs
    }
}
