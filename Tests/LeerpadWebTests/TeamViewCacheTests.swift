import Foundation
import LeerpadApp
import LeerpadStore
import Testing

@testable import LeerpadWeb

/// The team page and progress API kept as rendered: never stale for the team's own data, at
/// most a second for its neighbours'.
@Suite("Team views kept as rendered")
struct TeamViewCacheTests {
    /// The team's XP and the XP of `neighbour` as the progress API gives them.
    static func xp(_ agent: Agent, code: String, neighbour: String) async throws -> (own: Int, neighbour: Int?) {
        let json = try await agent.get("/api/teams/\(code)/progress").json()
        let board = json["leaderboard"] as? [[String: Any]] ?? []
        let other = board.first { $0["team"] as? String == neighbour }?["xp"] as? Int
        return (try #require(json["xp"] as? Int), other)
    }

    /// Modules the team's log never mentions: starting one earns XP.
    static func untouchedModules(of team: Team, _ fixture: WebFixture) throws -> [String] {
        let log = try fixture.leerpad().report(for: team).events.map { "\($0.activity)" }.joined()
        return fixture.content.catalogue.modules.map(\.id).filter { !log.contains("\"\($0)\"") }
    }

    @Test("a write about the team from elsewhere (another process, the CLI) shows on its next page at once")
    func ownChange() async throws {
        let fixture = try WebFixture()
        let team = try #require(fixture.teams["Afvalbeheer"])
        let module = try #require(try Self.untouchedModules(of: team, fixture).first)
        try await fixture.run { agent in
            let before = try await Self.xp(agent, code: team.accessCode, neighbour: "")
            let page = try await agent.get("/t/\(team.accessCode)")
            // Not through the web app: only the team's revision tells the server.
            try fixture.leerpad().record([.started(moduleID: module)], for: team)
            let after = try await Self.xp(agent, code: team.accessCode, neighbour: "")
            let again = try await agent.get("/t/\(team.accessCode)")
            #expect(after.own > before.own)
            #expect(page.text.contains("data-xp=\"\(before.own)\""))
            #expect(again.text.contains("data-xp=\"\(after.own)\""))
        }
    }

    @Test("a neighbour's change from elsewhere shows within a second; through the web app at once")
    func neighbourChange() async throws {
        let fixture = try WebFixture()
        let team = try #require(fixture.teams["Afvalbeheer"])
        let board = try fixture.leerpad().leaderboard(around: team).map(\.entry.team)
        let neighbourName = try #require(board.first { $0 != team.name })
        let neighbour = try #require(fixture.teams[neighbourName])
        let modules = try Self.untouchedModules(of: neighbour, fixture)
        try await fixture.run { agent in
            let before = try await Self.xp(agent, code: team.accessCode, neighbour: neighbourName)
            try fixture.leerpad().record([.started(moduleID: modules[0])], for: neighbour)
            try await Task.sleep(for: .milliseconds(1100))
            let later = try await Self.xp(agent, code: team.accessCode, neighbour: neighbourName)
            #expect(try #require(later.neighbour) > #require(before.neighbour))
            // A request that may write (any POST) drops what is kept.
            try fixture.leerpad().record([.started(moduleID: modules[1])], for: neighbour)
            try await agent.get("/signin")
            try await agent.post("/signin", [("name", "niemand"), ("password", "geen-wachtwoord")])
            let after = try await Self.xp(agent, code: team.accessCode, neighbour: neighbourName)
            #expect(try #require(after.neighbour) > #require(later.neighbour))
        }
    }
}
