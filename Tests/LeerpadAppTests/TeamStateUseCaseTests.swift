import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore
import Testing

/// Derived team state across processes: the report cache follows the team's revision, standings
/// are kept in the store, `store verify` recomputes them, and `store copy` keeps every team's game.
@Suite("Team state across processes, verify and copy")
struct TeamStateUseCaseTests {
    /// A second process on the same file: its own store, Content and cache.
    static func otherProcess(_ fixture: AppFixture) throws -> Leerpad {
        Leerpad(
            store: try SQLiteProgressStore(path: fixture.path, time: .fixed(AppFixture.now)),
            content: AppFixture.content, time: .fixed(AppFixture.now), cache: TeamReportCache())
    }

    static func module(_ index: Int) -> String { AppFixture.content.catalogue.modules[index].id }

    @Test("a cached report is stale as soon as another process writes for the team")
    func cacheFollowsRevision() throws {
        let fixture = try AppFixture()
        var web = fixture.leerpad
        web.cache = TeamReportCache()
        let cli = try Self.otherProcess(fixture)
        let team = try web.addTeam(name: "Afval", municipality: "Vlietdam", size: 6)
        let day = AppFixture.now.addingTimeInterval(-86_400)
        #expect(try web.report(for: web.team(named: "Afval")).progress.state.xp == 0)
        try cli.record([(.started(moduleID: Self.module(0)), day)], for: team)
        let after = try web.report(for: web.team(named: "Afval"))
        #expect(after.events.count == 1)
        #expect(after.progress.state.xp > 0)
    }

    @Test("standings are kept in the store once and reused by another process until the team changes")
    func standingsKept() throws {
        let fixture = try AppFixture()
        let day = AppFixture.now.addingTimeInterval(-86_400)
        let team = try fixture.leerpad.addTeam(name: "Afval", municipality: "Vlietdam", size: 6)
        _ = try fixture.leerpad.addTeam(name: "Wijk", municipality: "Vlietdam", size: 4)
        try fixture.leerpad.record([(.completed(moduleID: Self.module(0), score: 1), day)], for: team)
        let first = try fixture.leerpad.standings()
        let keeper = try #require(fixture.leerpad.store as? any TeamStateStore)
        let kept = try keeper.keptStates()
        #expect(kept.count == 2)
        #expect(kept[team.id]?.xp == first.first { $0.team.id == team.id }?.state.xp)
        // Another process reads the kept states instead of the logs: a tampered kept value shows.
        var tampered = try #require(kept[team.id])
        tampered.xp = 9_999
        try keeper.keep([tampered])
        let other = try Self.otherProcess(fixture)
        #expect(try other.standings().first { $0.team.id == team.id }?.state.xp == 9_999)
        #expect(try other.leaderboard().first?.entry.xp == 9_999)
        // …which `store verify` catches.
        let verification = try other.verifyStore()
        #expect(verification.compared == 2)
        #expect(verification.mismatches.map(\.field) == ["xp"])
        // A write raises the revision: the kept state is stale and derived again.
        try other.record([(.started(moduleID: Self.module(1)), day)], for: team)
        let rederived = try fixture.leerpad.standings().first { $0.team.id == team.id }
        #expect(rederived?.state.xp != 9_999)
        #expect(try fixture.leerpad.verifyStore().mismatches.isEmpty)
    }

    @Test("store copy keeps every team's events, XP, rank and badges, and reports a difference")
    func copy() throws {
        let fixture = try AppFixture()
        let day = AppFixture.now.addingTimeInterval(-3 * 86_400)
        let team = try fixture.leerpad.addTeam(name: "Afval", municipality: "Vlietdam", size: 6)
        let events = try fixture.leerpad.record(
            [
                (.completed(moduleID: Self.module(0), score: 0.9), day), (.started(moduleID: Self.module(1)), day),
                (.triedUseCase(AppFixture.content.useCases[0].id), day),
            ], for: team)
        try fixture.leerpad.record([(.correction(revokedEventID: events[1].id, note: "dubbel"), day)], for: team)
        _ = try fixture.leerpad.recordAssessment(
            try AppFixture.responses("afvalbeheer.csv"), for: team, source: "afvalbeheer.csv", takenAt: day)
        let source = try #require(fixture.leerpad.store as? any LeerpadDatabase)
        let targetPath = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-copy-\(UUID()).sqlite")
            .path
        let target = try SQLiteProgressStore(path: targetPath)
        let copy = try StoreCopy.run(from: source, to: target, content: AppFixture.content, batchSize: 2)
        #expect(copy.differences.isEmpty)
        #expect(copy.teams == 1)
        #expect(copy.events == 5)
        #expect(copy.rows.first { $0.table == .progressEvent }?.count == 5)
        let copied = Leerpad(store: target, content: AppFixture.content, time: .fixed(AppFixture.now))
        #expect(
            try copied.report(for: copied.team(named: "Afval")).progress.state
                == fixture.leerpad.report(for: team).progress.state)
    }
}
