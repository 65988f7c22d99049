import LeerpadCore

/// Builds ``GameSettings`` from a schema-valid `gamification.xml` tree; checks levels start at
/// 0 XP and rise, and (given the model) that dimension badges name real dimensions.
public enum GameSettingsDecoder {
    /// The namespace of gamification files.
    public static let namespace = "urn:leerpad:gamification:1"

    /// Decodes `root`; `file` names the source in diagnostics.
    public static func decode(_ root: XMLElementNode, file: String, model: MaturityModel? = nil) throws(ContentError)
        -> GameSettings
    {
        var problems = ProblemList(file: file)
        guard root.name == "gamification", root.namespace == namespace else {
            problems.add(root, "the root element must be <gamification xmlns=\"\(namespace)\">")
            throw .invalid(problems.diagnostics)
        }
        let levelElements = root.child(named: "levels")?.children(named: "level") ?? []
        let levels = levelElements.map { element in
            TeamLevel(
                number: Int(element.attributes["number"] ?? "") ?? 0,
                minimumXP: Int(element.attributes["xp"] ?? "") ?? 0,
                name: problems.localized(element, "name"))
        }
        if levels.map(\.number) != Array(1...max(1, levels.count)) || levels.first?.minimumXP != 0
            || zip(levels, levels.dropFirst()).contains(where: { $0.minimumXP >= $1.minimumXP })
        {
            problems.add(
                root.child(named: "levels") ?? root, "levels must be numbered 1, 2, … from 0 XP with rising XP")
        }
        let rewards = root.child(named: "rewards")?.attributes ?? [:]
        func reward(_ name: String) -> Int { Int(rewards[name] ?? "") ?? 0 }
        let badges = root.children(named: "badge").compactMap { element -> BadgeDefinition? in
            let id = element.attributes["id"] ?? ""
            let count = Int(element.attributes["count"] ?? "")
            let criterion: BadgeCriterion
            switch element.attributes["criterion"] ?? "" {
            case "modules-completed": criterion = .modulesCompleted(count ?? 1)
            case "subdimension-raised": criterion = .subdimensionRaised(levels: count ?? 1)
            case "streak": criterion = .streak(weeks: count ?? 3)
            case "all-demos-tried": criterion = .allDemosTried
            case "path-complete": criterion = .pathComplete
            default:
                let dimension = element.attributes["dimension"] ?? ""
                if let model, model.dimension(dimension) == nil {
                    problems.add(element, "badge '\(id)' names dimension '\(dimension)', which the model lacks")
                }
                criterion = .dimensionPathComplete(dimensionID: dimension)
            }
            return BadgeDefinition(
                id: id, name: problems.localized(element, "name"),
                description: problems.localized(element, "description"),
                criterion: criterion)
        }
        guard problems.diagnostics.isEmpty else { throw .invalid(problems.diagnostics) }
        return GameSettings(
            levels: levels, startedXP: reward("started"), completedXP: reward("completed"),
            scoreBonusXP: reward("scoreBonus"), triedXP: reward("tried"), assessedXP: reward("assessed"),
            levelRaisedXP: reward("levelRaised"), reassessmentDays: Int(rewards["reassessmentDays"] ?? "") ?? 28,
            minimumRespondents: Int(rewards["minimumRespondents"] ?? "") ?? 3, badges: badges)
    }
}
