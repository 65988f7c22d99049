import LeerpadApp
import LeerpadContent
import LeerpadCore

/// Recommendations as JSON-ready values: `modules` and `useCases`, each with its reasons.
struct RecommendationReport: Encodable {
    struct Evidence: Encodable {
        var metric: String
        var target: String
        /// `nil` (JSON null) when nobody answered.
        @NullEncodable var value: Double?

    }

    struct Reason: Encodable {
        var rule: String
        var priority: Int
        var condition: String
        var explanation: String
        var evidence: [Evidence]
    }

    struct Module: Encodable {
        var id: String
        var title: String
        var format: String
        var priority: Int
        var gap: Double
        var expectedGain: Double
        var subdimensions: [String]
        var hoursPerPerson: Double
        var costPerPerson: Double
        var reasons: [Reason]
    }

    struct UseCaseEntry: Encodable {
        var id: String
        var title: String
        var level: Int
        var demo: String?
        var priority: Int
        var subdimensions: [String]
        var reasons: [Reason]
    }

    var source: String
    var language: String
    var modules: [Module]
    var useCases: [UseCaseEntry]

    init(source: String, recommendations: Recommendations, content: ContentBundle, language: Language) {
        self.source = source
        self.language = language.rawValue
        func reasons(_ firings: [RuleFiring]) -> [Reason] {
            firings.map { firing in
                Reason(
                    rule: firing.ruleID, priority: firing.priority, condition: firing.condition,
                    explanation: firing.reason[language],
                    evidence: firing.evidence.map {
                        Evidence(
                            metric: $0.reference.metric.rawValue, target: $0.reference.target,
                            value: $0.value.map(LocalFormat.rounded))
                    })
            }
        }
        modules = recommendations.modules.compactMap { recommendation in
            guard let module = content.catalogue.module(recommendation.moduleID) else { return nil }
            return Module(
                id: module.id, title: module.title[language], format: module.format.rawValue,
                priority: recommendation.priority, gap: LocalFormat.rounded(recommendation.gap),
                expectedGain: LocalFormat.rounded(recommendation.expectedGain),
                subdimensions: recommendation.subdimensionIDs, hoursPerPerson: module.hoursPerPerson,
                costPerPerson: module.costPerPerson.amount, reasons: reasons(recommendation.firings))
        }
        useCases = recommendations.useCases.compactMap { recommendation in
            guard let useCase = content.useCases.first(where: { $0.id == recommendation.useCaseID }) else { return nil }
            return UseCaseEntry(
                id: useCase.id, title: useCase.title[language], level: useCase.level, demo: useCase.demo?.rawValue,
                priority: recommendation.priority, subdimensions: recommendation.subdimensionIDs,
                reasons: reasons(recommendation.firings))
        }
    }
}
