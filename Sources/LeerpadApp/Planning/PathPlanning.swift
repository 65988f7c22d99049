import Foundation
import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// The path for a stored team, from its latest assessment (or `assessment` when given);
    /// modules the team completed (and `alsoCompleted`) are not planned again.
    public func plan(
        for team: Team, input: PlanInput, assessment: Assessment? = nil, alsoCompleted: Set<String> = []
    ) throws(AppError) -> LearningPath {
        let report = try report(for: team)
        guard let scores = assessment ?? report.latest else { throw .noAssessment(team: team.name) }
        return try advisor.plan(
            for: scores, input: input, completed: report.progress.state.completedModules.union(alsoCompleted))
    }

    /// Keeps `path` as the team's learning path, accepted now or at `at`; an empty plan is refused.
    public func accept(_ path: LearningPath, for team: Team, at: Date? = nil) throws(AppError) {
        guard !path.steps.isEmpty else { throw .emptyPlan }
        let acceptedAt = at ?? time.now()
        try writing(teamID: team.id) { store throws(StoreError) in
            try store.acceptPath(teamID: team.id, acceptedAt: acceptedAt, path: AcceptedPath(path))
        }
    }
}
