/// The score of one dimension, aggregated from its subdimensions.
public struct DimensionScore: Hashable, Sendable {
    /// The dimension's id.
    public var dimensionID: String
    /// The mean of its scored subdimensions' scores, or `nil` when none was scored.
    public var score: Double?
    /// The maturity level number the score reaches, or `nil` without a score.
    public var level: Int?
    /// The number of respondents with at least one Likert answer in this dimension.
    public var respondents: Int
    /// The number of Likert answers given in this dimension.
    public var answered: Int
    /// The number of "weet niet" answers in this dimension.
    public var dontKnow: Int
    /// The standard deviation between respondents' dimension means (sample, n − 1).
    public var spread: Double
    /// Whether the spread reaches the model's disagreement threshold.
    public var isDisputed: Bool

    /// The share of "weet niet" among all answers given, 0 when none were given.
    public var dontKnowShare: Double {
        let total = answered + dontKnow
        return total == 0 ? 0 : Double(dontKnow) / Double(total)
    }

    /// Creates a dimension score.
    public init(
        dimensionID: String, score: Double?, level: Int?, respondents: Int, answered: Int,
        dontKnow: Int, spread: Double, isDisputed: Bool
    ) {
        self.dimensionID = dimensionID
        self.score = score
        self.level = level
        self.respondents = respondents
        self.answered = answered
        self.dontKnow = dontKnow
        self.spread = spread
        self.isDisputed = isDisputed
    }
}
