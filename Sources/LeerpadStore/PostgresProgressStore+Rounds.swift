import Foundation
import LeerpadCore
import PostgresNIO

extension PostgresProgressStore {
    public func openRound(
        teamID: Int64, token: String, instrument: String, closesAt: Date?, minimumRespondents: Int
    ) throws(StoreError) -> Round {
        guard (1...10_000).contains(minimumRespondents) else {
            throw .invalidValue(field: "minimumRespondents", reason: "must be 1–10000")
        }
        let now = time.now()
        return try write { db -> Round in
            try lockTeam(db, teamID)
            let id: Int64 = try db.row(
                """
                INSERT INTO round (teamId, token, instrument, openedAt, closesAt, minimumRespondents, state)
                VALUES ($1, $2, $3, $4, $5, $6, 'open') RETURNING id
                """,
                [teamID, token, instrument, now, closesAt, minimumRespondents]
            ).unwrap()("id")
            return Round(
                id: id, teamID: teamID, token: token, instrument: instrument, openedAt: now, closesAt: closesAt,
                minimumRespondents: minimumRespondents, state: .open, endedAt: nil, assessmentID: nil)
        }
    }

    public func round(id: Int64) throws(StoreError) -> Round? {
        try read { db in try db.row("SELECT * FROM round WHERE id = $1", [id]).map(Self.round) }
    }

    public func round(token: String) throws(StoreError) -> Round? {
        try read { db in try db.row("SELECT * FROM round WHERE token = $1", [token]).map(Self.round) }
    }

    public func rounds(teamID: Int64?) throws(StoreError) -> [Round] {
        try read { db in
            if let teamID {
                return try db.rows("SELECT * FROM round WHERE teamId = $1 ORDER BY id DESC", [teamID]).map(Self.round)
            }
            return try db.rows("SELECT * FROM round ORDER BY id DESC").map(Self.round)
        }
    }

    public func startResponse(roundID: Int64, key: String, role: String?) throws(StoreError) -> RoundResponse {
        let now = time.now()
        return try write { db -> RoundResponse in
            try requireOpen(db, roundID)
            let id: Int64 = try db.row(
                """
                INSERT INTO roundResponse (roundId, key, role, answers, startedAt) VALUES ($1, $2, $3, '{}', $4)
                RETURNING id
                """,
                [roundID, key, role, now]
            ).unwrap()("id")
            return RoundResponse(
                id: id, roundID: roundID, key: key, role: role, answers: [:], startedAt: now, submittedAt: nil)
        }
    }

    public func response(key: String) throws(StoreError) -> RoundResponse? {
        try read { db in try db.row("SELECT * FROM roundResponse WHERE key = $1", [key]).map(Self.response) }
    }

    public func saveDraft(responseID: Int64, role: String?, answers: [String: Answer]) throws(StoreError) {
        let text = SQLiteProgressStore.encode(answers)
        try write { db in
            try requireDraft(db, responseID)
            try db.execute("UPDATE roundResponse SET role = $1, answers = $2 WHERE id = $3", [role, text, responseID])
        }
    }

    public func submitResponse(responseID: Int64) throws(StoreError) {
        let now = time.now()
        try write { db in
            try requireDraft(db, responseID)
            try db.execute("UPDATE roundResponse SET submittedAt = $1 WHERE id = $2", [now, responseID])
        }
    }

    public func addResponses(roundID: Int64, _ responses: [(role: String?, answers: [String: Answer])])
        throws(StoreError) -> [RoundResponse]
    {
        let now = time.now()
        return try write { db -> [RoundResponse] in
            try requireOpen(db, roundID)
            return try responses.map { response in
                let key = "submitted-" + random.string(length: 24, from: Array("abcdefghijklmnopqrstuvwxyz0123456789"))
                let id: Int64 = try db.row(
                    """
                    INSERT INTO roundResponse (roundId, key, role, answers, startedAt, submittedAt)
                    VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                    """,
                    [roundID, key, response.role, SQLiteProgressStore.encode(response.answers), now, now]
                ).unwrap()("id")
                return RoundResponse(
                    id: id, roundID: roundID, key: key, role: response.role, answers: response.answers,
                    startedAt: now, submittedAt: now)
            }
        }
    }

    public func responses(roundID: Int64) throws(StoreError) -> [RoundResponse] {
        try read { db in
            try db.rows("SELECT * FROM roundResponse WHERE roundId = $1 ORDER BY id", [roundID]).map(Self.response)
        }
    }

    public func closeRound(id: Int64, modelVersion: String) throws(StoreError) -> StoredAssessment {
        let now = time.now()
        return try write { db -> StoredAssessment in
            let round = try requireOpen(db, id)
            let submitted = try db.rows(
                "SELECT * FROM roundResponse WHERE roundId = $1 AND submittedAt IS NOT NULL ORDER BY id", [id]
            ).map(Self.response)
            guard submitted.count >= round.minimumRespondents else {
                throw StoreError.tooFewRespondents(
                    round: id, submitted: submitted.count, minimum: round.minimumRespondents)
            }
            let responses = submitted.map { Response(respondent: "", role: $0.role, answers: $0.answers) }
            let stored = try insertAssessment(
                db, teamID: round.teamID, takenAt: now, source: "round:\(id)", modelVersion: modelVersion,
                responses: responses, kind: .round, roundID: id)
            try db.execute(
                "UPDATE round SET state = 'closed', endedAt = $1, assessmentId = $2 WHERE id = $3",
                [now, stored.id, id])
            // The answers now live in the measurement under pseudonymous codes; the drafts go.
            try db.execute("DELETE FROM roundResponse WHERE roundId = $1 AND submittedAt IS NULL", [id])
            return stored
        }
    }

    public func setClosing(roundID: Int64, closesAt: Date?) throws(StoreError) {
        try write { db in
            try requireOpen(db, roundID)
            try db.execute("UPDATE round SET closesAt = $1 WHERE id = $2", [closesAt, roundID])
        }
    }

    public func cancelRound(id: Int64) throws(StoreError) {
        let now = time.now()
        try write { db in
            try requireOpen(db, id)
            try db.execute("UPDATE round SET state = 'cancelled', endedAt = $1 WHERE id = $2", [now, id])
        }
    }

    // MARK: Internals

    /// The open round `id`, its team locked first (every write about a team takes that lock
    /// first, so two of them never wait for each other in opposite order).
    @discardableResult
    private func requireOpen(_ db: PostgresSession, _ id: Int64) throws -> Round {
        let round = try lockRound(db, id)
        guard round.state == .open else { throw StoreError.roundEnded(id: id, state: round.state) }
        return round
    }

    /// The round `id` after locking its team's row and its own.
    private func lockRound(_ db: PostgresSession, _ id: Int64) throws -> Round {
        guard let teamID: Int64 = try db.row("SELECT teamId FROM round WHERE id = $1", [id]).map({ try $0("teamId") })
        else { throw StoreError.unknownRound(String(id)) }
        try lockTeam(db, teamID)
        guard let round = try db.row("SELECT * FROM round WHERE id = $1 FOR UPDATE", [id]).map(Self.round) else {
            throw StoreError.unknownRound(String(id))
        }
        return round
    }

    /// Refuses unless `responseID` is a draft in an open round (checked in SQLite's order).
    private func requireDraft(_ db: PostgresSession, _ responseID: Int64) throws {
        guard
            let roundID: Int64 = try db.row("SELECT roundId FROM roundResponse WHERE id = $1", [responseID])
                .map({ try $0("roundId") })
        else { throw StoreError.unknownRound("response \(responseID)") }
        let round = try lockRound(db, roundID)
        guard let row = try db.row("SELECT submittedAt FROM roundResponse WHERE id = $1 FOR UPDATE", [responseID])
        else { throw StoreError.unknownRound("response \(responseID)") }
        guard try row.optionalDate("submittedAt") == nil else { throw StoreError.responseSubmitted }
        guard round.state == .open else { throw StoreError.roundEnded(id: roundID, state: round.state) }
    }

    static func round(_ row: PostgresStoreRow) throws -> Round {
        Round(
            id: try row("id"), teamID: try row("teamId"), token: try row("token"), instrument: try row("instrument"),
            openedAt: try row.date("openedAt"), closesAt: try row.optionalDate("closesAt"),
            minimumRespondents: try row("minimumRespondents"),
            state: RoundState(rawValue: try row("state")) ?? .cancelled, endedAt: try row.optionalDate("endedAt"),
            assessmentID: try row("assessmentId", as: Int64?.self))
    }

    static func response(_ row: PostgresStoreRow) throws -> RoundResponse {
        RoundResponse(
            id: try row("id"), roundID: try row("roundId"), key: try row("key"),
            role: try row("role", as: String?.self), answers: SQLiteProgressStore.decode(try row("answers")),
            startedAt: try row.date("startedAt"), submittedAt: try row.optionalDate("submittedAt"))
    }
}
