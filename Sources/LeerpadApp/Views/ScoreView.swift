import LeerpadCore

/// One subdimension's score as JSON: score and level now and at the measurement before, the
/// change, respondents and whether they disagree. Scores are rounded to three decimals;
/// what is unknown is `null`.
public struct ScoreView: Encodable, Sendable {
    /// The subdimension's id.
    public var subdimension: String
    /// Its name in the chosen language.
    public var name: String
    @NullEncodable public var score: Double?
    @NullEncodable public var level: Int?
    @NullEncodable public var previousScore: Double?
    @NullEncodable public var previousLevel: Int?
    /// Score now minus score before, when both are known.
    @NullEncodable public var change: Double?
    /// Level now minus level before, when both are known.
    @NullEncodable public var levelChange: Int?
    /// How many respondents answered the subdimension.
    public var respondents: Int
    /// Whether the respondents' spread is over the model's threshold.
    public var disputed: Bool

    /// Per subdimension of `assessment`, its score and the change since `previous`.
    public static func list(
        _ assessment: Assessment, previous: Assessment?, model: MaturityModel, language: Language
    ) -> [ScoreView] {
        let changes = MaturityComparison.compare(previous: previous, current: assessment)
        return zip(assessment.subdimensions, changes).map { score, change in
            ScoreView(
                subdimension: score.subdimensionID,
                name: model.subdimension(score.subdimensionID)?.name[language] ?? score.subdimensionID,
                score: change.score.map(LocalFormat.rounded), level: change.level,
                previousScore: change.previousScore.map(LocalFormat.rounded), previousLevel: change.previousLevel,
                change: change.scoreChange.map(LocalFormat.rounded), levelChange: change.levelChange,
                respondents: score.respondents, disputed: score.isDisputed)
        }
    }
}
