import LeerpadStore

/// A team with its game state as kept in the store: what leaderboards and overviews of many
/// teams need, without reading every team's log.
public struct TeamStanding: Sendable {
    /// The team.
    public var team: Team
    /// Its state at the team's current revision.
    public var state: KeptTeamState
}

extension Leerpad {
    /// Every team (in `scope`) with its game state. States kept at the team's revision under the
    /// same rules are used as they are; the others are derived from the log once and kept, so that
    /// the next call (from this or another server process) need not derive them again.
    public func standings(in scope: AccessScope = .everything) throws(AppError) -> [TeamStanding] {
        let teams = try teams(in: scope)
        let keeper = store as? any TeamStateStore
        let kept = try storing { _ throws(StoreError) in
            switch scope {
            case .everything: try keeper?.keptStates() ?? [:]
            case .municipality: try keeper?.keptStates(teamIDs: teams.map(\.id)) ?? [:]
            }
        }
        let basis = content.gameContext.fingerprint
        var standings: [TeamStanding] = []
        var derived: [KeptTeamState] = []
        for team in teams {
            if let state = kept[team.id], state.revision == team.revision, state.basis == basis {
                standings.append(TeamStanding(team: team, state: state))
                continue
            }
            let state = keptState(of: try report(for: team), basis: basis)
            derived.append(state)
            standings.append(TeamStanding(team: team, state: state))
        }
        // A cache: when the database is too busy to keep them now, the next view derives them again.
        if let keeper, !derived.isEmpty { try? keeper.keep(derived) }
        return standings
    }

    /// The kept form of `report`'s game state.
    func keptState(of report: TeamReport, basis: String) -> KeptTeamState {
        let state = report.progress.state
        return KeptTeamState(
            teamID: report.team.id, revision: report.team.revision, basis: basis, xp: state.xp,
            level: state.level.number, badges: state.badges.map(\.badgeID), events: state.events,
            lastGainAt: state.lastGainAt)
    }
}
