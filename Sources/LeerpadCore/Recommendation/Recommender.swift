/// Runs the rules on a team's assessment and merges what they recommend.
///
/// Every rule whose condition is certainly true fires. A module or use case recommended by
/// several rules appears once, with all their firings and the highest priority. The order is
/// predictable: priority (highest first), then gap (largest first), then id. Ids that the
/// catalogue or the use cases do not know are skipped; `leerpad rules lint` reports them.
public enum Recommender {
    /// Recommendations for `assessment`.
    /// - Complexity: O(*r* × *e*) for *r* rules with conditions of size *e*, plus sorting.
    public static func recommend(
        for assessment: Assessment, rules: [Rule], model: MaturityModel, catalogue: Catalogue, useCases: [UseCase]
    ) -> Recommendations {
        var moduleFirings: [String: [RuleFiring]] = [:]
        var useCaseFirings: [String: [RuleFiring]] = [:]
        for rule in rules where RuleEvaluator.evaluate(rule.condition, on: assessment) == true {
            let firing = RuleFiring(
                ruleID: rule.id, priority: rule.priority, condition: rule.conditionText, reason: rule.reason,
                evidence: RuleEvaluator.evidence(for: rule.condition, on: assessment))
            for id in rule.moduleIDs where catalogue.module(id) != nil { moduleFirings[id, default: []].append(firing) }
            let knownUseCases = Set(useCases.map(\.id))
            for id in rule.useCaseIDs where knownUseCases.contains(id) {
                useCaseFirings[id, default: []].append(firing)
            }
        }

        let modules = moduleFirings.compactMap { id, firings -> ModuleRecommendation? in
            guard let module = catalogue.module(id) else { return nil }
            var gap = 0.0
            var below: [String] = []
            for target in module.raises {
                guard let score = assessment.subdimension(target.subdimensionID)?.score,
                    let level = model.levels.first(where: { $0.number == target.level })
                else { continue }
                if level.minimumScore > score {
                    gap += level.minimumScore - score
                    below.append(target.subdimensionID)
                }
            }
            return ModuleRecommendation(
                moduleID: id, priority: firings.map(\.priority).max() ?? 0, gap: gap, subdimensionIDs: below,
                firings: ordered(firings))
        }
        .sorted {
            ($0.priority, $0.gap, $1.moduleID) > ($1.priority, $1.gap, $0.moduleID)
        }

        let useCaseByID = Dictionary(useCases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let recommendedUseCases = useCaseFirings.compactMap { id, firings -> UseCaseRecommendation? in
            guard let useCase = useCaseByID[id] else { return nil }
            return UseCaseRecommendation(
                useCaseID: id, priority: firings.map(\.priority).max() ?? 0,
                subdimensionIDs: useCase.subdimensionIDs, firings: ordered(firings))
        }
        .sorted {
            let left = useCaseByID[$0.useCaseID]?.level ?? 0
            let right = useCaseByID[$1.useCaseID]?.level ?? 0
            return ($0.priority, -left, $1.useCaseID) > ($1.priority, -right, $0.useCaseID)
        }
        return Recommendations(modules: modules, useCases: recommendedUseCases)
    }

    private static func ordered(_ firings: [RuleFiring]) -> [RuleFiring] {
        firings.sorted { ($0.priority, $1.ruleID) > ($1.priority, $0.ruleID) }
    }
}
