import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import Testing

@testable import LeerpadWeb

/// An `hr` account sees, counts, exports and changes only its own municipality's teams — on
/// every coordinator route the router has, so that a new route cannot escape the test.
@Suite("Accounts scoped per municipality")
struct ScopeTests {
    /// Routes anyone may call (a team's code or a round's token is their key), with why.
    static let open: Set<String> = [
        "GET /", "GET /static/leerpad.css", "GET /health", "GET /t", "GET /catalogue", "GET /signin",
        "POST /signin", "POST /signout", "GET /openapi.json", "GET /api/catalogue",
        // A team's own pages and API, reached with its access code.
        "GET /t/:code", "GET /t/:code/plan", "POST /t/:code/plan", "GET /t/:code/scan",
        "GET /api/teams/:code/progress", "GET /api/teams/:code/assessments", "GET /api/teams/:code/plan",
        "POST /api/teams/:code/path",
        // A round's respondents, reached with its token.
        "GET /r/:token", "POST /r/:token", "GET /r/:token/review", "POST /r/:token/submit", "GET /r/:token/:page",
        "POST /r/:token/:page", "GET /r/:token/qr.svg", "POST /api/r/:token/responses",
        // The installation as a badge issuer, and a team's calendar feed by its access code.
        "GET /.well-known/did.json", "GET /badges/status", "POST /api/badges/verify", "GET /t/:code/agenda.ics",
        // The workshop demos.
        "GET /demos", "GET /demos/route", "GET /demos/forecast", "POST /demos/forecast", "GET /api/demos/route",
        "GET /api/demos/forecast",
    ]

    /// A second municipality with one team, its measurement, path, events and an open round.
    struct World {
        let fixture: WebFixture
        let other: Team
        let round: Round
        let module: String

        init() throws {
            fixture = try WebFixture()
            let leerpad = fixture.leerpad()
            other = try leerpad.addTeam(name: "Zeedorp Data", municipality: "Zeedorp", size: 5)
            let responses = (1...3).map { index in
                LeerpadCore.Response(respondent: "R\(index)", answers: ["q01": .likert(index + 1), "q02": .likert(2)])
            }
            try leerpad.recordAssessment(responses, for: other, source: "zeedorp.csv")
            module = fixture.content.catalogue.modules[0].id
            try leerpad.record([.started(moduleID: module)], for: other)
            round = try leerpad.openRound(for: other, instrument: "quickscan")
            try leerpad.addAccount(
                name: "hr-vlietdam", role: .hr, municipality: "Vlietdam", password: WebFixture.password)
            try leerpad.addAccount(
                name: "hr-zeedorp", role: .hr, municipality: "Zeedorp", password: WebFixture.password)
        }

        /// What is stored about the other team, to see that nothing changed.
        func footprint() throws -> String {
            let store = fixture.store
            let rounds = try store.rounds(teamID: other.id).map { "\($0.id):\($0.state.rawValue)" }
            return [
                String(try store.events(teamID: other.id).count), String(try store.assessments(teamID: other.id).count),
                rounds.joined(separator: ","), String(try store.responses(roundID: round.id).count),
                String(try store.team(accessCode: other.accessCode) != nil),
            ].joined(separator: "|")
        }

        /// The route's path with the other municipality's ids filled in.
        func uri(_ path: String) -> [String] {
            let filled = path.replacingOccurrences(of: ":code", with: other.accessCode)
                .replacingOccurrences(of: ":id", with: String(round.id))
                .replacingOccurrences(of: ":token", with: round.token)
            if filled.contains(":kind") {
                return ["csv", "xapi", "badges", "ics"].map { filled.replacingOccurrences(of: ":kind", with: $0) }
            }
            return [filled]
        }
    }

    @Test("an hr account gets nothing of another municipality on any coordinator route")
    func everyCoordinatorRoute() async throws {
        let world = try World()
        let routes = world.fixture.router.routes.map { "\($0.method) \($0.path)" }
        let coordinatorRoutes = routes.filter { !Self.open.contains($0) }
        #expect(coordinatorRoutes.count >= 15, "\(coordinatorRoutes)")
        let before = try world.footprint()
        let basic = "Basic " + Data("hr-vlietdam:\(WebFixture.password)".utf8).base64EncodedString()
        let other = world.other
        try await world.fixture.run { agent in
            try await agent.signIn(as: "hr-vlietdam")
            for route in coordinatorRoutes {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = HTTPRequest.Method(String(parts[0]))!
                for uri in world.uri(String(parts[1])) {
                    let page: Page
                    if uri.hasPrefix("/api/") {
                        let body =
                            #"{"team": "\#(other.accessCode)", "instrument": "quickscan", "activity": "started", "item": "module:\#(world.module)"}"#
                        page = try await agent.send(
                            uri, method: method,
                            headers: method == .post
                                ? [.authorization: basic, .contentType: "application/json"] : [.authorization: basic],
                            body: method == .post ? body : nil)
                    } else if method == .post && uri.hasSuffix("/import")
                        || uri == "/coordinator/catalogue" && method == .post
                    {
                        let boundary = "scope-boundary"
                        let body = [
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(agent.csrf)\r\n",
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"round\"\r\n\r\n\(world.round.id)\r\n",
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"answers\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nrespondent,q01\r\nR1,4\r\nR2,4\r\nR3,4\r\n\r\n",
                            "--\(boundary)--\r\n",
                        ].joined()
                        page = try await agent.send(
                            uri, method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                            body: body)
                    } else if method == .post {
                        page = try await agent.post(
                            uri,
                            [
                                ("team", other.accessCode), ("confirm", other.name), ("instrument", "quickscan"),
                                ("activity", "started"), ("item", "module:\(world.module)"),
                            ])
                    } else {
                        page = try await agent.get(uri)
                    }
                    #expect(!page.text.contains(other.name), "\(route) \(uri) shows the other team")
                    #expect(!page.text.contains(other.accessCode), "\(route) \(uri) shows the other team's code")
                    #expect(!page.text.contains(world.round.token), "\(route) \(uri) shows the other round")
                    #expect(page.status.code < 500, "\(route) \(uri): \(page.status)")
                    if method == .post || uri.contains(other.accessCode) || uri.contains("/\(world.round.id)") {
                        #expect(
                            [400, 403, 404].contains(page.status.code), "\(route) \(uri): \(page.status) \(page.text)")
                    }
                }
            }
        }
        #expect(try world.footprint() == before)
    }

    @Test("each hr account sees its own teams, an admin sees all, and only an admin uploads the shared catalogue")
    func ownTeams() async throws {
        let world = try World()
        try await world.fixture.run { agent in
            func teams(_ name: String) async throws -> Set<String> {
                let basic = "Basic " + Data("\(name):\(WebFixture.password)".utf8).base64EncodedString()
                let list = try await agent.get("/api/teams", headers: [.authorization: basic]).jsonArray()
                return Set(list.compactMap { $0["name"] as? String })
            }
            #expect(try await teams("hr-zeedorp") == ["Zeedorp Data"])
            #expect(try await teams("hr-vlietdam") == ["Afvalbeheer", "Informatievoorziening", "Sociaal Domein"])
            #expect(try await teams("coordinator").count == 4)
            try await agent.signIn(as: "hr-zeedorp")
            let dashboard = try await agent.get("/coordinator")
            #expect(dashboard.text.contains("Zeedorp Data"))
            #expect(dashboard.text.contains("/r/\(world.round.token)"))
            #expect(!dashboard.text.contains("Afvalbeheer"))
            #expect(!dashboard.text.contains("/coordinator/catalogue\""))
            #expect(try await agent.get("/coordinator/catalogue").status == .forbidden)
            #expect(try await agent.get("/catalogue").status == .ok)
        }
    }
}
