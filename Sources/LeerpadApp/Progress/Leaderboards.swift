import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// Teams ranked by XP within `municipality` (default: that of `focus`, else all), only the
    /// neighbours of `focus` when given. Opted-out teams are left out, except `focus` itself,
    /// which always sees its own place.
    public func leaderboard(around focus: Team? = nil, municipality: String? = nil) throws(AppError)
        -> [RankedEntry]
    {
        let board = municipality ?? focus?.municipality
        let entries = try standings(in: board.map(AccessScope.municipality) ?? .everything).map { standing in
            LeaderboardEntry(
                team: standing.team.name, municipality: standing.team.municipality, xp: standing.state.xp,
                level: standing.state.level, lastGainAt: standing.state.lastGainAt,
                optedOut: standing.team.leaderboardOptOut && standing.team.id != focus?.id)
        }
        let ranked = Leaderboard.rank(entries, municipality: board)
        guard let focus else { return ranked }
        return Leaderboard.around(focus.name, in: ranked)
    }
}
