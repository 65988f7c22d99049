import Foundation

/// A team's line on a leaderboard.
public struct LeaderboardEntry: Hashable, Sendable {
    /// The team's name.
    public var team: String
    /// The team's municipality.
    public var municipality: String
    /// Its XP.
    public var xp: Int
    /// Its level number.
    public var level: Int
    /// When it last gained XP.
    public var lastGainAt: Date?
    /// Whether the team chose not to appear on leaderboards.
    public var optedOut: Bool

    /// Creates an entry.
    public init(team: String, municipality: String, xp: Int, level: Int, lastGainAt: Date?, optedOut: Bool = false) {
        self.team = team
        self.municipality = municipality
        self.xp = xp
        self.level = level
        self.lastGainAt = lastGainAt
        self.optedOut = optedOut
    }
}

/// A ranked line.
public struct RankedEntry: Hashable, Sendable {
    /// 1 for the first.
    public var rank: Int
    /// The entry.
    public var entry: LeaderboardEntry
}

/// Leaderboards that encourage: per municipality, without teams that opted out, and a relative
/// view that shows a team only its neighbours.
public enum Leaderboard {
    /// Ranks `entries` of `municipality` (all when `nil`) by XP; ties go to the team that reached
    /// its XP first, then by name. Teams that opted out are left out.
    /// - Complexity: O(*n* log *n*).
    public static func rank(_ entries: [LeaderboardEntry], municipality: String? = nil) -> [RankedEntry] {
        entries
            .filter { !$0.optedOut && (municipality == nil || $0.municipality == municipality) }
            .sorted {
                if $0.xp != $1.xp { return $0.xp > $1.xp }
                let left = $0.lastGainAt ?? .distantFuture
                let right = $1.lastGainAt ?? .distantFuture
                if left != right { return left < right }
                return $0.team < $1.team
            }
            .enumerated()
            .map { RankedEntry(rank: $0.offset + 1, entry: $0.element) }
    }

    /// The lines within `radius` places of `team` in `ranked`; empty when the team is not on it.
    public static func around(_ team: String, in ranked: [RankedEntry], radius: Int = 2) -> [RankedEntry] {
        guard let index = ranked.firstIndex(where: { $0.entry.team == team }) else { return [] }
        return Array(ranked[max(0, index - radius)...min(ranked.count - 1, index + radius)])
    }
}
