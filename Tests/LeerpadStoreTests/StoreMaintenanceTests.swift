import Foundation
import LeerpadCore
import LeerpadStore
import Testing

/// Team revisions, kept states, stored catalogues, schema status and loading one store into another.
@Suite("Store maintenance: revisions, kept states, catalogues, copies")
struct StoreMaintenanceTests {
    /// A clock in mid-2027 (the tests date events in early 2027; the log refuses the future).
    static let time = TimeSource.fixed(Date(timeIntervalSince1970: 1_811_808_000))
    static let early2027 = Date(timeIntervalSince1970: 1_799_020_800)

    static func temporaryPath() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-m-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("leerpad.sqlite").path
    }

    static func store(_ path: String) throws -> SQLiteProgressStore {
        try SQLiteProgressStore(path: path, time: time, random: .seeded(7))
    }

    @Test("every write about a team raises its revision, also as seen from a second process")
    func revisions() throws {
        let path = try Self.temporaryPath()
        let store = try Self.store(path)
        let other = try Self.store(path)
        var team = try store.addTeam(name: "Afval", municipality: "Vlietdam", size: 5)
        #expect(team.revision == 0)
        func revision() throws -> Int64 { try #require(try other.team(id: team.id)).revision }
        var seen = try revision()
        func raised(_ write: () throws -> Void) throws -> Bool {
            try write()
            let now = try revision()
            defer { seen = now }
            return now > seen
        }
        #expect(try raised { try store.record(teamID: team.id, [(.started(moduleID: "m"), Self.early2027)]) })
        #expect(
            try raised {
                _ = try store.saveAssessment(
                    teamID: team.id, takenAt: Self.early2027, source: "a.csv", modelVersion: "1",
                    responses: [Response(respondent: "a", answers: ["q01": .likert(3)])])
            })
        #expect(
            try raised {
                try store.acceptPath(
                    teamID: team.id, acceptedAt: Self.early2027,
                    path: AcceptedPath(
                        steps: [], budgetCents: 100, hoursPerPerson: 10, weeks: 4, teamSize: 5,
                        start: CalendarDate(daysSinceEpoch: 20_820)))
            })
        #expect(try raised { try store.setLeaderboardOptOut(teamID: team.id, true) })
        #expect(
            try raised {
                _ = try store.openRound(
                    teamID: team.id, token: "tok", instrument: "quickscan", closesAt: nil, minimumRespondents: 3)
            })
        team = try #require(try store.team(id: team.id))
        #expect(team.revision == seen)
        // Another team's writes leave it alone.
        let neighbour = try store.addTeam(name: "Buren", municipality: "Vlietdam", size: 5)
        try store.record(teamID: neighbour.id, [(.started(moduleID: "m"), Self.early2027)])
        #expect(try revision() == seen)
    }

    @Test("kept states are replaced per team, skipped for deleted teams and gone with their team")
    func keptStates() throws {
        let store = try Self.store(try Self.temporaryPath())
        let team = try store.addTeam(name: "A", municipality: "M", size: 3)
        let state = KeptTeamState(
            teamID: team.id, revision: 0, basis: "b", xp: 40, level: 2, badges: ["eerste-stap", "lerend"], events: 3,
            lastGainAt: Self.early2027)
        try store.keep([state])
        #expect(try store.keptStates() == [team.id: state])
        var newer = state
        newer.xp = 55
        newer.badges = []
        newer.lastGainAt = nil
        try store.keep([
            newer,
            KeptTeamState(
                teamID: 999, revision: 0, basis: "b", xp: 1, level: 1, badges: [], events: 0, lastGainAt: nil),
        ])
        #expect(try store.keptStates() == [team.id: newer])
        try store.deleteTeam(teamID: team.id, deletedBy: "test")
        #expect(try store.keptStates().isEmpty)
    }

    @Test("uploaded catalogues: the latest counts, revisions rise")
    func catalogues() throws {
        let store = try Self.store(try Self.temporaryPath())
        #expect(try store.latestCatalogue() == nil)
        #expect(try store.latestCatalogueRevision() == nil)
        let first = try store.storeCatalogue(Data("<catalogue/>".utf8), uploadedBy: "admin", at: Self.early2027)
        let second = try store.storeCatalogue(
            Data("<catalogue>2</catalogue>".utf8), uploadedBy: "hr", at: Self.early2027)
        #expect(second.revision > first.revision)
        #expect(try store.latestCatalogue() == second)
        #expect(try store.latestCatalogueRevision() == second.revision)
    }

    @Test("the schema status names the applied and pending migrations")
    func schemaStatus() throws {
        let path = try Self.temporaryPath()
        #expect(throws: StoreError.noDatabase(path: path)) { try SQLiteProgressStore(path: path, migrating: false) }
        FileManager.default.createFile(atPath: path, contents: Data())
        let unmigrated = try SQLiteProgressStore(path: path, migrating: false).schemaStatus()
        #expect(unmigrated.version == 0)
        #expect(unmigrated.pending.count == unmigrated.latest)
        let status = try Self.store(path).schemaStatus()
        #expect(status.version == status.latest)
        #expect(status.pending.isEmpty && !status.isNewer)
        #expect(status.latest >= 4)
    }

    @Test("a store loads into an empty one row for row with its ids, and refuses a store with rows")
    func load() throws {
        let source = try Self.store(try Self.temporaryPath())
        let team = try source.addTeam(name: "Afval", municipality: "Vlietdam", size: 5)
        let other = try source.addTeam(name: "Wijkteam", municipality: "Kustdorp", size: 9)
        let saved = try source.saveAssessment(
            teamID: team.id, takenAt: Self.early2027, source: "a.csv", modelVersion: "1",
            responses: [Response(respondent: "a", role: "beleid", answers: ["q01": .likert(3), "q02": .dontKnow])])
        let events = try source.record(
            teamID: team.id,
            [(.started(moduleID: "m"), Self.early2027), (.completed(moduleID: "m", score: 0.75), Self.early2027)])
        try source.record(
            teamID: team.id, [(.correction(revokedEventID: events[1].id, note: "te vroeg"), Self.early2027)])
        let round = try source.openRound(
            teamID: other.id, token: "tok", instrument: "quickscan", closesAt: nil, minimumRespondents: 3)
        _ = try source.addResponses(roundID: round.id, [(role: nil, answers: ["q01": .likert(2)])])
        _ = try source.addAccount(name: "hr", role: .hr, municipality: "Vlietdam", passwordHash: "$2b$04$x")
        try source.storeCatalogue(Data("<catalogue/>".utf8), uploadedBy: "admin", at: Self.early2027)

        let target = try Self.store(try Self.temporaryPath())
        try target.load(from: source, batchSize: 2)
        for table in StoreTable.allCases {
            let count = try source.rowCount(of: table)
            #expect(try target.rowCount(of: table) == count, "\(table)")
            #expect(
                try target.rows(of: table, offset: 0, limit: 1000) == source.rows(of: table, offset: 0, limit: 1000),
                "\(table)")
        }
        #expect(try target.events(teamID: team.id) == source.events(teamID: team.id))
        #expect(try target.assessments(teamID: team.id) == [saved])
        #expect(try target.team(accessCode: other.accessCode)?.name == "Wijkteam")
        // New ids continue after the copied ones; the copied log stays append-only.
        let added = try target.addTeam(name: "Nieuw", municipality: "M", size: 3)
        #expect(added.id > other.id)
        #expect(throws: StoreError.notEmpty(location: target.path, table: .team)) {
            try target.load(from: source, batchSize: 10)
        }
    }
}
