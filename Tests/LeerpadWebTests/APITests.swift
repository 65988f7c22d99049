import Foundation
import HTTPTypes
import LeerpadApp
import LeerpadCore
import Testing

@testable import LeerpadWeb

@Suite("JSON API")
struct APITests {
    @Test("every operation of /openapi.json exists")
    func openAPIMatchesRoutes() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        let round = try fixture.leerpad().openRound(for: fixture.teams["Afvalbeheer"]!, instrument: "quickscan")
        try await fixture.run { agent in
            let document = try await agent.get("/openapi.json").json()
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var operations = 0
            for (path, item) in paths {
                for method in item.keys where method != "parameters" {
                    operations += 1
                    let uri = path.replacingOccurrences(of: "{code}", with: code)
                        .replacingOccurrences(of: "{token}", with: round.token)
                        .replacingOccurrences(of: "{id}", with: String(round.id))
                    let page = try await agent.send(uri, method: HTTPRequest.Method(method.uppercased())!)
                    #expect(page.status != .methodNotAllowed, "\(method) \(path)")
                    if page.status == .notFound {
                        #expect(
                            !page.text.contains("does not exist") && !page.text.contains("bestaat niet"),
                            "\(method) \(path) is not routed")
                    }
                }
            }
            #expect(operations == 19)
        }
    }

    @Test("progress, plan, path and catalogue for a team")
    func teamAPI() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Sociaal Domein"]!
        try await fixture.run { agent in
            let progress = try await agent.get("/api/teams/\(team.accessCode)/progress").json()
            #expect(progress["team"] as? String == "Sociaal Domein")
            #expect((progress["xp"] as? Int ?? 0) > 0)
            #expect((progress["scores"] as? [Any])?.count == 17)
            #expect((progress["path"] as? [Any])?.isEmpty == false)
            let plan = try await agent.get(
                "/api/teams/\(team.accessCode)/plan?budget=8000&hours=40&weeks=52&start=2027-01-04"
            ).json()
            let steps = try #require(plan["steps"] as? [[String: Any]])
            #expect(!steps.isEmpty)
            #expect((plan["totalCost"] as? Double ?? 1e9) <= 8000)
            let accepted = try await agent.send(
                "/api/teams/\(team.accessCode)/path?budget=8000&hours=40&weeks=52&start=2027-01-04", method: .post)
            #expect(accepted.status == .created)
            #expect(try fixture.store.latestPath(teamID: team.id)?.budgetCents == 800_000)
            let workshops = try await agent.get("/api/catalogue?format=workshop").jsonArray()
            #expect(!workshops.isEmpty)
            #expect(workshops.allSatisfy { $0["format"] as? String == "workshop" })
        }
    }

    @Test("round responses through the API: 201, 404 for an unknown token, 422 naming the field, 409 once closed")
    func roundResponses() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Informatievoorziening"]!
        let before = try fixture.store.assessments(teamID: team.id).count
        let round = try fixture.leerpad().openRound(for: team, instrument: "quickscan")
        let statements = try #require(fixture.content.model.questionnaires.first { $0.id == "quickscan" }).statements
        @Sendable func body(_ value: Int, role: String = "beleid", drop: String? = nil, extra: String = "") -> String {
            let answers = statements.filter { $0.id != drop }.enumerated().map { index, statement in
                index == 2 ? "\"\(statement.id)\": \"weet niet\"" : "\"\(statement.id)\": \((index + value) % 5 + 1)"
            }
            return
                #"{"role": "\#(role)", "answers": {\#((answers + (extra.isEmpty ? [] : [extra])).joined(separator: ", "))}}"#
        }
        let json: HTTPFields = [.contentType: "application/json"]
        let basic = "Basic " + Data("coordinator:\(WebFixture.password)".utf8).base64EncodedString()
        try await fixture.run { agent in
            let unknown = try await agent.send("/api/r/onbekend/responses", method: .post, headers: json, body: body(1))
            #expect(unknown.status == .notFound)
            let missing = try await agent.send(
                "/api/r/\(round.token)/responses", method: .post, headers: json, body: body(1, drop: "q05"))
            #expect(missing.status == .unprocessableContent)
            #expect(try missing.json()["field"] as? String == "answers.q05")
            let stranger = try await agent.send(
                "/api/r/\(round.token)/responses", method: .post, headers: json, body: body(1, extra: #""f01a": 3"#))
            #expect(stranger.status == .unprocessableContent)
            #expect(try stranger.json()["field"] as? String == "answers.f01a")
            let badRole = try await agent.send(
                "/api/r/\(round.token)/responses", method: .post, headers: json, body: body(1, role: "wethouder"))
            #expect(badRole.status == .unprocessableContent)
            #expect(try badRole.json()["field"] as? String == "role")
            for value in 1...3 {
                let accepted = try await agent.send(
                    "/api/r/\(round.token)/responses", method: .post, headers: json, body: body(value))
                #expect(accepted.status == .created)
                #expect(try accepted.json()["responses"] as? Int == value)
            }
            // Nothing is a measurement, nor earns anything, before the round is closed.
            #expect(try fixture.store.assessments(teamID: team.id).count == before)
            let closed = try await agent.send(
                "/api/rounds/\(round.id)/close", method: .post, headers: [.authorization: basic])
            #expect(closed.status == .ok)
            #expect(try closed.json()["respondents"] as? Int == 3)
            let late = try await agent.send(
                "/api/r/\(round.token)/responses", method: .post, headers: json, body: body(4))
            #expect(late.status == .conflict)
            let rounds = try await agent.get("/api/rounds", headers: [.authorization: basic]).jsonArray()
            #expect(rounds.first { $0["id"] as? Int == Int(round.id) }?["state"] as? String == "closed")
        }
        #expect(try fixture.store.assessments(teamID: team.id).count == before + 1)
    }

    @Test("a round below its minimum cannot be closed; a second open round for a team is refused")
    func roundMinimum() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Afvalbeheer"]!
        let basic = "Basic " + Data("coordinator:\(WebFixture.password)".utf8).base64EncodedString()
        try await fixture.run { agent in
            let opened = try await agent.send(
                "/api/rounds", method: .post, headers: [.contentType: "application/json", .authorization: basic],
                body: #"{"team": "\#(team.accessCode)", "instrument": "quickscan", "minimum": 4}"#)
            #expect(opened.status == .created)
            let id = try #require(try opened.json()["id"] as? Int)
            #expect((try opened.json()["path"] as? String)?.hasPrefix("/r/") == true)
            let again = try await agent.send(
                "/api/rounds", method: .post, headers: [.contentType: "application/json", .authorization: basic],
                body: #"{"team": "\#(team.accessCode)", "instrument": "quickscan"}"#)
            #expect(again.status == .conflict)
            let tooSmall = try await agent.send(
                "/api/rounds", method: .post, headers: [.contentType: "application/json", .authorization: basic],
                body: #"{"team": "\#(fixture.code("Sociaal Domein"))", "instrument": "quickscan", "minimum": 2}"#)
            #expect(tooSmall.status == .badRequest)
            #expect(try tooSmall.json()["field"] as? String == "minimumRespondents")
            let close = try await agent.send("/api/rounds/\(id)/close", method: .post, headers: [.authorization: basic])
            #expect(close.status == .conflict)
            #expect((try close.json()["error"] as? String)?.contains("minstens 4") == true)
        }
    }

    @Test("the coordinator's demand and team list, with a session or HTTP Basic")
    func coordinatorAPI() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let basic = "Basic " + Data("coordinator:\(WebFixture.password)".utf8).base64EncodedString()
            let demand = try await agent.get("/api/demand", headers: [.authorization: basic]).jsonArray()
            #expect(!demand.isEmpty)
            #expect(demand.allSatisfy { ($0["people"] as? Int ?? 0) > 0 })
            let wrong = try await agent.get(
                "/api/demand", headers: [.authorization: "Basic " + Data("coordinator:nope".utf8).base64EncodedString()]
            )
            #expect(wrong.status == .unauthorized)
            try await agent.signIn()
            let teams = try await agent.get("/api/teams").jsonArray()
            #expect(teams.count == 3)
        }
    }

    @Test("a completed module recorded through the API raises the team's XP")
    func recordProgress() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Informatievoorziening"]!
        let module = try #require(try fixture.store.latestPath(teamID: team.id)?.steps.last?.moduleID)
        try await fixture.run { agent in
            let before = try await agent.get("/api/teams/\(team.accessCode)/progress").json()["xp"] as? Int ?? 0
            let basic = "Basic " + Data("coordinator:\(WebFixture.password)".utf8).base64EncodedString()
            let body = #"{"team":"\#(team.accessCode)","activity":"completed","item":"module:\#(module)","score":1}"#
            let recorded = try await agent.send(
                "/api/coordinator/progress", method: .post,
                headers: [.contentType: "application/json", .authorization: basic], body: body)
            #expect(recorded.status == .created)
            let after = try await agent.get("/api/teams/\(team.accessCode)/progress").json()["xp"] as? Int ?? 0
            #expect(after > before)
            let invalid = try await agent.send(
                "/api/coordinator/progress", method: .post,
                headers: [.contentType: "application/json", .authorization: basic],
                body: #"{"team":"\#(team.accessCode)","activity":"completed","item":"module:nope"}"#)
            #expect(invalid.status == .badRequest)
            #expect(try invalid.json()["field"] as? String == "item")
            let broken = try await agent.send(
                "/api/coordinator/progress", method: .post,
                headers: [.contentType: "application/json", .authorization: basic], body: "{")
            #expect(broken.status == .badRequest)
        }
    }
}
