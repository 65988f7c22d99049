import Foundation

/// Why the store refused or failed.
public enum StoreError: Error, LocalizedError, Sendable, Equatable {
    /// A team with this name exists already.
    case teamExists(String)
    /// No team has this name.
    case unknownTeam(String)
    /// The team has no event with this id (for a correction).
    case unknownEvent(team: String, id: Int64)
    /// A value is out of range (size, score, …).
    case invalidValue(field: String, reason: String)
    /// SQLite failed: the file cannot be opened, is not a Leerpad database, or is corrupt.
    case database(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .teamExists(let name): "a team called '\(name)' exists already"
        case .unknownTeam(let name): "no team is called '\(name)'"
        case .unknownEvent(let team, let id): "team '\(team)' has no event \(id)"
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .database(let path, let reason): "\(path): \(reason)"
        }
    }
}
