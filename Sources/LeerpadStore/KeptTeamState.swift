import Foundation

/// A team's game state as derived from its log, kept in the store so that views of every team
/// (leaderboards, dashboards) need not read every log. It is a cache: valid only while the team's
/// ``Team/revision`` and the Content it was derived with (`basis`) are unchanged, and it can
/// always be recomputed (`leerpad store verify` does, and compares).
public struct KeptTeamState: Hashable, Sendable {
    /// The team.
    public var teamID: Int64
    /// The team's revision it was derived at.
    public var revision: Int64
    /// A fingerprint of the game rules and Content it was derived with.
    public var basis: String
    /// Total XP.
    public var xp: Int
    /// The level reached.
    public var level: Int
    /// The ids of the badges earned, in the order earned.
    public var badges: [String]
    /// The events in the log, corrections included.
    public var events: Int
    /// When the team last gained XP.
    public var lastGainAt: Date?

    /// Creates a kept state.
    public init(
        teamID: Int64, revision: Int64, basis: String, xp: Int, level: Int, badges: [String], events: Int,
        lastGainAt: Date?
    ) {
        self.teamID = teamID
        self.revision = revision
        self.basis = basis
        self.xp = xp
        self.level = level
        self.badges = badges
        self.events = events
        self.lastGainAt = lastGainAt
    }
}
