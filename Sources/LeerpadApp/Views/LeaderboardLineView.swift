import LeerpadCore

/// One line of a leaderboard as JSON: rank, team, municipality, XP and level.
public struct LeaderboardLineView: Encodable, Sendable {
    /// 1 for the first.
    public var rank: Int
    /// The team's name.
    public var team: String
    /// Its municipality.
    public var municipality: String
    /// Its XP.
    public var xp: Int
    /// Its level number.
    public var level: Int

    /// The view of `ranked`.
    public init(_ ranked: RankedEntry) {
        rank = ranked.rank
        team = ranked.entry.team
        municipality = ranked.entry.municipality
        xp = ranked.entry.xp
        level = ranked.entry.level
    }
}
