import Foundation

/// XP awarded for one event, and why: the audit trail of a team's score.
public struct XPAward: Hashable, Sendable {
    /// The event that earned it.
    public var eventID: Int64
    /// The points (0 when the activity was rewarded before).
    public var points: Int
    /// Why, in short (e.g. `completed privacy-intro`, `already rewarded`).
    public var reason: String

    /// Creates an award.
    public init(eventID: Int64, points: Int, reason: String) {
        self.eventID = eventID
        self.points = points
        self.reason = reason
    }
}

/// A badge a team earned, with when and through which event.
public struct EarnedBadge: Hashable, Sendable {
    /// The badge's id.
    public var badgeID: String
    /// When it was earned.
    public var earnedAt: Date
    /// The event after which the criterion first held.
    public var eventID: Int64

    /// Creates an earned badge.
    public init(badgeID: String, earnedAt: Date, eventID: Int64) {
        self.badgeID = badgeID
        self.earnedAt = earnedAt
        self.eventID = eventID
    }
}

/// A team's game state, derived from its progress log (never stored, always recomputable).
public struct TeamState: Hashable, Sendable {
    /// Total XP.
    public var xp: Int
    /// The team level reached.
    public var level: TeamLevel
    /// Badges in the order earned.
    public var badges: [EarnedBadge]
    /// Consecutive weeks with activity up to now (the current week may still be empty).
    public var streakWeeks: Int
    /// The longest run of consecutive active weeks ever.
    public var longestStreakWeeks: Int
    /// XP per counted event, in log order.
    public var ledger: [XPAward]
    /// The number of events in the log, corrections included.
    public var events: Int
    /// When the team last gained XP, for breaking leaderboard ties.
    public var lastGainAt: Date?
    /// Modules completed (not revoked).
    public var completedModules: Set<String>
    /// Modules started (not revoked).
    public var startedModules: Set<String>
    /// Use cases tried (not revoked).
    public var triedUseCases: Set<String>
}
