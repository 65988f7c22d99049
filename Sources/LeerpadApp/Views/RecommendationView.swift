import LeerpadContent
import LeerpadCore

/// A recommended training module as JSON: what it is, how important, how far the team is
/// below it, and the rules that fired with their reasons.
public struct RecommendationView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// Its format (`e-learning`, `classroom`, `workshop`, `coaching`).
    public var format: String
    /// The highest priority of the rules that recommend it.
    public var priority: Int
    /// How far the team is below the level the module brings it to.
    public var gap: Double
    /// Priority × gap.
    public var expectedGain: Double
    /// The subdimensions it is recommended for.
    public var subdimensions: [String]
    /// Study hours per person.
    public var hoursPerPerson: Double
    /// Euros per person.
    public var costPerPerson: Double
    /// The ids of the rules that fired, as in `reasons`.
    public var rules: [String]
    /// Every rule that fired, with its explanation and evidence.
    public var reasons: [ReasonView]

    /// The recommended modules of `recommendations` that the catalogue holds, most important first.
    public static func list(_ recommendations: Recommendations, content: ContentBundle, language: Language)
        -> [RecommendationView]
    {
        recommendations.modules.compactMap { recommendation in
            guard let module = content.catalogue.module(recommendation.moduleID) else { return nil }
            return RecommendationView(
                module: module.id, title: module.title[language], format: module.format.rawValue,
                priority: recommendation.priority, gap: LocalFormat.rounded(recommendation.gap),
                expectedGain: LocalFormat.rounded(recommendation.expectedGain),
                subdimensions: recommendation.subdimensionIDs, hoursPerPerson: module.hoursPerPerson,
                costPerPerson: module.costPerPerson.amount, rules: recommendation.firings.map(\.ruleID),
                reasons: recommendation.firings.map { ReasonView($0, language: language) })
        }
    }
}
