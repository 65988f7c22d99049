import Foundation
import GRDB
import LeerpadCore
import Testing

@testable import LeerpadStore

@Suite("Rounds, accounts, sessions and deletion (SQLite and PostgreSQL)")
struct RoundStoreTests {

    @Test(
        "a round closes into one measurement of its submitted responses, once, and only with its minimum",
        arguments: StoreKind.available)
    func closeRound(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 5)
        let round = try store.openRound(
            teamID: team.id, token: "token-1", instrument: "quickscan", closesAt: nil, minimumRespondents: 3)
        let draft = try store.startResponse(roundID: round.id, key: "draft-1", role: "beleid")
        try store.saveDraft(responseID: draft.id, role: "beleid", answers: ["q01": .likert(4)])
        _ = try store.addResponses(roundID: round.id, [("uitvoering", ["q01": .likert(2)]), (nil, ["q01": .dontKnow])])
        #expect(throws: StoreError.tooFewRespondents(round: round.id, submitted: 2, minimum: 3)) {
            try store.closeRound(id: round.id, modelVersion: "1")
        }
        try store.submitResponse(responseID: draft.id)
        #expect(throws: StoreError.responseSubmitted) {
            try store.saveDraft(responseID: draft.id, role: nil, answers: [:])
        }
        let measurement = try store.closeRound(id: round.id, modelVersion: "1")
        #expect(measurement.kind == .round)
        #expect(measurement.roundID == round.id)
        #expect(measurement.responses.map(\.respondent) == ["R01", "R02", "R03"])
        #expect(measurement.responses.map(\.role) == ["beleid", "uitvoering", nil])
        #expect(try store.round(id: round.id)?.state == .closed)
        #expect(try store.round(id: round.id)?.assessmentID == measurement.id)
        #expect(throws: StoreError.roundEnded(id: round.id, state: .closed)) {
            try store.closeRound(id: round.id, modelVersion: "1")
        }
        #expect(throws: StoreError.roundEnded(id: round.id, state: .closed)) {
            try store.addResponses(roundID: round.id, [(nil, ["q01": .likert(5)])])
        }
        #expect(try store.events(teamID: team.id).map(\.activity) == [.assessed(assessmentID: measurement.id)])
    }

    @Test(
        "the log refuses revoking twice, revoking a correction and events dated in the future",
        arguments: StoreKind.available)
    func logRefusals(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 5)
        let now = Date()
        let started = try store.record(teamID: team.id, [(.started(moduleID: "a"), now)])[0]
        let correction = try store.record(teamID: team.id, [(.correction(revokedEventID: started.id, note: "x"), now)])[
            0]
        #expect(throws: StoreError.alreadyRevoked(team: "T", id: started.id)) {
            try store.record(teamID: team.id, [(.correction(revokedEventID: started.id, note: "again"), now)])
        }
        #expect(throws: StoreError.revokesCorrection(team: "T", id: correction.id)) {
            try store.record(teamID: team.id, [(.correction(revokedEventID: correction.id, note: "undo"), now)])
        }
        let other = try store.record(teamID: team.id, [(.started(moduleID: "b"), now)])[0]
        #expect(throws: StoreError.alreadyRevoked(team: "T", id: other.id)) {
            try store.record(
                teamID: team.id,
                [
                    (.correction(revokedEventID: other.id, note: "1"), now),
                    (.correction(revokedEventID: other.id, note: "2"), now),
                ])
        }
        #expect(throws: StoreError.inFuture(field: "occurredAt")) {
            try store.record(teamID: team.id, [(.started(moduleID: "c"), now.addingTimeInterval(86_400))])
        }
        #expect(try store.events(teamID: team.id).count == 3)
    }

    @Test(
        "sessions: found while used, gone when idle, when the password changes or the account goes",
        arguments: StoreKind.available)
    func sessions(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let account = try store.addAccount(name: "hr", role: .hr, municipality: "M", passwordHash: "$2b$04$x")
        #expect(throws: StoreError.accountExists("HR")) {
            try store.addAccount(name: "HR", role: .admin, municipality: nil, passwordHash: "h")
        }
        #expect(throws: StoreError.self) {
            try store.addAccount(name: "zonder", role: .hr, municipality: nil, passwordHash: "h")
        }
        try store.startSession(token: "a", accountID: account.id, idleLimit: 3600)
        try store.startSession(token: "b", accountID: account.id, idleLimit: 3600)
        #expect(try store.sessionAccount(token: "a", idleLimit: 60)?.name == "hr")
        #expect(try store.sessionAccount(token: "a", idleLimit: 0) == nil)
        #expect(try store.sessionAccount(token: "a", idleLimit: 60) == nil, "an expired session is removed")
        try store.setPasswordHash(accountID: account.id, "$2b$04$y", keeping: nil)
        #expect(try store.sessionAccount(token: "b", idleLimit: 60) == nil)
        try store.startSession(token: "c", accountID: account.id, idleLimit: 3600)
        try store.removeAccount(named: "hr")
        #expect(try store.sessionAccount(token: "c", idleLimit: 60) == nil)
        #expect(throws: StoreError.unknownAccount("hr")) { try store.removeAccount(named: "hr") }
    }

    @Test(
        "deleting a team removes every row of it through the audited path; the log stays append-only otherwise",
        arguments: StoreKind.available)
    func deletion(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let gone = try store.addTeam(name: "Weg", municipality: "M", size: 5)
        let kept = try store.addTeam(name: "Blijft", municipality: "M", size: 5)
        let responses = (1...3).map { Response(respondent: "x\($0)", answers: ["q01": .likert($0)]) }
        for team in [gone, kept] {
            _ = try store.saveAssessment(
                teamID: team.id, takenAt: Date(), source: "s", modelVersion: "1", responses: responses)
            try store.record(teamID: team.id, [(.started(moduleID: "a"), Date())])
            let round = try store.openRound(
                teamID: team.id, token: "t-\(team.id)", instrument: "quickscan", closesAt: nil, minimumRespondents: 3)
            _ = try store.addResponses(roundID: round.id, [(nil, ["q01": .likert(3)])])
        }
        let deletion = try store.deleteTeam(teamID: gone.id, deletedBy: "fonds")
        #expect(deletion.events == 2 && deletion.assessments == 1)
        #expect(try store.teams().map(\.name) == ["Blijft"])
        #expect(try store.events(teamID: gone.id).isEmpty)
        #expect(try store.events(teamID: kept.id).count == 2)
        #expect(try fixture.integer("SELECT COUNT(*) FROM answer") == 3)
        #expect(try fixture.integer("SELECT COUNT(*) FROM roundResponse") == 1)
        #expect(try fixture.text("SELECT deletedBy FROM teamDeletion") == "fonds")
        // Outside that path the log refuses deletes and updates, also of the remaining team.
        #expect(throws: (any Error).self) { try fixture.execute("DELETE FROM progressEvent WHERE teamId = \(kept.id)") }
        #expect(throws: (any Error).self) { try fixture.execute("UPDATE progressEvent SET target = 'b'") }
        #expect(throws: (any Error).self) { try fixture.execute("DELETE FROM teamDeletion") }
        #expect(throws: (any Error).self) { try fixture.execute("UPDATE teamDeletion SET deletedBy = 'x'") }
        #expect(try fixture.integer("SELECT COUNT(*) FROM progressEvent") == 2)
    }

    @Test("a database of the first schema migrates: its assessments become legacy ones with their respondents")
    func migratesFirstSchema() throws {
        let old = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-v1-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: old) }
        let queue = try DatabaseQueue(path: old)
        try SQLiteSchema.migrator.migrate(queue, upTo: "v1: teams, assessments, paths, progress log")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO team (name, municipality, size, accessCode, createdAt) VALUES ('Oud', 'M', 5, 'CODE', '2026-01-01');
                    INSERT INTO assessment (teamId, takenAt, source, modelVersion) VALUES (1, '2026-02-01', 'web:quickscan', '1');
                    INSERT INTO answer (assessmentId, respondent, statementId, value) VALUES (1, 'R01', 'q01', 4);
                    INSERT INTO progressEvent (teamId, kind, target, occurredAt, recordedAt) VALUES (1, 'assessed', '1', '2026-02-01', '2026-02-01');
                    """)
        }
        let migrated = try SQLiteProgressStore(path: old)
        let stored = try migrated.assessments(teamID: 1)
        #expect(stored.map(\.kind) == [.legacy])
        #expect(stored.first?.responses.count == 1)
        #expect(try migrated.events(teamID: 1).count == 1)
        let respondents = try DatabaseQueue(path: old).read { db in
            try Int.fetchOne(db, sql: "SELECT respondents FROM assessment")
        }
        #expect(respondents == 1)
    }
}
