/// The tables a Leerpad store keeps, with their columns, in an order in which they can be loaded
/// (a table comes after those it refers to; `assessment` and `round` refer to each other, so a
/// store loads all tables in one transaction and checks references at its end).
///
/// Both stores keep the same tables and columns; a store copy moves them row by row, keeping ids.
/// The cache of derived team states is not listed: it is recomputed from the log.
public enum StoreTable: String, CaseIterable, Sendable {
    case team, account, coordinatorSession, assessment, answer, learningPath, round, roundResponse
    case progressEvent, teamDeletion, issuerKey, issuedCredential, lrsOutbox, lrsEndpoint, catalogue

    /// What a column holds.
    public enum Kind: Sendable {
        case integer, real, text, blob, date, boolean
    }

    /// A column's name and kind.
    public struct Column: Sendable {
        /// The column's name (camelCase, as in SQLite).
        public var name: String
        /// What it holds.
        public var kind: Kind
    }

    /// The columns, in a fixed order: rows of this table are lists of values in this order.
    public var columns: [Column] {
        let list: [(String, Kind)]
        switch self {
        case .team:
            list = [
                ("id", .integer), ("name", .text), ("municipality", .text), ("size", .integer), ("accessCode", .text),
                ("leaderboardOptOut", .boolean), ("createdAt", .date), ("revision", .integer),
            ]
        case .account:
            list = [
                ("id", .integer), ("name", .text), ("role", .text), ("municipality", .text), ("passwordHash", .text),
                ("createdAt", .date),
            ]
        case .coordinatorSession:
            list = [("token", .text), ("accountId", .integer), ("createdAt", .date), ("lastSeenAt", .date)]
        case .assessment:
            list = [
                ("id", .integer), ("teamId", .integer), ("takenAt", .date), ("source", .text), ("modelVersion", .text),
                ("kind", .text), ("roundId", .integer), ("respondents", .integer),
            ]
        case .answer:
            list = [
                ("assessmentId", .integer), ("respondent", .text), ("role", .text), ("statementId", .text),
                ("value", .integer),
            ]
        case .learningPath:
            list = [("id", .integer), ("teamId", .integer), ("acceptedAt", .date), ("plan", .text)]
        case .round:
            list = [
                ("id", .integer), ("teamId", .integer), ("token", .text), ("instrument", .text), ("openedAt", .date),
                ("closesAt", .date), ("minimumRespondents", .integer), ("state", .text), ("endedAt", .date),
                ("assessmentId", .integer),
            ]
        case .roundResponse:
            list = [
                ("id", .integer), ("roundId", .integer), ("key", .text), ("role", .text), ("answers", .text),
                ("startedAt", .date), ("submittedAt", .date),
            ]
        case .progressEvent:
            list = [
                ("id", .integer), ("teamId", .integer), ("kind", .text), ("target", .text), ("score", .real),
                ("note", .text), ("occurredAt", .date), ("recordedAt", .date),
            ]
        case .teamDeletion:
            list = [
                ("id", .integer), ("teamId", .integer), ("teamName", .text), ("municipality", .text),
                ("deletedBy", .text), ("deletedAt", .date), ("events", .integer), ("assessments", .integer),
            ]
        case .issuerKey:
            list = [
                ("id", .text), ("privateKey", .blob), ("publicKey", .blob), ("createdAt", .date), ("retiredAt", .date),
            ]
        case .issuedCredential:
            list = [
                ("id", .text), ("teamId", .integer), ("eventId", .integer), ("badgeId", .text), ("keyId", .text),
                ("issuedAt", .date),
            ]
        case .lrsOutbox:
            list = [
                ("endpoint", .text), ("statementId", .text), ("statement", .text), ("enqueuedAt", .date),
                ("attempts", .integer), ("nextAttemptAt", .date), ("lastAttemptAt", .date), ("lastError", .text),
                ("deliveredAt", .date),
            ]
        case .lrsEndpoint:
            list = [
                ("id", .integer), ("url", .text), ("username", .text), ("password", .text), ("updatedAt", .date),
            ]
        case .catalogue:
            list = [("id", .integer), ("xml", .blob), ("uploadedBy", .text), ("uploadedAt", .date)]
        }
        return list.map { Column(name: $0.0, kind: $0.1) }
    }

    /// The columns that order the rows (the primary key), so that paging through them is stable.
    public var key: [String] {
        switch self {
        case .coordinatorSession: ["token"]
        case .answer: ["assessmentId", "respondent", "statementId"]
        case .lrsOutbox: ["endpoint", "statementId"]
        default: ["id"]
        }
    }

    /// The index of `revision` among the team table's columns (a copy keeps the copied revisions).
    public static let teamRevisionColumn = StoreTable.team.columns.firstIndex { $0.name == "revision" }!

    /// Whether the table has a generated integer id (a sequence to move past copied ids).
    public var hasGeneratedID: Bool { key == ["id"] && columns[0].kind == .integer && self != .lrsEndpoint }
}
