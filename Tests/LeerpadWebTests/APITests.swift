import Foundation
import HTTPTypes
import LeerpadCore
import LeerpadWeb
import Testing

@Suite("JSON API")
struct APITests {
    @Test("every operation of /openapi.json exists")
    func openAPIMatchesRoutes() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        try await fixture.run { agent in
            let document = try await agent.get("/openapi.json").json()
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var operations = 0
            for (path, item) in paths {
                for method in item.keys where method != "parameters" {
                    operations += 1
                    let uri = path.replacingOccurrences(of: "{code}", with: code)
                    let page = try await agent.send(uri, method: HTTPRequest.Method(method.uppercased())!)
                    #expect(page.status != .methodNotAllowed, "\(method) \(path)")
                    if page.status == .notFound {
                        #expect(
                            !page.text.contains("does not exist") && !page.text.contains("bestaat niet"),
                            "\(method) \(path) is not routed")
                    }
                }
            }
            #expect(operations == 16)
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

    @Test("an answer sheet posted as CSV is stored and answered with scores and recommendations")
    func postAssessment() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Informatievoorziening"]!
        let csv = try String(contentsOfFile: "Scenarios/teams/sociaal-domein.csv", encoding: .utf8)
        try await fixture.run { agent in
            let page = try await agent.send(
                "/api/teams/\(team.accessCode)/assessments", method: .post, headers: [.contentType: "text/csv"],
                body: csv)
            #expect(page.status == .created)
            let result = try page.json()
            #expect((result["scores"] as? [Any])?.count == 17)
            #expect((result["recommendations"] as? [Any])?.isEmpty == false)
            #expect(result["respondents"] as? Int == 6)
        }
        #expect(try fixture.store.assessments(teamID: team.id).count == 2)
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
