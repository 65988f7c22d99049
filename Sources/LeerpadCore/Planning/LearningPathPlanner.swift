/// Plans a learning path: which recommended modules, in which order, on which runs.
///
/// 1. **Select.** Among the recommended modules in a preferred format that would raise the
///    team (gain > 0), choose the set with the most expected gain (priority × gap) whose cost
///    (cost per person × team size) fits the budget and whose hours fit the hours per
///    person, always together with every prerequisite the team has not completed. A greedy
///    pass by gain per share of budget and hours gives a first plan; a depth-first
///    branch-and-bound over the candidates then improves it, exactly for small catalogues and
///    within a fixed number of nodes for large ones (deterministic either way).
/// 2. **Order.** A step's level is the maturity step it brings (target level − 1, at least 1),
///    pushed past its prerequisites' levels; within a level, higher priority and gain first.
/// 3. **Schedule.** Each step goes on the earliest run that starts after its prerequisites end
///    and ends before the path does, with places for the whole team (split over several runs
///    only when no single run can take it); never more people than places left or the group
///    limit. Self-paced e-learning takes a week per 8 hours.
/// 4. A module that cannot be scheduled is dropped with its reason and selection runs again.
///
/// Everything that does not fit is reported in ``LearningPath/unmet``.
public enum LearningPathPlanner {
    /// The most branch-and-bound nodes explored per selection.
    public static let searchNodeLimit = 200_000

    /// Plans a path for `recommendations` from `catalogue` within `constraints`.
    public static func plan(
        _ recommendations: Recommendations, catalogue: Catalogue, constraints: PlanConstraints
    ) -> LearningPath {
        var unmet: [UnmetModule] = []
        var candidates: [ModuleRecommendation] = []
        for recommendation in recommendations.modules
        where !constraints.completedModules.contains(recommendation.moduleID) {
            guard let module = catalogue.module(recommendation.moduleID) else { continue }
            if !constraints.preferredFormats.isEmpty, !constraints.preferredFormats.contains(module.format) {
                unmet.append(UnmetModule(moduleID: module.id, reason: .formatNotPreferred(module.format)))
            } else if recommendation.expectedGain <= 0 {
                unmet.append(UnmetModule(moduleID: module.id, reason: .alreadyAtTarget))
            } else if let missing = missingPrerequisite(of: module.id, in: catalogue) {
                unmet.append(UnmetModule(moduleID: module.id, reason: .prerequisiteMissing(missing)))
            } else if let other = prerequisiteInOtherFormat(of: module.id, in: catalogue, constraints: constraints) {
                unmet.append(
                    UnmetModule(
                        moduleID: module.id,
                        reason: .prerequisiteFormatNotPreferred(prerequisite: other.id, format: other.format)))
            } else {
                candidates.append(recommendation)
            }
        }

        var excluded: Set<String> = []
        var scheduleFailures: [UnmetModule] = []
        while true {
            let problem = SelectionProblem(
                candidates: candidates.filter { !excluded.contains($0.moduleID) }, catalogue: catalogue,
                constraints: constraints, excluded: excluded)
            let selected = problem.bestSelection()
            let schedule = Scheduler(catalogue: catalogue, constraints: constraints, recommendations: candidates)
                .schedule(selected)
            guard schedule.failures.isEmpty else {
                for failure in schedule.failures where !excluded.contains(failure.moduleID) {
                    excluded.insert(failure.moduleID)
                    scheduleFailures.append(failure)
                }
                continue
            }
            let planned = Set(schedule.steps.map(\.moduleID))
            for candidate in candidates where !planned.contains(candidate.moduleID) {
                if let failure = scheduleFailures.first(where: { $0.moduleID == candidate.moduleID }) {
                    unmet.append(failure)
                } else if let blocked = catalogue.prerequisiteClosure(of: candidate.moduleID)
                    .first(where: { excluded.contains($0) })
                {
                    unmet.append(UnmetModule(moduleID: candidate.moduleID, reason: .prerequisiteUnplanned(blocked)))
                } else {
                    unmet.append(problem.reasonNotSelected(candidate.moduleID, selected: selected))
                }
            }
            let levels = Dictionary(grouping: schedule.steps, by: \.level)
                .map { level, steps in
                    PathLevel(number: level, steps: steps.sorted { ($0.start, $0.moduleID) < ($1.start, $1.moduleID) })
                }
                .sorted { $0.number < $1.number }
            // A module set aside (say, as already at target) may still be planned as another's prerequisite.
            return LearningPath(
                levels: levels, unmet: unmet.filter { !planned.contains($0.moduleID) }, constraints: constraints)
        }
    }

    /// The first prerequisite still to take (not completed) whose format the team did not choose.
    private static func prerequisiteInOtherFormat(
        of id: String, in catalogue: Catalogue, constraints: PlanConstraints
    ) -> TrainingModule? {
        guard !constraints.preferredFormats.isEmpty else { return nil }
        return catalogue.prerequisiteClosure(of: id).lazy
            .filter { !constraints.completedModules.contains($0) }
            .compactMap(catalogue.module)
            .first { !constraints.preferredFormats.contains($0.format) }
    }

    private static func missingPrerequisite(of id: String, in catalogue: Catalogue) -> String? {
        var stack = [id]
        var seen: Set<String> = []
        while let current = stack.popLast() {
            guard seen.insert(current).inserted, let module = catalogue.module(current) else { continue }
            for prerequisite in module.prerequisites {
                if catalogue.module(prerequisite) == nil { return prerequisite }
                stack.append(prerequisite)
            }
        }
        return nil
    }
}
