import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// Everything stored about `team`.
    public func storedData(of team: Team) throws(AppError) -> TeamDataView {
        try storing { store throws(StoreError) in
            let rounds = try store.rounds(teamID: team.id).map { round throws(StoreError) in
                (round, try store.responses(roundID: round.id))
            }
            return TeamDataView(
                team: team, assessments: try store.assessments(teamID: team.id), rounds: rounds,
                path: try store.latestPath(teamID: team.id), events: try store.events(teamID: team.id))
        }
    }

    /// Deletes `team` with all its data through the store's one audited path; `actor` is who asked.
    @discardableResult
    public func deleteTeam(_ team: Team, by actor: String) throws(AppError) -> TeamDeletion {
        try writing(teamID: team.id) { store throws(StoreError) in
            try store.deleteTeam(teamID: team.id, deletedBy: actor)
        }
    }
}
