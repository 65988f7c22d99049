/// How one statement was answered: the explanation behind a score.
public struct StatementTally: Hashable, Sendable {
    /// The statement's id.
    public var statementID: String
    /// Whether answers were reversed (6 − answer) before scoring.
    public var isReversed: Bool
    /// How many respondents gave each Likert answer, as given (before reversal), indexed 1…5.
    public var counts: [Int: Int]
    /// How many respondents answered "weet niet".
    public var dontKnow: Int
    /// The mean scored value (after reversal), or `nil` when nobody gave a Likert answer.
    public var mean: Double?
}

/// The score of one subdimension, with everything that made it.
public struct SubdimensionScore: Hashable, Sendable, AnswerCounts {
    /// The subdimension's id.
    public var subdimensionID: String
    /// The id of its dimension.
    public var dimensionID: String
    /// The mean of respondents' means on the 1–5 scale, or `nil` when nobody gave a Likert answer.
    public var score: Double?
    /// The maturity level number the score reaches, or `nil` without a score.
    public var level: Int?
    /// The number of respondents with at least one Likert answer on this subdimension.
    public var respondents: Int
    /// The number of Likert answers given (all statements, all respondents).
    public var answered: Int
    /// The number of "weet niet" answers.
    public var dontKnow: Int
    /// The standard deviation between respondents' means (sample, n − 1); 0 with one respondent.
    public var spread: Double
    /// Whether the spread reaches the model's disagreement threshold.
    public var isDisputed: Bool
    /// How each statement was answered.
    public var statements: [StatementTally]
}
