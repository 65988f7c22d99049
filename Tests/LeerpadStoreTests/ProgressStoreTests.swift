import Foundation
import GRDB
import LeerpadCore
import LeerpadStore
import Testing

/// Teams, assessments, paths and the log, in each store (SQLite; PostgreSQL with a test server).
@Suite("The store (SQLite and PostgreSQL)")
struct ProgressStoreTests {
    /// A fresh store on a clock in mid-2027: the tests date their events in early 2027, and the log refuses the future.
    static func fixture(_ kind: StoreKind) throws -> StoreFixture {
        try StoreFixture(kind, time: .fixed(Date(timeIntervalSince1970: 1_811_808_000)))
    }

    @Test("teams: unique names (case-insensitive), access codes, opt-out", arguments: StoreKind.available)
    func teams(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "Afvalbeheer", municipality: "Gemeente Vlietdam", size: 7)
        #expect(team.accessCode.count == 10)
        #expect(throws: StoreError.teamExists("afvalbeheer")) {
            try store.addTeam(name: "afvalbeheer", municipality: "X", size: 3)
        }
        #expect(throws: StoreError.self) { try store.addTeam(name: "Groot", municipality: "X", size: 0) }
        #expect(try store.team(named: "AFVALBEHEER").id == team.id)
        #expect(try store.team(accessCode: team.accessCode)?.name == "Afvalbeheer")
        #expect(try store.team(accessCode: "nope") == nil)
        #expect(throws: StoreError.unknownTeam("Niemand")) { try store.team(named: "Niemand") }
        try store.setLeaderboardOptOut(teamID: team.id, true)
        #expect(try store.team(named: "Afvalbeheer").leaderboardOptOut)
    }

    @Test(
        "an assessment is stored under pseudonymous codes and logged as an event, in one go",
        arguments: StoreKind.available)
    func assessments(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 3)
        let responses = [
            Response(
                respondent: "jan.jansen@vlietdam.nl", role: "wethouder", answers: ["q01": .likert(4), "q02": .dontKnow]),
            Response(respondent: "piet", answers: ["q01": .likert(2)]),
        ]
        let takenAt = Date(timeIntervalSince1970: 1_799_020_800)
        let saved = try store.saveAssessment(
            teamID: team.id, takenAt: takenAt, source: "a.csv", modelVersion: "1", responses: responses)
        let loaded = try store.assessments(teamID: team.id)
        #expect(loaded == [saved])
        #expect(loaded[0].responses.map(\.respondent) == ["R01", "R02"])
        #expect(loaded[0].responses[0].answers == ["q01": .likert(4), "q02": .dontKnow])
        #expect(loaded[0].responses[0].role == "wethouder")
        #expect(try store.events(teamID: team.id).map(\.activity) == [.assessed(assessmentID: saved.id)])
    }

    @Test("the log is append-only, down to the database", arguments: StoreKind.available)
    func appendOnly(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 3)
        let events = try store.record(
            teamID: team.id, [(.started(moduleID: "a"), Date()), (.completed(moduleID: "a", score: 0.5), Date())])
        #expect(events.map(\.id) == events.map(\.id).sorted())
        #expect(
            try store.events(teamID: team.id).map(\.activity) == [
                .started(moduleID: "a"), .completed(moduleID: "a", score: 0.5),
            ])
        // Even with raw SQL, nothing can change or delete a logged event.
        #expect(throws: (any Error).self) { try fixture.execute("DELETE FROM progressEvent") }
        #expect(throws: (any Error).self) { try fixture.execute("UPDATE progressEvent SET target = 'b'") }
        #expect(try store.events(teamID: team.id).count == 2)
        // A correction names an event of the same team.
        #expect(throws: StoreError.unknownEvent(team: "T", id: 999)) {
            try store.record(teamID: team.id, [(.correction(revokedEventID: 999, note: ""), Date())])
        }
    }

    @Test("a batch is all or nothing", arguments: StoreKind.available)
    func atomicBatch(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 3)
        #expect(throws: StoreError.self) {
            try store.record(
                teamID: team.id, [(.started(moduleID: "a"), Date()), (.completed(moduleID: "a", score: 1.5), Date())])
        }
        #expect(throws: StoreError.self) {
            try store.record(
                teamID: team.id,
                [(.started(moduleID: "a"), Date()), (.correction(revokedEventID: 42, note: ""), Date())])
        }
        #expect(try store.events(teamID: team.id).isEmpty)
    }

    @Test("accepted paths: the latest counts", arguments: StoreKind.available)
    func paths(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 3)
        #expect(try store.latestPath(teamID: team.id) == nil)
        let day = CalendarDate(iso8601: "2027-01-04")!
        let first = AcceptedPath(
            steps: [.init(moduleID: "a", level: 1, start: day, end: day, runIDs: ["r"])],
            budgetCents: 100, hoursPerPerson: 10, weeks: 4, teamSize: 3, start: day)
        var second = first
        second.steps.append(
            .init(moduleID: "b", level: 2, start: day.adding(days: 7), end: day.adding(days: 7), runIDs: []))
        try store.acceptPath(teamID: team.id, acceptedAt: Date(timeIntervalSince1970: 1), path: first)
        try store.acceptPath(teamID: team.id, acceptedAt: Date(timeIntervalSince1970: 2), path: second)
        #expect(try store.latestPath(teamID: team.id) == second)
    }

    @Test("a file that is not a Leerpad database gives a clear error, not a crash")
    func notADatabase() throws {
        let path = try Self.fixture(.sqlite).location
        let bogus = path + ".txt"
        try Data("dit is geen database\n".utf8 + Array(repeating: 0x41, count: 4096)).write(
            to: URL(fileURLWithPath: bogus))
        #expect(throws: StoreError.self) { try SQLiteProgressStore(path: bogus) }
        #expect(throws: StoreError.self) { try SQLiteProgressStore(path: "/nonexistent/dir/x.sqlite") }
    }
}
