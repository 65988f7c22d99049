import Foundation
import HTTPTypes
import LeerpadTestSupport
import Testing

@testable import LeerpadWeb

/// Every page, in Dutch and English, on a pinned clock and seed: a change to what a user sees is
/// a reviewed diff of `Snapshots/`.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let snapshot = Snapshot(besides: #filePath)

    @Test("every page renders as recorded", arguments: ["nl", "en"])
    func pages(language: String) async throws {
        let fixture = try WebFixture.pinned()
        let code = fixture.code("Afvalbeheer")
        let headers: HTTPFields = [.acceptLanguage: language]
        try await fixture.run { agent in
            func record(_ name: String, _ page: Page, status: HTTPResponse.Status = .ok) throws {
                #expect(page.status == status, "\(name): \(page.status)")
                try Self.snapshot.assert(page.text, named: "\(name).\(language).html")
            }
            try record("home", try await agent.get("/", headers: headers))
            try record("catalogue", try await agent.get("/catalogue?format=workshop", headers: headers))
            try record("signin", try await agent.get("/signin", headers: headers))
            try record("not-found", try await agent.get("/nergens", headers: headers), status: .notFound)
            try record("team", try await agent.get("/t/\(code)", headers: headers))
            try record("plan-form", try await agent.get("/t/\(code)/plan", headers: headers))
            let query = "budget=9000&hours=40&weeks=52&teamSize=5&start=2027-03-08&format=e-learning&format=workshop"
            try record("plan-result", try await agent.get("/t/\(code)/plan?\(query)", headers: headers))
            try record(
                "plan-refused",
                try await agent.get(
                    "/t/\(code)/plan?budget=15.000&hours=veel&weeks=0&teamSize=5&start=2027-03-08", headers: headers),
                status: .badRequest)
            try record("scan-no-round", try await agent.get("/t/\(code)/scan", headers: headers))
            let leerpad = fixture.leerpad()
            let round = try leerpad.openRound(for: try #require(fixture.teams["Afvalbeheer"]), instrument: "quickscan")
            try record("scan-start", try await agent.get("/r/\(round.token)", headers: headers))
            try await agent.post("/r/\(round.token)", [("role", "beleid")], headers: headers)
            try record("scan-page", try await agent.get("/r/\(round.token)/1", headers: headers))
            let model = fixture.content.model
            let quickscan = try #require(model.questionnaires.first { $0.id == "quickscan" })
            for (index, page) in QuestionnaireSteps(quickscan, model: model).pages.enumerated() {
                try await agent.post(
                    "/r/\(round.token)/\(index + 1)", page.statements.map { ($0.id, "4") }, headers: headers)
            }
            try record("scan-review", try await agent.get("/r/\(round.token)/review", headers: headers))
            try record("scan-thanks", try await agent.post("/r/\(round.token)/submit", [], headers: headers))
            try leerpad.cancelRound(round)
            try await agent.signIn()
            try record("dashboard", try await agent.get("/coordinator", headers: headers))
            try record("catalogue-upload", try await agent.get("/coordinator/catalogue", headers: headers))
            try record("demos", try await agent.get("/demos", headers: headers))
            try record(
                "demo-route",
                try await agent.get(
                    "/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60", headers: headers))
            try record(
                "demo-forecast",
                try await agent.get(
                    "/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=theta", headers: headers))
        }
    }
}
