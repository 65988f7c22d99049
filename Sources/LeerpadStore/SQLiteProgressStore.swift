import Foundation
import GRDB
import LeerpadCore

/// The ``ProgressStore`` in one SQLite file (GRDB, write-ahead log), safe for several processes
/// at once: every write is one transaction, and SQLite waits up to 10 s for a busy file.
///
/// The progress log is append-only down to the database: triggers abort any UPDATE or DELETE
/// of `progressEvent`. A transaction cut short (a killed process) leaves nothing of itself.
public final class SQLiteProgressStore: LeerpadDatabase {
    /// The default database file when neither `--db` nor `LEERPAD_DB` names one.
    public static let defaultPath = "leerpad.sqlite"

    /// The database file.
    public let path: String
    /// The database file (``StoreMaintenance``).
    public var location: String { path }
    let pool: DatabasePool
    /// A second connection for writes of derived data (kept team states), which waits at most
    /// 50 ms for a busy file: a cache write never holds up a reader behind a long writer.
    let cacheWriter: DatabaseQueue
    let time: TimeSource
    let random: RandomSource

    /// Opens (creating and migrating when needed) the database at `path`; `time` stamps new teams
    /// and recorded events, `random` draws access codes.
    ///
    /// With `migrating` false, a file behind this version's schema is opened as it is (for
    /// `leerpad store status`); only ``schemaStatus()`` is then safe to call.
    public init(
        path: String, time: TimeSource = .system, random: RandomSource = .system(), migrating: Bool = true
    ) throws(StoreError) {
        guard migrating || FileManager.default.fileExists(atPath: path) else { throw .noDatabase(path: path) }
        self.path = path
        self.time = time
        self.random = random
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            var cacheConfiguration = configuration
            cacheConfiguration.busyMode = .timeout(0.05)
            cacheWriter = try DatabaseQueue(path: path, configuration: cacheConfiguration)
            if migrating { try SQLiteSchema.migrator.migrate(pool) }
        } catch {
            throw .database(path: path, reason: Self.describe(error))
        }
    }

    // MARK: Teams

    public func addTeam(name: String, municipality: String, size: Int) throws(StoreError) -> Team {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100 else {
            throw .invalidValue(field: "name", reason: "must be 1–100 characters")
        }
        guard PlanLimits.teamSize.contains(size) else {
            throw .invalidValue(
                field: "size", reason: "must be \(PlanLimits.teamSize.lowerBound)–\(PlanLimits.teamSize.upperBound)")
        }
        return try perform {
            try pool.write { db -> Team in
                if try Row.fetchOne(db, sql: "SELECT 1 FROM team WHERE name = ? COLLATE NOCASE", arguments: [trimmed])
                    != nil
                {
                    throw StoreError.teamExists(trimmed)
                }
                let code = try newAccessCode(db)
                let now = time.now()
                try db.execute(
                    sql: """
                        INSERT INTO team (name, municipality, size, accessCode, leaderboardOptOut, createdAt)
                        VALUES (?, ?, ?, ?, 0, ?)
                        """,
                    arguments: [trimmed, municipality, size, code, now])
                return Team(
                    id: db.lastInsertedRowID, name: trimmed, municipality: municipality, size: size, accessCode: code,
                    leaderboardOptOut: false, createdAt: now, revision: 0)
            }
        }
    }

    public func teams() throws(StoreError) -> [Team] {
        try perform {
            try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM team ORDER BY name").map(Self.team) }
        }
    }

    public func teams(municipality: String) throws(StoreError) -> [Team] {
        let key = municipality.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM team WHERE lower(trim(municipality)) = ? ORDER BY name", arguments: [key]
                ).map(Self.team)
            }
        }
    }

    public func team(named name: String) throws(StoreError) -> Team {
        let found = try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM team WHERE name = ? COLLATE NOCASE", arguments: [name]).map(
                    Self.team)
            }
        }
        guard let found else { throw .unknownTeam(name) }
        return found
    }

    public func team(id: Int64) throws(StoreError) -> Team? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM team WHERE id = ?", arguments: [id]).map(Self.team)
            }
        }
    }

    public func team(accessCode code: String) throws(StoreError) -> Team? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM team WHERE accessCode = ?", arguments: [code]).map(Self.team)
            }
        }
    }

    public func setLeaderboardOptOut(teamID: Int64, _ optedOut: Bool) throws(StoreError) {
        try perform {
            try pool.write { db in
                try db.execute(
                    sql: "UPDATE team SET leaderboardOptOut = ? WHERE id = ?", arguments: [optedOut, teamID])
                // The schema's triggers raise the team's revision.
            }
        }
    }

    // MARK: Assessments

    public func saveAssessment(
        teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response]
    ) throws(StoreError) -> StoredAssessment {
        guard takenAt <= time.now().addingTimeInterval(Self.clockTolerance) else { throw .inFuture(field: "takenAt") }
        return try perform {
            try pool.write { db -> StoredAssessment in
                try insertAssessment(
                    db, teamID: teamID, takenAt: takenAt, source: source, modelVersion: modelVersion,
                    responses: responses, kind: .import, roundID: nil)
            }
        }
    }

    /// How far a stamp may lie ahead of this process's clock (another server's clock may run ahead).
    static let clockTolerance: TimeInterval = 60

    /// Inserts an assessment with its answers under pseudonymous codes (R01, R02, …) and logs it.
    func insertAssessment(
        _ db: Database, teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response],
        kind: MeasurementKind, roundID: Int64?
    ) throws -> StoredAssessment {
        let pseudonymous = responses.enumerated().map { index, response in
            Response(
                respondent: "R" + (index < 9 ? "0" : "") + String(index + 1), team: response.team, role: response.role,
                answers: response.answers)
        }
        try db.execute(
            sql: """
                INSERT INTO assessment (teamId, takenAt, source, modelVersion, kind, roundId, respondents)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [teamID, takenAt, source, modelVersion, kind.rawValue, roundID, responses.count])
        let id = db.lastInsertedRowID
        for response in pseudonymous {
            for (statement, answer) in response.answers.sorted(by: { $0.key < $1.key }) {
                let value: Int?
                if case .likert(let likert) = answer { value = likert } else { value = nil }
                try db.execute(
                    sql:
                        "INSERT INTO answer (assessmentId, respondent, role, statementId, value) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, response.respondent, response.role, statement, value])
            }
        }
        try insertEvent(db, teamID: teamID, activity: .assessed(assessmentID: id), at: takenAt)
        return StoredAssessment(
            id: id, teamID: teamID, takenAt: takenAt, source: source, modelVersion: modelVersion,
            responses: pseudonymous, kind: kind, roundID: roundID)
    }

    public func assessments(teamID: Int64) throws(StoreError) -> [StoredAssessment] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM assessment WHERE teamId = ? ORDER BY takenAt, id", arguments: [teamID]
                )
                .map { row in
                    let id: Int64 = row["id"]
                    var responses: [String: Response] = [:]
                    var order: [String] = []
                    for answer in try Row.fetchAll(
                        db, sql: "SELECT * FROM answer WHERE assessmentId = ? ORDER BY respondent", arguments: [id])
                    {
                        let respondent: String = answer["respondent"]
                        if responses[respondent] == nil {
                            order.append(respondent)
                            responses[respondent] = Response(respondent: respondent, role: answer["role"], answers: [:])
                        }
                        let value: Int? = answer["value"]
                        responses[respondent]?.answers[answer["statementId"]] = value.map(Answer.likert) ?? .dontKnow
                    }
                    return StoredAssessment(
                        id: id, teamID: teamID, takenAt: row["takenAt"], source: row["source"],
                        modelVersion: row["modelVersion"], responses: order.compactMap { responses[$0] },
                        kind: MeasurementKind(rawValue: row["kind"]) ?? .legacy, roundID: row["roundId"])
                }
            }
        }
    }

    // MARK: Paths

    public func acceptPath(teamID: Int64, acceptedAt: Date, path: AcceptedPath) throws(StoreError) {
        let json: String
        do {
            json = String(decoding: try JSONEncoder().encode(path), as: UTF8.self)
        } catch {
            throw .invalidValue(field: "path", reason: error.localizedDescription)
        }
        try perform {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO learningPath (teamId, acceptedAt, plan) VALUES (?, ?, ?)",
                    arguments: [teamID, acceptedAt, json])
            }
        }
    }

    public func latestPath(teamID: Int64) throws(StoreError) -> AcceptedPath? {
        let json = try perform {
            try pool.read { db in
                try String.fetchOne(
                    db, sql: "SELECT plan FROM learningPath WHERE teamId = ? ORDER BY acceptedAt DESC, id DESC LIMIT 1",
                    arguments: [teamID])
            }
        }
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode(AcceptedPath.self, from: Data(json.utf8))
        } catch {
            throw .database(path: path, reason: "a stored learning path cannot be read: \(error.localizedDescription)")
        }
    }

    // MARK: Progress log

    @discardableResult
    public func record(teamID: Int64, _ activities: [(ProgressActivity, Date)]) throws(StoreError) -> [ProgressEvent] {
        for (activity, _) in activities {
            if case .completed(_, let score?) = activity, !(0...1).contains(score) {
                throw .invalidValue(field: "score", reason: "must be between 0 and 1")
            }
            if activity.target.isEmpty { throw .invalidValue(field: activity.kind, reason: "needs an id") }
        }
        let latest = time.now().addingTimeInterval(Self.clockTolerance)
        guard activities.allSatisfy({ $0.1 <= latest }) else { throw .inFuture(field: "occurredAt") }
        return try perform {
            try pool.write { db -> [ProgressEvent] in
                var revokedHere: Set<Int64> = []
                for case (.correction(let revoked, _), _) in activities {
                    let teamName = {
                        try String.fetchOne(db, sql: "SELECT name FROM team WHERE id = ?", arguments: [teamID])
                            ?? String(teamID)
                    }
                    guard
                        let kind = try String.fetchOne(
                            db, sql: "SELECT kind FROM progressEvent WHERE id = ? AND teamId = ?",
                            arguments: [revoked, teamID])
                    else { throw StoreError.unknownEvent(team: try teamName(), id: revoked) }
                    if kind == "correction" { throw StoreError.revokesCorrection(team: try teamName(), id: revoked) }
                    let earlier = try Row.fetchOne(
                        db, sql: "SELECT 1 FROM progressEvent WHERE teamId = ? AND kind = 'correction' AND target = ?",
                        arguments: [teamID, String(revoked)])
                    if earlier != nil || !revokedHere.insert(revoked).inserted {
                        throw StoreError.alreadyRevoked(team: try teamName(), id: revoked)
                    }
                }
                return try activities.map { activity, at in
                    try insertEvent(db, teamID: teamID, activity: activity, at: at)
                }
            }
        }
    }

    public func events(teamID: Int64) throws(StoreError) -> [ProgressEvent] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM progressEvent WHERE teamId = ? ORDER BY id", arguments: [teamID]
                )
                .map(Self.event)
            }
        }
    }

    // MARK: Internals

    func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(path: path, reason: Self.describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return error.localizedDescription
    }

    @discardableResult
    func insertEvent(_ db: Database, teamID: Int64, activity: ProgressActivity, at: Date) throws
        -> ProgressEvent
    {
        var score: Double?
        var note: String?
        if case .completed(_, let value) = activity { score = value }
        if case .correction(_, let text) = activity { note = text }
        try db.execute(
            sql: """
                INSERT INTO progressEvent (teamId, kind, target, score, note, occurredAt, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [teamID, activity.kind, activity.target, score, note, at, time.now()])
        return ProgressEvent(id: db.lastInsertedRowID, activity: activity, occurredAt: at)
    }

    private static func event(_ row: Row) throws -> ProgressEvent {
        let kind: String = row["kind"]
        let target: String = row["target"]
        let activity: ProgressActivity
        switch kind {
        case "started": activity = .started(moduleID: target)
        case "completed": activity = .completed(moduleID: target, score: row["score"])
        case "tried": activity = .triedUseCase(target)
        case "assessed": activity = .assessed(assessmentID: Int64(target) ?? 0)
        case "correction": activity = .correction(revokedEventID: Int64(target) ?? 0, note: row["note"] ?? "")
        default: throw StoreError.database(path: "", reason: "unknown event kind '\(kind)'")
        }
        return ProgressEvent(id: row["id"], activity: activity, occurredAt: row["occurredAt"])
    }

    static func team(_ row: Row) -> Team {
        Team(
            id: row["id"], name: row["name"], municipality: row["municipality"], size: row["size"],
            accessCode: row["accessCode"], leaderboardOptOut: row["leaderboardOptOut"], createdAt: row["createdAt"],
            revision: row["revision"])
    }

    private func newAccessCode(_ db: Database) throws -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        while true {
            let code = random.string(length: 10, from: alphabet)
            if try Row.fetchOne(db, sql: "SELECT 1 FROM team WHERE accessCode = ?", arguments: [code]) == nil {
                return code
            }
        }
    }
}
