import LeerpadApp
import LeerpadContent
import LeerpadCore

/// Recommendations as JSON-ready values: `modules` and `useCases`, each with its reasons.
struct RecommendationReport: Encodable {
    var source: String
    var language: String
    var modules: [RecommendationView]
    var useCases: [UseCaseRecommendationView]

    init(source: String, recommendations: Recommendations, content: ContentBundle, language: Language) {
        self.source = source
        self.language = language.rawValue
        modules = RecommendationView.list(recommendations, content: content, language: language)
        useCases = UseCaseRecommendationView.list(recommendations, content: content, language: language)
    }
}
