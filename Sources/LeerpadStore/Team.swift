import Foundation

/// A team that follows Leerpad.
public struct Team: Hashable, Sendable, Identifiable {
    /// The store's id.
    public var id: Int64
    /// The team's name, unique (case-insensitive).
    public var name: String
    /// The municipality it belongs to.
    public var municipality: String
    /// How many people it has.
    public var size: Int
    /// The code with which the team reaches its own pages.
    public var accessCode: String
    /// Whether it stays off leaderboards.
    public var leaderboardOptOut: Bool
    /// When it was added.
    public var createdAt: Date
    /// Increases with every write about the team (its data, assessments, paths, rounds, log), from
    /// any process: derived data cached for one revision is stale at the next.
    public var revision: Int64

    /// Creates a team value.
    public init(
        id: Int64, name: String, municipality: String, size: Int, accessCode: String, leaderboardOptOut: Bool,
        createdAt: Date, revision: Int64 = 0
    ) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.size = size
        self.accessCode = accessCode
        self.leaderboardOptOut = leaderboardOptOut
        self.createdAt = createdAt
        self.revision = revision
    }
}
