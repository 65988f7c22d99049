import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadTestSupport
import Testing

@testable import LeerpadWeb

/// Two servers on one database (behind a load balancer): a catalogue uploaded on one is used by the
/// other, and a write through one (or the CLI) shows on the other's next page at once.
@Suite("Two servers on one database")
struct SharedDatabaseTests {
    static func server(_ location: String, clock: SessionTests.Clock) throws -> Router<WebRequestContext> {
        let directory = try ContentDirectory.locate()
        return buildRouter(
            configuration: WebConfiguration(passwordCost: 4), content: try directory.loadBundle(),
            store: try StoreLocation(location).open(time: clock.source), contentDirectory: directory,
            time: clock.source)
    }

    @Test(
        "a catalogue uploaded on one server is taken up by the other within a second",
        arguments: TestDatabaseKind.available)
    func sharedCatalogue(_ kind: TestDatabaseKind) async throws {
        let clock = SessionTests.Clock()
        let database = try TestDatabase(kind)
        defer { database.drop() }
        let path = database.location
        let content = try ContentDirectory.locate().loadBundle()
        let setup = Leerpad(
            store: try StoreLocation(path).open(time: clock.source), content: content, time: clock.source,
            passwordCost: 4)
        _ = try setup.addAccount(name: "coordinator", role: .admin, municipality: nil, password: WebFixture.password)
        let first = try Self.server(path, clock: clock)
        let second = try Self.server(path, clock: clock)
        let renamed = "Data Awareness Dag (vernieuwd)"
        func catalogueTitles(_ router: Router<WebRequestContext>) async throws -> String {
            try await Application(router: router).test(.router) { client in
                String(buffer: try await client.execute(uri: "/api/catalogue", method: .get).body)
            }
        }
        #expect(try await !catalogueTitles(second).contains(renamed))
        let xml = try String(contentsOfFile: "Content/catalogue.xml", encoding: .utf8)
            .replacingOccurrences(of: ">Data Awareness Dag<", with: ">\(renamed)<")
        try await Application(router: first).test(.router) { client in
            let agent = Agent(client: client)
            try await agent.signIn()
            _ = try await agent.get("/coordinator/catalogue")
            let boundary = "----leerpadtwo"
            let body = """
                --\(boundary)\r
                Content-Disposition: form-data; name="csrf"\r
                \r
                \(agent.csrf)\r
                --\(boundary)\r
                Content-Disposition: form-data; name="catalogue"; filename="nieuw.xml"\r
                Content-Type: application/xml\r
                \r
                \(xml)\r
                --\(boundary)--\r

                """
            let page = try await agent.send(
                "/coordinator/catalogue", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
            #expect(page.status == .ok)
        }
        #expect(try await catalogueTitles(first).contains(renamed))
        // The second server looked less than a second ago; it takes the upload up at its next look.
        #expect(try await !catalogueTitles(second).contains(renamed))
        clock.advance(1.5)
        #expect(try await catalogueTitles(second).contains(renamed))
        // And so does a server started later.
        #expect(try await catalogueTitles(try Self.server(path, clock: clock)).contains(renamed))
    }

    @Test(
        "progress recorded through another process shows on the next team page, not after a delay",
        arguments: TestDatabaseKind.available)
    func writesShowAtOnce(_ kind: TestDatabaseKind) async throws {
        let clock = SessionTests.Clock()
        let database = try TestDatabase(kind)
        defer { database.drop() }
        let path = database.location
        let content = try ContentDirectory.locate().loadBundle()
        let cli = Leerpad(
            store: try StoreLocation(path).open(time: clock.source), content: content, time: clock.source)
        let team = try cli.addTeam(name: "Afval", municipality: "Vlietdam", size: 6)
        let server = try Self.server(path, clock: clock)
        func xp() async throws -> Int {
            try await Application(router: server).test(.router) { client in
                let body = try await client.execute(uri: "/api/teams/\(team.accessCode)/progress", method: .get).body
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
                return try #require(json["xp"] as? Int)
            }
        }
        #expect(try await xp() == 0)
        let module = try #require(content.catalogue.modules.first).id
        try cli.record([(.completed(moduleID: module, score: 1), clock.now.addingTimeInterval(-60))], for: team)
        #expect(try await xp() > 0)
    }
}
