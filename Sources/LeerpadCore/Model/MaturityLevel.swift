/// One maturity level of the model, reached from `minimumScore` on the 1–5 scale.
public struct MaturityLevel: Hashable, Sendable {
    /// The level's number, 1 being the least mature.
    public var number: Int
    /// The lowest score (1–5) that reaches this level.
    public var minimumScore: Double
    /// The level's name.
    public var name: LocalizedText
    /// What a team at this level typically does.
    public var description: LocalizedText

    /// Creates a level.
    public init(number: Int, minimumScore: Double, name: LocalizedText, description: LocalizedText) {
        self.number = number
        self.minimumScore = minimumScore
        self.name = name
        self.description = description
    }
}
