/// Checks a rule set against the model, the catalogue and the use cases: unknown ids, rules
/// that can never fire, and subdimensions no rule covers.
public enum RuleLinter {
    /// Every finding, rule by rule in file order, then the uncovered subdimensions.
    public static func lint(_ rules: [Rule], model: MaturityModel, catalogue: Catalogue, useCases: [UseCase])
        -> [LintFinding]
    {
        var findings: [LintFinding] = []
        let knownTargets = Set(model.subdimensions.map(\.id) + model.dimensions.map(\.id))
        let knownUseCases = Set(useCases.map(\.id))
        for rule in rules {
            for reference in rule.condition.references where !knownTargets.contains(reference.target) {
                findings.append(
                    LintFinding(ruleID: rule.id, kind: .unknownTarget(reference: "\(reference)")))
            }
            for id in rule.moduleIDs where catalogue.module(id) == nil {
                findings.append(
                    LintFinding(ruleID: rule.id, kind: .unknownModule(id)))
            }
            for id in rule.useCaseIDs where !knownUseCases.contains(id) {
                findings.append(
                    LintFinding(ruleID: rule.id, kind: .unknownUseCase(id)))
            }
            if !RuleSatisfiability.isSatisfiable(rule.condition, levels: model.levels) {
                findings.append(
                    LintFinding(ruleID: rule.id, kind: .neverFires(condition: rule.conditionText)))
            }
        }
        for subdimension in model.subdimensions where !isCovered(subdimension, rules: rules, catalogue: catalogue) {
            findings.append(
                LintFinding(ruleID: nil, kind: .uncovered(subdimension: subdimension.id)))
        }
        return findings
    }

    /// Whether some rule reads `subdimension` (or its dimension) and recommends a module that raises it.
    static func isCovered(_ subdimension: Subdimension, rules: [Rule], catalogue: Catalogue) -> Bool {
        rules.contains { rule in
            let targets = Set(rule.condition.references.map(\.target))
            guard targets.contains(subdimension.id) || targets.contains(subdimension.dimensionID) else { return false }
            return rule.moduleIDs.contains { id in
                catalogue.module(id)?.raises.contains { $0.subdimensionID == subdimension.id } == true
            }
        }
    }
}
