/// A team's scored answers: every subdimension and dimension, and the weakest first.
public struct Assessment: Hashable, Sendable {
    /// Scores per subdimension, in the model's order.
    public var subdimensions: [SubdimensionScore]
    /// Scores per dimension, in the model's order.
    public var dimensions: [DimensionScore]
    /// Ids of the scored subdimensions, weakest first (ties in the model's order).
    public var weakest: [String]
    /// The number of respondents with at least one answer.
    public var respondents: Int
    /// The ids of the questionnaires that respondents answered, in the model's order.
    public var questionnaireIDs: [String]
    /// The distinct team names the answers carry, in order of appearance.
    public var teams: [String]

    /// Creates an assessment.
    public init(
        subdimensions: [SubdimensionScore], dimensions: [DimensionScore], weakest: [String],
        respondents: Int, questionnaireIDs: [String], teams: [String]
    ) {
        self.subdimensions = subdimensions
        self.dimensions = dimensions
        self.weakest = weakest
        self.respondents = respondents
        self.questionnaireIDs = questionnaireIDs
        self.teams = teams
    }

    /// The score of subdimension `id`.
    public func subdimension(_ id: String) -> SubdimensionScore? {
        subdimensions.first { $0.subdimensionID == id }
    }

    /// The score of dimension `id`.
    public func dimension(_ id: String) -> DimensionScore? {
        dimensions.first { $0.dimensionID == id }
    }
}
