import Foundation

/// The audit line of a team's deletion: which team, by whom, when, and how much went.
public struct TeamDeletion: Hashable, Sendable {
    /// The deleted team's former id.
    public var teamID: Int64
    /// Its name.
    public var teamName: String
    /// Its municipality.
    public var municipality: String
    /// Who deleted it (an account name, or `cli:` and the system user).
    public var deletedBy: String
    /// When.
    public var deletedAt: Date
    /// How many log events went with it.
    public var events: Int
    /// How many measurements went with it.
    public var assessments: Int

    /// Creates an audit line.
    public init(
        teamID: Int64, teamName: String, municipality: String, deletedBy: String, deletedAt: Date, events: Int,
        assessments: Int
    ) {
        self.teamID = teamID
        self.teamName = teamName
        self.municipality = municipality
        self.deletedBy = deletedBy
        self.deletedAt = deletedAt
        self.events = events
        self.assessments = assessments
    }
}
