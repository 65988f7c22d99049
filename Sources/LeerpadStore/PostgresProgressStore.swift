import Foundation
import LeerpadCore
import PostgresNIO

/// The ``LeerpadDatabase`` in PostgreSQL, with the semantics of ``SQLiteProgressStore``: the same
/// refusals (``StoreError``) in the same situations, one transaction per write, the same clock
/// tolerance, pseudonymous respondents, case-insensitive unique team and account names.
///
/// Several server processes may share one database. Where SQLite runs one write at a time, here
/// a write about a team first locks that team's row (`SELECT … FOR UPDATE`), so the checks a
/// write makes (a correction's target, an open round, a draft) hold until it commits; names and
/// codes that must be unique are guarded by unique indexes as well.
///
/// The calls are synchronous over the asynchronous driver without needing the cooperative pool
/// (see ``PostgresConnectionPool``): safe to call from a Swift-concurrency task.
public final class PostgresProgressStore: LeerpadDatabase {
    /// The database, as given.
    public let url: PostgresURL
    /// The database without its password (``StoreMaintenance``).
    public var location: String { url.redacted }
    let pool: PostgresConnectionPool
    let time: TimeSource
    let random: RandomSource

    /// Connects to the database at `url` and migrates it to this version's schema; `time` stamps
    /// new teams and recorded events, `random` draws access codes.
    public convenience init(url: PostgresURL, time: TimeSource = .system, random: RandomSource = .system())
        throws(StoreError)
    {
        try self.init(url: url, time: time, random: random, migrating: true)
    }

    /// Connects to the database at `url`; with `migrating` false, a database behind this version's
    /// schema is left as it is (for `leerpad store status`), and only ``schemaStatus()`` and
    /// ``migrate()`` are then safe to call.
    public init(url: PostgresURL, time: TimeSource = .system, random: RandomSource = .system(), migrating: Bool)
        throws(StoreError)
    {
        self.url = url
        self.time = time
        self.random = random
        pool = try PostgresConnectionPool(url: url)
        if migrating {
            try migrate()
        } else {
            // Connect now, so that a missing database or a refused sign-in shows at open, as in SQLite.
            try read { db in try db.execute("SELECT 1") }
        }
    }

    /// Connects to the database named by a `postgres://` URL (see ``PostgresURL``).
    public convenience init(
        url text: String, time: TimeSource = .system, random: RandomSource = .system(), migrating: Bool = true
    ) throws(StoreError) {
        try self.init(url: try PostgresURL(parsing: text), time: time, random: random, migrating: migrating)
    }

    /// Closes the store's connections now (they close anyway when the store goes).
    public func close() { pool.close() }

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
        // A code drawn by another process at the same instant is a unique violation: draw again.
        var attempts = 0
        while true {
            do {
                return try write { db -> Team in
                    if try db.row("SELECT 1 FROM team WHERE lower(name) = lower($1)", [trimmed]) != nil {
                        throw StoreError.teamExists(trimmed)
                    }
                    let code = try newAccessCode(db)
                    let now = time.now()
                    let row = try db.row(
                        """
                        INSERT INTO team (name, municipality, size, accessCode, leaderboardOptOut, createdAt)
                        VALUES ($1, $2, $3, $4, FALSE, $5) RETURNING id
                        """,
                        [trimmed, municipality, size, code, now])
                    return Team(
                        id: try row.unwrap()("id"), name: trimmed, municipality: municipality, size: size,
                        accessCode: code, leaderboardOptOut: false, createdAt: now, revision: 0)
                }
            } catch .database(_, let reason) where reason.contains("team_accesscode_unique") && attempts < 5 {
                attempts += 1
            } catch .database(_, let reason) where reason.contains("team_name_unique") {
                throw .teamExists(trimmed)
            }
        }
    }

    public func teams() throws(StoreError) -> [Team] {
        try read { db in try db.rows("SELECT * FROM team ORDER BY lower(name), name").map(Self.team) }
    }

    public func teams(municipality: String) throws(StoreError) -> [Team] {
        let key = municipality.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try read { db in
            try db.rows(
                "SELECT * FROM team WHERE lower(trim(municipality)) = $1 ORDER BY lower(name), name", [key]
            ).map(Self.team)
        }
    }

    public func team(named name: String) throws(StoreError) -> Team {
        let found = try read { db in
            try db.row("SELECT * FROM team WHERE lower(name) = lower($1)", [name]).map(Self.team)
        }
        guard let found else { throw .unknownTeam(name) }
        return found
    }

    public func team(id: Int64) throws(StoreError) -> Team? {
        try read { db in try db.row("SELECT * FROM team WHERE id = $1", [id]).map(Self.team) }
    }

    public func team(accessCode code: String) throws(StoreError) -> Team? {
        try read { db in try db.row("SELECT * FROM team WHERE accessCode = $1", [code]).map(Self.team) }
    }

    public func setLeaderboardOptOut(teamID: Int64, _ optedOut: Bool) throws(StoreError) {
        try write { db in
            // The schema's trigger raises the team's revision.
            try db.execute("UPDATE team SET leaderboardOptOut = $1 WHERE id = $2", [optedOut, teamID])
        }
    }

    // MARK: Assessments

    public func saveAssessment(
        teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response]
    ) throws(StoreError) -> StoredAssessment {
        guard takenAt <= time.now().addingTimeInterval(Self.clockTolerance) else { throw .inFuture(field: "takenAt") }
        return try write { db -> StoredAssessment in
            try lockTeam(db, teamID)
            return try insertAssessment(
                db, teamID: teamID, takenAt: takenAt, source: source, modelVersion: modelVersion,
                responses: responses, kind: .import, roundID: nil)
        }
    }

    /// How far a stamp may lie ahead of this process's clock (another server's clock may run ahead).
    static let clockTolerance: TimeInterval = SQLiteProgressStore.clockTolerance

    /// Inserts an assessment with its answers under pseudonymous codes (R01, R02, …) and logs it.
    func insertAssessment(
        _ db: PostgresSession, teamID: Int64, takenAt: Date, source: String, modelVersion: String,
        responses: [Response], kind: MeasurementKind, roundID: Int64?
    ) throws -> StoredAssessment {
        let pseudonymous = responses.enumerated().map { index, response in
            Response(
                respondent: "R" + (index < 9 ? "0" : "") + String(index + 1), team: response.team, role: response.role,
                answers: response.answers)
        }
        let id: Int64 = try db.row(
            """
            INSERT INTO assessment (teamId, takenAt, source, modelVersion, kind, roundId, respondents)
            VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
            """,
            [teamID, takenAt, source, modelVersion, kind.rawValue, roundID, responses.count]
        ).unwrap()("id")
        for response in pseudonymous {
            for (statement, answer) in response.answers.sorted(by: { $0.key < $1.key }) {
                let value: Int?
                if case .likert(let likert) = answer { value = likert } else { value = nil }
                try db.execute(
                    "INSERT INTO answer (assessmentId, respondent, role, statementId, value) VALUES ($1, $2, $3, $4, $5)",
                    [id, response.respondent, response.role, statement, value])
            }
        }
        try insertEvent(db, teamID: teamID, activity: .assessed(assessmentID: id), at: takenAt)
        return StoredAssessment(
            id: id, teamID: teamID, takenAt: takenAt, source: source, modelVersion: modelVersion,
            responses: pseudonymous, kind: kind, roundID: roundID)
    }

    public func assessments(teamID: Int64) throws(StoreError) -> [StoredAssessment] {
        try read(snapshot: true) { db in
            let rows = try db.rows("SELECT * FROM assessment WHERE teamId = $1 ORDER BY takenAt, id", [teamID])
            let answers = try db.rows(
                """
                SELECT answer.* FROM answer JOIN assessment ON assessment.id = answer.assessmentId
                WHERE assessment.teamId = $1 ORDER BY answer.assessmentId, answer.respondent
                """, [teamID])
            var byAssessment: [Int64: [PostgresStoreRow]] = [:]
            for answer in answers { byAssessment[try answer("assessmentId"), default: []].append(answer) }
            return try rows.map { row in
                let id: Int64 = try row("id")
                var responses: [String: Response] = [:]
                var order: [String] = []
                for answer in byAssessment[id] ?? [] {
                    let respondent: String = try answer("respondent")
                    if responses[respondent] == nil {
                        order.append(respondent)
                        responses[respondent] = Response(
                            respondent: respondent, role: try answer("role", as: String?.self), answers: [:])
                    }
                    let value = try answer("value", as: Int?.self)
                    responses[respondent]?.answers[try answer("statementId")] = value.map(Answer.likert) ?? .dontKnow
                }
                return StoredAssessment(
                    id: id, teamID: teamID, takenAt: try row.date("takenAt"), source: try row("source"),
                    modelVersion: try row("modelVersion"), responses: order.compactMap { responses[$0] },
                    kind: MeasurementKind(rawValue: try row("kind")) ?? .legacy,
                    roundID: try row("roundId", as: Int64?.self))
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
        try write { db in
            try db.execute(
                "INSERT INTO learningPath (teamId, acceptedAt, plan) VALUES ($1, $2, $3)", [teamID, acceptedAt, json])
        }
    }

    public func latestPath(teamID: Int64) throws(StoreError) -> AcceptedPath? {
        let json = try read { db -> String? in
            try db.row(
                "SELECT plan FROM learningPath WHERE teamId = $1 ORDER BY acceptedAt DESC, id DESC LIMIT 1", [teamID]
            ).map { try $0("plan") }
        }
        guard let json else { return nil }
        do {
            return try JSONDecoder().decode(AcceptedPath.self, from: Data(json.utf8))
        } catch {
            throw .database(
                path: location, reason: "a stored learning path cannot be read: \(error.localizedDescription)")
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
        return try write { db -> [ProgressEvent] in
            // One writer per team at a time, as in SQLite: the checks below hold until COMMIT.
            let teamName = try lockTeam(db, teamID) ?? String(teamID)
            var revokedHere: Set<Int64> = []
            for case (.correction(let revoked, _), _) in activities {
                guard
                    let kind: String = try db.row(
                        "SELECT kind FROM progressEvent WHERE id = $1 AND teamId = $2", [revoked, teamID]
                    ).map({ try $0("kind") })
                else { throw StoreError.unknownEvent(team: teamName, id: revoked) }
                if kind == "correction" { throw StoreError.revokesCorrection(team: teamName, id: revoked) }
                let earlier = try db.row(
                    "SELECT 1 FROM progressEvent WHERE teamId = $1 AND kind = 'correction' AND target = $2",
                    [teamID, String(revoked)])
                if earlier != nil || !revokedHere.insert(revoked).inserted {
                    throw StoreError.alreadyRevoked(team: teamName, id: revoked)
                }
            }
            return try insertEvents(db, teamID: teamID, activities)
        }
    }

    public func events(teamID: Int64) throws(StoreError) -> [ProgressEvent] {
        try read { db in
            try db.rows("SELECT * FROM progressEvent WHERE teamId = $1 ORDER BY id", [teamID]).map(Self.event)
        }
    }

    // MARK: Internals

    /// Runs `body` on a pooled connection for reads: each statement on its own, or with
    /// `snapshot`, all of them in one read-only snapshot (as a SQLite read sees one state).
    func read<T>(snapshot: Bool = false, _ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        try perform {
            try pool.withConnection { db in
                guard snapshot else { return try body(db) }
                try db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                do {
                    let result = try body(db)
                    try db.execute("COMMIT")
                    return result
                } catch {
                    if !db.connection.isClosed { _ = try? db.execute("ROLLBACK") }
                    throw error
                }
            }
        }
    }

    /// Runs `body` in one transaction on a pooled connection: all of it or nothing. A deadlock
    /// the server broke (it rolled this transaction back) is run again, a few times.
    @discardableResult
    func write<T>(_ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        var attempt = 0
        while true {
            do {
                return try perform {
                    try pool.withConnection { db in
                        try db.execute("BEGIN")
                        do {
                            let result = try body(db)
                            db.committing = true
                            try db.execute("COMMIT")
                            return result
                        } catch {
                            if !db.connection.isClosed, !db.committing { _ = try? db.execute("ROLLBACK") }
                            throw error
                        }
                    }
                }
            } catch .database(_, let reason) where reason.hasPrefix(Self.retryMarker) && attempt < 10 {
                attempt += 1
                usleep(UInt32.random(in: 1_000...20_000) * UInt32(attempt))
            } catch .database(let path, let reason) where reason.hasPrefix(Self.retryMarker) {
                throw .database(path: path, reason: String(reason.dropFirst(Self.retryMarker.count)))
            }
        }
    }

    /// Prefixes the reason of a failure that is safe to run again (a deadlock or serialization failure).
    static let retryMarker = "\u{1}retry:"

    /// Locks the team's row for the rest of the transaction and returns its name (`nil`: no such team).
    /// `FOR NO KEY UPDATE`: other writes about the team wait, references to it (a kept state, a
    /// session's account) do not.
    @discardableResult
    func lockTeam(_ db: PostgresSession, _ teamID: Int64) throws -> String? {
        try db.row("SELECT name FROM team WHERE id = $1 FOR NO KEY UPDATE", [teamID]).map { try $0("name") }
    }

    func perform<T>(_ body: () throws -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch {
            let reason = Self.describe(error)
            if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState],
                state == "40P01" || state == "40001"
            {
                throw .database(path: location, reason: Self.retryMarker + reason)
            }
            throw .database(path: location, reason: reason)
        }
    }

    /// The server's message (and which constraint, for a violated one), or what failed on the way.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let info = error.serverInfo, let message = info[.message] {
                var text = message
                if let constraint = info[.constraintName], !message.contains(constraint) {
                    text += " (\(constraint))"
                }
                if let detail = info[.detail] { text += ": \(detail)" }
                return text
            }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        if let error = error as? PostgresDecodingError {
            return "column \(error.columnName) cannot be read as \(error.targetType) (\(error.code))"
        }
        return String(describing: error)
    }

    @discardableResult
    func insertEvent(_ db: PostgresSession, teamID: Int64, activity: ProgressActivity, at: Date) throws
        -> ProgressEvent
    {
        var score: Double?
        var note: String?
        if case .completed(_, let value) = activity { score = value }
        if case .correction(_, let text) = activity { note = text }
        let id: Int64 = try db.row(
            """
            INSERT INTO progressEvent (teamId, kind, target, score, note, occurredAt, recordedAt)
            VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id
            """,
            [teamID, activity.kind, activity.target, score, note, at, time.now()]
        ).unwrap()("id")
        return ProgressEvent(id: id, activity: activity, occurredAt: at)
    }

    /// Inserts a batch of events with one statement per 1,000 (one round trip, not one per event);
    /// the ids are drawn in the batch's order.
    func insertEvents(_ db: PostgresSession, teamID: Int64, _ activities: [(ProgressActivity, Date)]) throws
        -> [ProgressEvent]
    {
        let recordedAt = time.now()
        var events: [ProgressEvent] = []
        events.reserveCapacity(activities.count)
        var start = 0
        while start < activities.count {
            let chunk = activities[start..<min(activities.count, start + 1_000)]
            var binds: [any PostgresBindable] = [teamID, recordedAt]
            var rows: [String] = []
            for (activity, at) in chunk {
                var score: Double?
                var note: String?
                if case .completed(_, let value) = activity { score = value }
                if case .correction(_, let text) = activity { note = text }
                let first = binds.count + 1
                binds += [activity.kind, activity.target, score, note, at] as [any PostgresBindable]
                rows.append(
                    "($1, $\(first), $\(first + 1), $\(first + 2)::double precision, $\(first + 3)::text, "
                        + "$\(first + 4), $2)")
            }
            let ids = try db.rows(
                """
                INSERT INTO progressEvent (teamId, kind, target, score, note, occurredAt, recordedAt)
                VALUES \(rows.joined(separator: ", ")) RETURNING id
                """, binds
            ).map { try $0("id", as: Int64.self) }.sorted()
            guard ids.count == chunk.count else {
                throw StoreError.database(path: location, reason: "\(ids.count) of \(chunk.count) events were stored")
            }
            events += zip(ids, chunk).map { id, item in ProgressEvent(id: id, activity: item.0, occurredAt: item.1) }
            start += chunk.count
        }
        return events
    }

    private static func event(_ row: PostgresStoreRow) throws -> ProgressEvent {
        let kind: String = try row("kind")
        let target: String = try row("target")
        let activity: ProgressActivity
        switch kind {
        case "started": activity = .started(moduleID: target)
        case "completed": activity = .completed(moduleID: target, score: try row("score", as: Double?.self))
        case "tried": activity = .triedUseCase(target)
        case "assessed": activity = .assessed(assessmentID: Int64(target) ?? 0)
        case "correction":
            activity = .correction(revokedEventID: Int64(target) ?? 0, note: try row("note", as: String?.self) ?? "")
        default: throw StoreError.database(path: "", reason: "unknown event kind '\(kind)'")
        }
        return ProgressEvent(id: try row("id"), activity: activity, occurredAt: try row.date("occurredAt"))
    }

    static func team(_ row: PostgresStoreRow) throws -> Team {
        Team(
            id: try row("id"), name: try row("name"), municipality: try row("municipality"), size: try row("size"),
            accessCode: try row("accessCode"), leaderboardOptOut: try row("leaderboardOptOut"),
            createdAt: try row.date("createdAt"), revision: try row("revision"))
    }

    private func newAccessCode(_ db: PostgresSession) throws -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        while true {
            let code = random.string(length: 10, from: alphabet)
            if try db.row("SELECT 1 FROM team WHERE accessCode = $1", [code]) == nil { return code }
        }
    }
}

extension Optional where Wrapped == PostgresStoreRow {
    /// The row a statement with `RETURNING` gave.
    func unwrap() throws -> PostgresStoreRow {
        guard let self else { throw StoreError.database(path: "", reason: "the statement returned no row") }
        return self
    }
}
