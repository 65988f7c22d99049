import Foundation
import GRDB
import LeerpadCore

extension SQLiteProgressStore {
    public func openRound(
        teamID: Int64, token: String, instrument: String, closesAt: Date?, minimumRespondents: Int
    ) throws(StoreError) -> Round {
        guard (1...10_000).contains(minimumRespondents) else {
            throw .invalidValue(field: "minimumRespondents", reason: "must be 1–10000")
        }
        let now = time.now()
        return try perform {
            try pool.write { db -> Round in
                try db.execute(
                    sql: """
                        INSERT INTO round (teamId, token, instrument, openedAt, closesAt, minimumRespondents, state)
                        VALUES (?, ?, ?, ?, ?, ?, 'open')
                        """,
                    arguments: [teamID, token, instrument, now, closesAt, minimumRespondents])
                return Round(
                    id: db.lastInsertedRowID, teamID: teamID, token: token, instrument: instrument, openedAt: now,
                    closesAt: closesAt, minimumRespondents: minimumRespondents, state: .open, endedAt: nil,
                    assessmentID: nil)
            }
        }
    }

    public func round(id: Int64) throws(StoreError) -> Round? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM round WHERE id = ?", arguments: [id]).map(Self.round)
            }
        }
    }

    public func round(token: String) throws(StoreError) -> Round? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM round WHERE token = ?", arguments: [token]).map(Self.round)
            }
        }
    }

    public func rounds(teamID: Int64?) throws(StoreError) -> [Round] {
        try perform {
            try pool.read { db in
                if let teamID {
                    return try Row.fetchAll(
                        db, sql: "SELECT * FROM round WHERE teamId = ? ORDER BY id DESC", arguments: [teamID]
                    ).map(Self.round)
                }
                return try Row.fetchAll(db, sql: "SELECT * FROM round ORDER BY id DESC").map(Self.round)
            }
        }
    }

    public func startResponse(roundID: Int64, key: String, role: String?) throws(StoreError) -> RoundResponse {
        let now = time.now()
        return try perform {
            try pool.write { db -> RoundResponse in
                try requireOpen(db, roundID)
                try db.execute(
                    sql: "INSERT INTO roundResponse (roundId, key, role, answers, startedAt) VALUES (?, ?, ?, '{}', ?)",
                    arguments: [roundID, key, role, now])
                return RoundResponse(
                    id: db.lastInsertedRowID, roundID: roundID, key: key, role: role, answers: [:], startedAt: now,
                    submittedAt: nil)
            }
        }
    }

    public func response(key: String) throws(StoreError) -> RoundResponse? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM roundResponse WHERE key = ?", arguments: [key]).map(
                    Self.response)
            }
        }
    }

    public func saveDraft(responseID: Int64, role: String?, answers: [String: Answer]) throws(StoreError) {
        let text = Self.encode(answers)
        try perform {
            try pool.write { db in
                try requireDraft(db, responseID)
                try db.execute(
                    sql: "UPDATE roundResponse SET role = ?, answers = ? WHERE id = ?",
                    arguments: [role, text, responseID])
            }
        }
    }

    public func submitResponse(responseID: Int64) throws(StoreError) {
        let now = time.now()
        try perform {
            try pool.write { db in
                try requireDraft(db, responseID)
                try db.execute(
                    sql: "UPDATE roundResponse SET submittedAt = ? WHERE id = ?", arguments: [now, responseID])
            }
        }
    }

    public func addResponses(roundID: Int64, _ responses: [(role: String?, answers: [String: Answer])])
        throws(StoreError) -> [RoundResponse]
    {
        let now = time.now()
        return try perform {
            try pool.write { db -> [RoundResponse] in
                try requireOpen(db, roundID)
                return try responses.map { response in
                    let key =
                        "submitted-" + random.string(length: 24, from: Array("abcdefghijklmnopqrstuvwxyz0123456789"))
                    try db.execute(
                        sql: """
                            INSERT INTO roundResponse (roundId, key, role, answers, startedAt, submittedAt)
                            VALUES (?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [roundID, key, response.role, Self.encode(response.answers), now, now])
                    return RoundResponse(
                        id: db.lastInsertedRowID, roundID: roundID, key: key, role: response.role,
                        answers: response.answers, startedAt: now, submittedAt: now)
                }
            }
        }
    }

    public func responses(roundID: Int64) throws(StoreError) -> [RoundResponse] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT * FROM roundResponse WHERE roundId = ? ORDER BY id", arguments: [roundID]
                ).map(Self.response)
            }
        }
    }

    public func closeRound(id: Int64, modelVersion: String) throws(StoreError) -> StoredAssessment {
        let now = time.now()
        return try perform {
            try pool.write { db -> StoredAssessment in
                let round = try requireOpen(db, id)
                let submitted = try Row.fetchAll(
                    db, sql: "SELECT * FROM roundResponse WHERE roundId = ? AND submittedAt IS NOT NULL ORDER BY id",
                    arguments: [id]
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
                    sql: "UPDATE round SET state = 'closed', endedAt = ?, assessmentId = ? WHERE id = ?",
                    arguments: [now, stored.id, id])
                // The answers now live in the measurement under pseudonymous codes; the drafts go.
                try db.execute(
                    sql: "DELETE FROM roundResponse WHERE roundId = ? AND submittedAt IS NULL", arguments: [id])
                return stored
            }
        }
    }

    public func setClosing(roundID: Int64, closesAt: Date?) throws(StoreError) {
        try perform {
            try pool.write { db in
                try requireOpen(db, roundID)
                try db.execute(sql: "UPDATE round SET closesAt = ? WHERE id = ?", arguments: [closesAt, roundID])
            }
        }
    }

    public func cancelRound(id: Int64) throws(StoreError) {
        let now = time.now()
        try perform {
            try pool.write { db in
                try requireOpen(db, id)
                try db.execute(
                    sql: "UPDATE round SET state = 'cancelled', endedAt = ? WHERE id = ?", arguments: [now, id])
            }
        }
    }

    // MARK: Internals

    @discardableResult
    private func requireOpen(_ db: Database, _ id: Int64) throws -> Round {
        guard let round = try Row.fetchOne(db, sql: "SELECT * FROM round WHERE id = ?", arguments: [id]).map(Self.round)
        else { throw StoreError.unknownRound(String(id)) }
        guard round.state == .open else { throw StoreError.roundEnded(id: id, state: round.state) }
        return round
    }

    private func requireDraft(_ db: Database, _ responseID: Int64) throws {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT roundId, submittedAt FROM roundResponse WHERE id = ?", arguments: [responseID])
        else { throw StoreError.unknownRound("response \(responseID)") }
        let submitted: Date? = row["submittedAt"]
        guard submitted == nil else { throw StoreError.responseSubmitted }
        try requireOpen(db, row["roundId"])
    }

    static func round(_ row: Row) -> Round {
        Round(
            id: row["id"], teamID: row["teamId"], token: row["token"], instrument: row["instrument"],
            openedAt: row["openedAt"], closesAt: row["closesAt"], minimumRespondents: row["minimumRespondents"],
            state: RoundState(rawValue: row["state"]) ?? .cancelled, endedAt: row["endedAt"],
            assessmentID: row["assessmentId"])
    }

    static func response(_ row: Row) -> RoundResponse {
        RoundResponse(
            id: row["id"], roundID: row["roundId"], key: row["key"], role: row["role"],
            answers: decode(row["answers"]), startedAt: row["startedAt"], submittedAt: row["submittedAt"])
    }

    /// Answers as `{"q01":"4","q02":"x"}`: `1`–`5`, or `x` for "weet niet".
    static func encode(_ answers: [String: Answer]) -> String {
        let pairs = answers.mapValues { answer -> String in
            if case .likert(let value) = answer { return String(value) }
            return "x"
        }
        let data = (try? JSONSerialization.data(withJSONObject: pairs, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String: Answer] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] else {
            return [:]
        }
        return object.compactMapValues { value in
            if value == "x" { return .dontKnow }
            return Int(value).flatMap { Answer.likertRange.contains($0) ? .likert($0) : nil }
        }
    }
}
