import LeerpadContent
import LeerpadCore

/// A newly stored assessment as JSON: its id, respondents, scores against the measurement
/// before, the recommended modules and the ids of the recommended use cases.
public struct AssessmentResultView: Encodable, Sendable {
    /// The stored assessment's id.
    public var id: Int64
    /// How many people answered.
    public var respondents: Int
    /// Per subdimension, the score and its change.
    public var scores: [ScoreView]
    /// The recommended modules, most important first.
    public var recommendations: [RecommendationView]
    /// The ids of the recommended use cases.
    public var useCases: [String]

    /// The view of `outcome`, named from `content` in `language`.
    public init(_ outcome: AssessmentOutcome, content: ContentBundle, language: Language) {
        id = outcome.stored.id
        respondents = outcome.assessment.respondents
        scores = ScoreView.list(
            outcome.assessment, previous: outcome.previous, model: content.model, language: language)
        recommendations = RecommendationView.list(outcome.recommendations, content: content, language: language)
        useCases = outcome.recommendations.useCases.map(\.useCaseID)
    }
}
