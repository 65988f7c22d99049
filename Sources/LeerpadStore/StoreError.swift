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
    /// An event that a correction revoked already.
    case alreadyRevoked(team: String, id: Int64)
    /// A correction of a correction: corrections cannot be revoked.
    case revokesCorrection(team: String, id: Int64)
    /// A date later than now, where only the past can be (when something happened).
    case inFuture(field: String)
    /// An account with this name exists already.
    case accountExists(String)
    /// No account has this name.
    case unknownAccount(String)
    /// No round has this id or token.
    case unknownRound(String)
    /// The round is closed or cancelled.
    case roundEnded(id: Int64, state: RoundState)
    /// The round has fewer submitted responses than its minimum.
    case tooFewRespondents(round: Int64, submitted: Int, minimum: Int)
    /// The response was submitted already; it cannot change.
    case responseSubmitted
    /// No database is at this path (opened without creating one, as `store status` does).
    case noDatabase(path: String)
    /// A copy's target holds rows already (it must be empty).
    case notEmpty(location: String, table: StoreTable)
    /// SQLite failed: the file cannot be opened, is not a Leerpad database, or is corrupt.
    case database(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .teamExists(let name): "a team called '\(name)' exists already"
        case .unknownTeam(let name): "no team is called '\(name)'"
        case .unknownEvent(let team, let id): "team '\(team)' has no event \(id)"
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .alreadyRevoked(let team, let id): "event \(id) of team '\(team)' is revoked already"
        case .revokesCorrection(let team, let id):
            "event \(id) of team '\(team)' is a correction, which cannot be revoked"
        case .inFuture(let field): "\(field) lies in the future"
        case .accountExists(let name): "an account called '\(name)' exists already"
        case .unknownAccount(let name): "no account is called '\(name)'"
        case .unknownRound(let id): "no round '\(id)'"
        case .roundEnded(let id, let state): "round \(id) is \(state.rawValue)"
        case .tooFewRespondents(let round, let submitted, let minimum):
            "round \(round) has \(submitted) submitted response(s); it needs at least \(minimum)"
        case .responseSubmitted: "this response was submitted already"
        case .noDatabase(let path): "there is no database at \(path)"
        case .notEmpty(let location, let table): "\(location) is not empty (table \(table.rawValue) has rows)"
        case .database(let path, let reason): "\(path): \(reason)"
        }
    }
}
