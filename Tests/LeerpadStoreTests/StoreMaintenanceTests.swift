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

    static func fixture(_ kind: StoreKind, migrating: Bool = true) throws -> StoreFixture {
        try StoreFixture(kind, time: time, random: .seeded(7), migrating: migrating)
    }

    /// Every pair of kinds (source, target) for the copy.
    static let pairs: [(StoreKind, StoreKind)] = StoreKind.available.flatMap { a in
        StoreKind.available.map { b in (a, b) }
    }

    @Test(
        "every write about a team raises its revision, also as seen from a second process",
        arguments: StoreKind.available)
    func revisions(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let other = try fixture.reopen()
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

    @Test(
        "kept states are replaced per team, skipped for deleted teams and gone with their team",
        arguments: StoreKind.available)
    func keptStates(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
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

    @Test("one municipality's teams and kept states are read by themselves", arguments: StoreKind.available)
    func byMunicipality(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let a = try store.addTeam(name: "B-team", municipality: "Vlietdam", size: 3)
        let b = try store.addTeam(name: "A-team", municipality: " vlietdam ", size: 3)
        let other = try store.addTeam(name: "C-team", municipality: "Kustdorp", size: 3)
        #expect(try store.teams(municipality: "VLIETDAM").map(\.name) == ["A-team", "B-team"])
        #expect(try store.teams(municipality: "Nergens").isEmpty)
        let states = [a, b, other].map {
            KeptTeamState(
                teamID: $0.id, revision: 0, basis: "b", xp: 1, level: 1, badges: [], events: 0, lastGainAt: nil)
        }
        try store.keep(states)
        #expect(try Set(store.keptStates(teamIDs: [a.id, other.id]).keys) == [a.id, other.id])
        #expect(try store.keptStates(teamIDs: []).isEmpty)
    }

    @Test("uploaded catalogues: the latest counts, revisions rise", arguments: StoreKind.available)
    func catalogues(kind: StoreKind) throws {
        let fixture = try Self.fixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        #expect(try store.latestCatalogue() == nil)
        #expect(try store.latestCatalogueRevision() == nil)
        let first = try store.storeCatalogue(Data("<catalogue/>".utf8), uploadedBy: "admin", at: Self.early2027)
        let second = try store.storeCatalogue(
            Data("<catalogue>2</catalogue>".utf8), uploadedBy: "hr", at: Self.early2027)
        #expect(second.revision > first.revision)
        #expect(try store.latestCatalogue() == second)
        #expect(try store.latestCatalogueRevision() == second.revision)
    }

    @Test("the schema status names the applied and pending migrations", arguments: StoreKind.available)
    func schemaStatus(kind: StoreKind) throws {
        switch kind {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-\(UUID()).sqlite").path
            #expect(throws: StoreError.noDatabase(path: path)) { try SQLiteProgressStore(path: path, migrating: false) }
        case .postgres:
            let missing = try #require(StoreKind.postgresURL).database(
                "leerpad_missing_\(UInt32.random(in: 0...UInt32.max))")
            #expect(throws: StoreError.noDatabase(path: missing.redacted)) {
                try PostgresProgressStore(url: missing, migrating: false)
            }
        }
        let fixture = try Self.fixture(kind, migrating: false)
        defer { withExtendedLifetime(fixture) {} }
        let unmigrated = try fixture.store.schemaStatus()
        #expect(unmigrated.version == 0)
        #expect(unmigrated.pending.count == unmigrated.latest)
        let status = try fixture.reopen().schemaStatus()
        #expect(status.version == status.latest)
        #expect(status.pending.isEmpty && !status.isNewer)
        #expect(status.latest >= 4)
    }

    @Test(
        "a store loads into an empty one row for row with its ids, and refuses a store with rows",
        arguments: Self.pairs)
    func load(from sourceKind: StoreKind, to targetKind: StoreKind) throws {
        let sourceFixture = try Self.fixture(sourceKind)
        let targetFixture = try Self.fixture(targetKind)
        defer { withExtendedLifetime((sourceFixture, targetFixture)) {} }
        let source = sourceFixture.store
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

        let target = targetFixture.store
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
        #expect(throws: StoreError.notEmpty(location: target.location, table: .team)) {
            try target.load(from: source, batchSize: 10)
        }
    }
}
