/// The coordinator's view: per module, which teams and how many people need it, how many
/// runs that takes, and what it costs.
public enum CourseDemand {
    /// Demand for every module recommended to any team, with the prerequisites those modules
    /// need; sorted by people (most first), then priority, then id.
    public static func compute(_ needs: [TeamNeed], catalogue: Catalogue) -> [ModuleDemand] {
        var lines: [String: ModuleDemand] = [:]
        for need in needs {
            var direct: [String: Int] = [:]
            for recommendation in need.recommendations.modules {
                direct[recommendation.moduleID] = recommendation.priority
            }
            var needed = Array(direct.keys).sorted()
            for id in needed { needed += catalogue.prerequisiteClosure(of: id).filter { !needed.contains($0) } }
            for id in needed {
                guard let module = catalogue.module(id) else { continue }
                var line =
                    lines[id]
                    ?? ModuleDemand(
                        moduleID: id, teams: [], teamsForPrerequisite: [], people: 0, runs: 0, cost: .zero, priority: 0)
                guard !line.teams.contains(need.team) else { continue }
                line.teams.append(need.team)
                if direct[id] == nil { line.teamsForPrerequisite.append(need.team) }
                line.people += need.people
                line.priority = max(line.priority, direct[id] ?? 0)
                line.cost = module.costPerPerson * line.people
                line.runs = module.isSelfPaced ? 0 : (line.people + module.maxGroupSize - 1) / module.maxGroupSize
                lines[id] = line
            }
        }
        return lines.values.sorted { ($0.people, $0.priority, $1.moduleID) > ($1.people, $1.priority, $0.moduleID) }
    }
}
