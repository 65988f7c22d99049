/// The score of one dimension, aggregated from its subdimensions.
public struct DimensionScore: Hashable, Sendable, AnswerCounts {
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
}
