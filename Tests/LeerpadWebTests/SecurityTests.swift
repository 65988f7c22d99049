import Foundation
import HTTPTypes
import LeerpadCore
import LeerpadStore
import LeerpadWeb
import Testing

@Suite("Security")
struct SecurityTests {
    @Test("a team's code never shows another team's access code, assessments or path")
    func crossTeamRead() async throws {
        let fixture = try WebFixture()
        let afval = fixture.code("Afvalbeheer")
        let others = ["Sociaal Domein", "Informatievoorziening"].map(fixture.code)
        try await fixture.run { agent in
            for uri in [
                "/t/\(afval)", "/t/\(afval)/plan", "/t/\(afval)/scan", "/api/teams/\(afval)/progress",
                "/api/teams/\(afval)/assessments",
            ] {
                let page = try await agent.get(uri)
                #expect(page.status == .ok, "\(uri)")
                for code in others { #expect(!page.text.contains(code), "\(uri) shows another team's code") }
            }
            let progress = try await agent.get("/api/teams/\(afval)/progress").json()
            #expect(progress["team"] as? String == "Afvalbeheer")
            let assessments = try await agent.get("/api/teams/\(afval)/assessments").jsonArray()
            #expect(assessments.count == 2)
        }
    }

    @Test("a team's code never changes another team's data")
    func crossTeamWrite() async throws {
        let fixture = try WebFixture()
        let afval = fixture.teams["Afvalbeheer"]!
        let sociaal = fixture.teams["Sociaal Domein"]!
        let before = try fixture.store.assessments(teamID: sociaal.id).count
        let pathBefore = try fixture.store.latestPath(teamID: sociaal.id)
        let csv = try String(contentsOfFile: "Scenarios/teams/informatievoorziening.csv", encoding: .utf8)
        try await fixture.run { agent in
            // An access code no longer creates a measurement: that takes a round.
            let posted = try await agent.send(
                "/api/teams/\(afval.accessCode)/assessments", method: .post, headers: [.contentType: "text/csv"],
                body: csv)
            #expect(posted.status == .notFound || posted.status == .methodNotAllowed)
            try await agent.get("/t/\(afval.accessCode)/plan")
            let accepted = try await agent.post(
                "/t/\(afval.accessCode)/plan",
                [("budget", "5000"), ("hours", "20"), ("weeks", "30"), ("teamSize", "7"), ("start", "2027-01-04")])
            #expect(accepted.status == .seeOther)
        }
        #expect(try fixture.store.assessments(teamID: sociaal.id).count == before)
        #expect(try fixture.store.latestPath(teamID: sociaal.id) == pathBefore)
        #expect(try fixture.store.assessments(teamID: afval.id).count == 2)
    }

    @Test("a respondent's draft belongs to one round: its cookie is not read in another round")
    func draftIsolation() async throws {
        let fixture = try WebFixture()
        let leerpad = fixture.leerpad()
        let first = try leerpad.openRound(for: fixture.teams["Afvalbeheer"]!, instrument: "quickscan")
        let second = try leerpad.openRound(for: fixture.teams["Sociaal Domein"]!, instrument: "quickscan")
        try await fixture.run { agent in
            try await agent.get("/r/\(first.token)")
            let begun = try await agent.post("/r/\(first.token)", [("role", "")])
            #expect(
                begun.setCookies.contains {
                    $0.hasPrefix("leerpad_response_\(first.id)=") && $0.contains("Path=/r/\(first.token)")
                })
            // Even when a client sends the first round's cookie under the second's name, it is not used.
            let key = try #require(agent.cookies["leerpad_response_\(first.id)"])
            let other = try await agent.get(
                "/r/\(second.token)/1", headers: [.cookie: "leerpad_response_\(second.id)=\(key)"])
            #expect(other.status == .conflict)
        }
    }

    @Test(
        "coordinator pages and APIs refuse teams and strangers",
        arguments: [
            "/coordinator/export/csv", "/coordinator/export/xapi", "/api/demand", "/api/teams",
        ])
    func coordinatorOnly(uri: String) async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        try await fixture.run { agent in
            try await agent.get("/t/\(code)")
            let page = try await agent.get(uri)
            #expect(page.status == .unauthorized)
            #expect(!page.text.contains(code))
        }
    }

    @Test("the dashboard sends strangers to the sign-in page")
    func dashboardNeedsSignIn() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let page = try await agent.get("/coordinator")
            #expect(page.status == .found)
            #expect(page.headers[.location] == "/signin")
        }
    }

    @Test("sign-in: wrong password 401, right one a HttpOnly SameSite=Lax session; Secure behind TLS")
    func signIn() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            try await agent.get("/signin")
            let wrong = try await agent.post("/signin", [("name", "coordinator"), ("password", "nope")])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("Naam of wachtwoord klopt niet."))
            let right = try await agent.post("/signin", [("name", "coordinator"), ("password", WebFixture.password)])
            #expect(right.status == .found)
            let session = try #require(right.setCookies.first { $0.hasPrefix("leerpad_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            #expect(!session.contains("Secure"))
            let dashboard = try await agent.get("/coordinator")
            #expect(dashboard.status == .ok)
            let signedOut = try await agent.post("/signout", [])
            #expect(signedOut.status == .found)
            #expect(try await agent.get("/coordinator").status == .found)
        }
        try await fixture.run { agent in
            let tls: HTTPFields = [HTTPField.Name("X-Forwarded-Proto")!: "https"]
            try await agent.get("/signin", headers: tls)
            let right = try await agent.post(
                "/signin", [("name", "coordinator"), ("password", WebFixture.password)], headers: tls)
            let session = try #require(right.setCookies.first { $0.hasPrefix("leerpad_session=") })
            #expect(session.contains("Secure"))
        }
    }

    @Test("sign-in attempts are limited to 5 per minute per address and name")
    func rateLimit() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            try await agent.get("/signin")
            for _ in 0..<5 {
                #expect(
                    try await agent.post("/signin", [("name", "coordinator"), ("password", "guess")]).status
                        == .unauthorized)
            }
            let limited = try await agent.post("/signin", [("name", "coordinator"), ("password", WebFixture.password)])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.text.contains("Te veel pogingen"))
        }
    }

    @Test("every form POST needs the CSRF token of its cookie", arguments: ["missing", "forged", "no cookie"])
    func csrf(variant: String) async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        try await fixture.run { agent in
            try await agent.get("/t/\(code)/plan")
            let fields = [
                ("budget", "5000"), ("hours", "20"), ("weeks", "30"), ("teamSize", "7"), ("start", "2027-01-04"),
            ]
            let page: Page
            switch variant {
            case "missing": page = try await agent.post("/t/\(code)/plan", fields, csrf: "")
            case "forged":
                page = try await agent.post("/t/\(code)/plan", fields, csrf: String(repeating: "a", count: 64))
            default:
                let token = agent.csrf
                agent.cookies = [:]
                page = try await agent.post("/t/\(code)/plan", fields, csrf: token)
            }
            #expect(page.status == .forbidden)
            #expect(page.text.contains("CSRF"))
            let round = try fixture.leerpad().openRound(for: fixture.teams["Afvalbeheer"]!, instrument: "quickscan")
            for uri in [
                "/signin", "/r/\(round.token)", "/r/\(round.token)/1", "/r/\(round.token)/submit",
            ] {
                #expect(try await agent.post(uri, [("name", "x")], csrf: "").status == .forbidden, "\(uri)")
            }
        }
    }

    @Test("the coordinator API needs X-CSRF-Token with a session cookie")
    func apiCSRF() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        let module = fixture.content.catalogue.modules[0].id
        let body = #"{"team":"\#(code)","activity":"started","item":"module:\#(module)"}"#
        try await fixture.run { agent in
            try await agent.signIn()
            let refused = try await agent.send(
                "/api/coordinator/progress", method: .post, headers: [.contentType: "application/json"], body: body)
            #expect(refused.status == .forbidden)
            #expect(try refused.json()["field"] as? String == "X-CSRF-Token")
            let accepted = try await agent.send(
                "/api/coordinator/progress", method: .post,
                headers: [.contentType: "application/json", HTTPField.Name("X-CSRF-Token")!: agent.csrf], body: body)
            #expect(accepted.status == .created)
        }
    }

    @Test("forged, oversized and malformed requests get a 4xx with a message")
    func badRequests() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        try await fixture.run { agent in
            let round = try fixture.leerpad().openRound(for: fixture.teams["Afvalbeheer"]!, instrument: "quickscan")
            let responses = "/api/r/\(round.token)/responses"
            let huge = String(repeating: "x", count: 3 << 20)
            let oversized = try await agent.send(
                responses, method: .post, headers: [.contentType: "application/json"], body: huge)
            #expect(oversized.status == .contentTooLarge)
            #expect(try oversized.json()["error"] is String)
            let malformed = try await agent.send(
                responses, method: .post, headers: [.contentType: "application/json"],
                body: #"{"answers": {"q01": 7}}"#)
            #expect(malformed.status == .unprocessableContent)
            let error = try malformed.json()
            #expect((error["error"] as? String)?.contains("7") == true)
            #expect(error["field"] as? String == "answers.q01")
            let binary = try await agent.send(
                responses, method: .post, headers: [.contentType: "application/json"], body: "{\u{0}\u{1}")
            #expect(binary.status == .badRequest)
            let wrongType = try await agent.send(
                responses, method: .post, headers: [.contentType: "text/csv"], body: "respondent,q01")
            #expect(wrongType.status == .unsupportedMediaType)
            let badPlan = try await agent.get("/api/teams/\(code)/plan?budget=99999999999999999999999&hours=nan")
            #expect(badPlan.status == .badRequest)
            #expect(try badPlan.json()["field"] as? String == "budget")
            let unknownTeam = try await agent.get("/api/teams/NOPE/progress")
            #expect(unknownTeam.status == .notFound)
            #expect(try unknownTeam.json()["field"] is NSNull)
            try await agent.get("/t/\(code)/plan")
            let badEncoding = try await agent.send(
                "/t/\(code)/plan", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: "budget=%ZZ&csrf=\(agent.csrf)")
            #expect(badEncoding.status == .badRequest)
            #expect(
                badEncoding.text.contains("Het formulier is niet goed gecodeerd"), "the message is Dutch by default")
            let bigForm = try await agent.post("/t/\(code)/plan", [("budget", String(repeating: "9", count: 100_000))])
            #expect(bigForm.status == .contentTooLarge)
            try await agent.post("/r/\(round.token)", [("role", "")])
            let step = try await agent.get("/r/\(round.token)/99")
            #expect(step.status == .notFound)
            let forgedRole = try await agent.post("/r/\(round.token)", [("role", "<script>")])
            #expect(forgedRole.status == .unprocessableContent)
            #expect(!forgedRole.text.contains("<script>"))
        }
    }
}
