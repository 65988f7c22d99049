import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import Testing

@Suite("Rounds and measurements that count")
struct RoundUseCaseTests {
    @Test("a round's result is hidden until it closes; closing scores exactly like the same answer sheet")
    func closeScoresLikeSheet() throws {
        let fixture = try AppFixture()
        let leerpad = fixture.leerpad
        let team = try leerpad.addTeam(name: "Wijk", municipality: "Vlietdam", size: 8)
        let round = try leerpad.openRound(
            for: team, instrument: "fullscan", closes: CalendarDate(iso8601: "2027-03-10"))
        #expect(round.token.count >= 16)
        let sheet = Array(try AppFixture.responses("afvalbeheer.csv").prefix(4))
        let questionnaire = try leerpad.questionnaire(of: round)
        for response in sheet {
            // Complete each sheet for the web's rule: every statement answered.
            var answers = response.answers
            for statement in questionnaire.statements where answers[statement.id] == nil {
                answers[statement.id] = .dontKnow
            }
            try leerpad.respond(
                to: round, role: "beleid",
                answers: answers.filter { key, _ in
                    questionnaire.statements.contains { $0.id == key }
                })
        }
        let status = try leerpad.status(of: round)
        #expect(status.submitted == 4 && status.assessment == nil && status.roles == ["beleid": 4])
        let outcome = try leerpad.closeRound(round)
        let stored = try #require(try leerpad.store.assessments(teamID: team.id).last)
        #expect(outcome.assessment == leerpad.advisor.score(stored.responses))
        #expect(try leerpad.status(of: leerpad.round(id: round.id)).assessment == outcome.assessment)
        #expect(throws: AppError.self) {
            try leerpad.respond(to: try leerpad.round(id: round.id), role: nil, answers: [:])
        }
    }

    @Test("a round opens only with a known instrument, a sane minimum, a future date, and one at a time")
    func openingRefusals() throws {
        let fixture = try AppFixture()
        let leerpad = fixture.leerpad
        let team = try leerpad.addTeam(name: "Klein", municipality: "Vlietdam", size: 4)
        #expect(throws: AppError.self) { try leerpad.openRound(for: team, instrument: "nope") }
        #expect(throws: AppError.self) { try leerpad.openRound(for: team, instrument: "quickscan", minimum: 2) }
        #expect(throws: AppError.self) { try leerpad.openRound(for: team, instrument: "quickscan", minimum: 5) }
        #expect(throws: AppError.self) {
            try leerpad.openRound(for: team, instrument: "quickscan", closes: CalendarDate(iso8601: "2027-02-01"))
        }
        _ = try leerpad.openRound(for: team, instrument: "quickscan")
        #expect(throws: AppError.self) { try leerpad.openRound(for: team, instrument: "fullscan") }
    }

    @Test("a measurement below the minimum (kept from before rounds) is shown but counts for nothing")
    func thinMeasurementCountsForNothing() throws {
        let fixture = try AppFixture()
        let leerpad = fixture.leerpad
        let team = try leerpad.addTeam(name: "Oud", municipality: "Vlietdam", size: 6)
        // An old one-person web scan, stored as the store did before rounds.
        let one = [Response(respondent: "web", answers: ["q01": .likert(5), "q02": .likert(5)])]
        _ = try leerpad.store.saveAssessment(
            teamID: team.id, takenAt: AppFixture.now.addingTimeInterval(-86_400), source: "web:quickscan",
            modelVersion: "1", responses: one)
        let report = try leerpad.report(for: team)
        #expect(report.assessments.count == 1)
        #expect(report.assessments[0].isValid == false)
        #expect(report.latest == nil)
        #expect(report.progress.state.xp == 0)
        #expect(report.progress.assessments == 0)
        #expect(leerpad.demand(of: [report]).isEmpty)
        #expect(throws: AppError.self) {
            try leerpad.plan(for: team, input: PlanInput.suggested(teamSize: 6, today: leerpad.time.today()))
        }
    }

    @Test("a closing date passed closes a round that has its minimum at the next access")
    func closesOnAccess() throws {
        let fixture = try AppFixture()
        let team = try fixture.leerpad.addTeam(name: "Laat", municipality: "Vlietdam", size: 5)
        let round = try fixture.leerpad.openRound(
            for: team, instrument: "quickscan", closes: CalendarDate(iso8601: "2027-03-01"))
        let answers = Dictionary(
            uniqueKeysWithValues: try fixture.leerpad.questionnaire(of: round).statements.map {
                ($0.id, Answer.likert(3))
            })
        for _ in 0..<3 { try fixture.leerpad.respond(to: round, role: nil, answers: answers) }
        var later = fixture.leerpad
        later.time = .fixed(AppFixture.now.addingTimeInterval(2 * 86_400))
        #expect(throws: AppError.self) { try later.respond(to: round, role: nil, answers: answers) }
        let seen = try later.round(token: round.token)
        #expect(seen.state == .closed)
        #expect(try later.report(for: team).latest != nil)
    }
}
