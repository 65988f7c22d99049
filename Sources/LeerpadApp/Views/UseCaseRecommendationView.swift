import LeerpadContent
import LeerpadCore

/// A recommended data use case as JSON, with the level it suits, its demo and the reasons.
public struct UseCaseRecommendationView: Encodable, Sendable {
    /// The use case's id.
    public var id: String
    /// Its title in the chosen language.
    public var title: String
    /// The maturity level it suits.
    public var level: Int
    /// The built-in demo that shows it (`route`, `forecast`), if any.
    @NullEncodable public var demo: String?
    /// The highest priority of the rules that recommend it.
    public var priority: Int
    /// The subdimensions it exercises.
    public var subdimensions: [String]
    /// Every rule that fired, with its explanation and evidence.
    public var reasons: [ReasonView]

    /// The recommended use cases of `recommendations` that the Content holds.
    public static func list(_ recommendations: Recommendations, content: ContentBundle, language: Language)
        -> [UseCaseRecommendationView]
    {
        recommendations.useCases.compactMap { recommendation in
            guard let useCase = content.useCases.first(where: { $0.id == recommendation.useCaseID }) else {
                return nil
            }
            return UseCaseRecommendationView(
                id: useCase.id, title: useCase.title[language], level: useCase.level, demo: useCase.demo?.rawValue,
                priority: recommendation.priority, subdimensions: recommendation.subdimensionIDs,
                reasons: recommendation.firings.map { ReasonView($0, language: language) })
        }
    }
}
