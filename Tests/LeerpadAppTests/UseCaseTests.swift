import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore
import Testing

@Suite("Use cases on a real SQLite file with a pinned clock")
struct UseCaseTests {
    @Test("a measurement is stored at the clock's now and recommends; the team's report sorts its assessments")
    func measurement() throws {
        let fixture = try AppFixture()
        let app = fixture.leerpad
        let team = try app.addTeam(name: "Afvalbeheer", municipality: "Vlietdam", size: 7)
        let later = try app.recordAssessment(
            try AppFixture.responses("afvalbeheer-2027.csv"), for: team, source: "2027.csv")
        let earlier = try app.recordAssessment(
            try AppFixture.responses("afvalbeheer.csv"), for: team, source: "2026.csv",
            takenAt: AppFixture.now.addingTimeInterval(-200 * 86_400))
        #expect(later.stored.takenAt == AppFixture.now)
        #expect(later.previous == nil)
        #expect(!later.recommendations.modules.isEmpty)
        #expect(earlier.previous != nil)
        let report = try app.report(for: team)
        #expect(report.assessments.map(\.id) == [earlier.stored.id, later.stored.id])
        #expect(report.latest?.subdimensions.map(\.score) == later.assessment.subdimensions.map(\.score))
    }

    @Test("answers without one answered statement are no measurement and store nothing")
    func emptyMeasurement() throws {
        let fixture = try AppFixture()
        let app = fixture.leerpad
        let team = try app.addTeam(name: "Leeg", municipality: "Vlietdam", size: 3)
        let unanswered = [Response(respondent: "r1", answers: ["q01": .dontKnow])]
        #expect(throws: AppError.self) { try app.recordAssessment(unanswered, for: team, source: "leeg.csv") }
        #expect(throws: AppError.self) { try app.recordAssessment([], for: team, source: "leeg.csv") }
        #expect(try app.report(for: team).assessments.isEmpty)
        #expect(try app.report(for: team).progress.state.xp == 0)
    }

    @Test("planning needs a measurement; an empty plan is not accepted; an accepted path is the team's")
    func planAndAccept() throws {
        let fixture = try AppFixture()
        let app = fixture.leerpad
        let team = try app.addTeam(name: "Afvalbeheer", municipality: "Vlietdam", size: 7)
        let input = PlanInput.suggested(teamSize: team.size, today: app.time.today())
        #expect(input.start == "2027-03-08")
        do {
            _ = try app.plan(for: team, input: input)
            Issue.record("planned without a measurement")
        } catch {
            guard case .noAssessment = error else { throw error }
        }
        _ = try app.recordAssessment(try AppFixture.responses("afvalbeheer.csv"), for: team, source: "a.csv")
        var nothing = input
        nothing.budget = "0"
        nothing.hours = "0"
        let empty = try app.plan(for: team, input: nothing)
        #expect(empty.steps.isEmpty)
        #expect(throws: AppError.self) { try app.accept(empty, for: team) }
        let path = try app.plan(for: team, input: input)
        #expect(!path.steps.isEmpty)
        try app.accept(path, for: team)
        #expect(try app.report(for: team).path == AcceptedPath(path))
    }

    @Test("a typed progress record is checked before anything is written")
    func progressRecord() throws {
        let fixture = try AppFixture()
        let app = fixture.leerpad
        let team = try app.addTeam(name: "Afvalbeheer", municipality: "Vlietdam", size: 7)
        let module = try #require(AppFixture.content.catalogue.modules.first).id
        for bad in [
            ProgressRecordInput(activity: "completed", item: "module:nope"),
            ProgressRecordInput(activity: "completed", item: "module:\(module)", score: "1,5"),
            ProgressRecordInput(activity: "started", item: "module:\(module)", score: "0,5"),
            ProgressRecordInput(activity: "tried", item: "module:\(module)"),
            ProgressRecordInput(activity: "finished", item: module),
        ] {
            #expect(throws: AppError.self) { try app.record(bad, for: team) }
        }
        #expect(try app.report(for: team).events.isEmpty)
        let events = try app.record(
            ProgressRecordInput(activity: "completed", item: "module:\(module)", score: "0,8"), for: team)
        #expect(events.map(\.activity) == [.completed(moduleID: module, score: 0.8)])
        #expect(events[0].occurredAt == AppFixture.now)
    }

    @Test("the same seed draws the same access codes; the sample municipality seeds through the use cases")
    func reproducible() throws {
        let first = try AppFixture(seed: 11)
        let second = try AppFixture(seed: 11)
        let scenarios = AppFixture.repository.appendingPathComponent("Scenarios/teams")
        let a = try SampleMunicipality.seed(into: first.leerpad, teamsDirectory: scenarios)
        let b = try SampleMunicipality.seed(into: second.leerpad, teamsDirectory: scenarios)
        #expect(a.map(\.accessCode) == b.map(\.accessCode))
        #expect(a.map(\.name) == SampleMunicipality.teamNames)
        #expect(try SampleMunicipality.seed(into: first.leerpad, teamsDirectory: scenarios).isEmpty)
        let reports = try first.leerpad.reports()
        #expect(reports.allSatisfy { $0.path != nil && !$0.events.isEmpty })
        let board = try first.leerpad.leaderboard()
        #expect(board.map(\.rank) == Array(1...3))
        #expect(!first.leerpad.demand(of: reports).isEmpty)
    }
}
