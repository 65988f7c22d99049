import Foundation
import LeerpadCore
import Testing

@Suite("The game: XP, levels, badges and streaks from the progress log")
struct GameEngineTests {
    static let monday = Date(timeIntervalSince1970: 1_799_020_800)  // 2027-01-04, a Monday

    static let settings = GameSettings(
        levels: GameSettings.geometricThresholds(levels: 10, base: 120, coefficient: 1.3).enumerated().map {
            TeamLevel(number: $0.offset + 1, minimumXP: $0.element, name: LocalizedText(dutch: "L", english: "L"))
        },
        startedXP: 10, completedXP: 100, scoreBonusXP: 50, triedXP: 40, assessedXP: 50, levelRaisedXP: 250,
        badges: [
            BadgeDefinition(
                id: "first", name: ModelFixture.text("First"), description: ModelFixture.text(""),
                criterion: .modulesCompleted(1)),
            BadgeDefinition(
                id: "streak", name: ModelFixture.text("Streak"), description: ModelFixture.text(""),
                criterion: .streak(weeks: 3)),
            BadgeDefinition(
                id: "raised", name: ModelFixture.text("Raised"), description: ModelFixture.text(""),
                criterion: .subdimensionRaised(levels: 1)),
            BadgeDefinition(
                id: "demos", name: ModelFixture.text("Demos"), description: ModelFixture.text(""),
                criterion: .allDemosTried),
            BadgeDefinition(
                id: "second-done", name: ModelFixture.text("Second"), description: ModelFixture.text(""),
                criterion: .dimensionPathComplete(dimensionID: "second")),
            BadgeDefinition(
                id: "path", name: ModelFixture.text("Path"), description: ModelFixture.text(""),
                criterion: .pathComplete),
        ])

    static let context: GameEngine.Context = {
        func module(_ id: String, _ subdimension: String) -> TrainingModule {
            TrainingModule(
                id: id, providerID: "p", title: ModelFixture.text(id), description: ModelFixture.text(""),
                raises: [LevelTarget(subdimensionID: subdimension, level: 3)], format: .workshop, hoursPerPerson: 2,
                costPerPerson: .zero, maxGroupSize: 10)
        }
        return GameEngine.Context(
            settings: settings, model: ModelFixture.model,
            catalogue: Catalogue(generated: "", providers: [], modules: [module("a", "alpha"), module("g", "gamma")]),
            useCases: [
                UseCase(
                    id: "routes", level: 2, demo: .route, title: ModelFixture.text(""),
                    description: ModelFixture.text(""),
                    subdimensionIDs: []),
                UseCase(
                    id: "wmo", level: 2, demo: .forecast, title: ModelFixture.text(""),
                    description: ModelFixture.text(""),
                    subdimensionIDs: []),
            ])
    }()

    func event(_ id: Int64, _ activity: ProgressActivity, day: Int) -> ProgressEvent {
        ProgressEvent(id: id, activity: activity, occurredAt: Self.monday.addingTimeInterval(Double(day) * 86_400))
    }

    func state(_ events: [ProgressEvent], assessments: [RecordedAssessment] = [], path: [String] = [], nowDay: Int = 0)
        -> TeamState
    {
        GameEngine.state(
            events: events, assessments: assessments, pathModuleIDs: path, context: Self.context,
            now: Self.monday.addingTimeInterval(Double(nowDay) * 86_400))
    }

    @Test("the default levels are Moodle Level Up XP's: base 120, coefficient 1.3")
    func moodleThresholds() {
        #expect(
            GameSettings.geometricThresholds(levels: 10, base: 120, coefficient: 1.3)
                == [0, 120, 276, 479, 743, 1086, 1532, 2112, 2866, 3846])
        #expect(Self.settings.level(for: 275).number == 2)
        #expect(Self.settings.level(for: 276).number == 3)
        #expect(Self.settings.level(for: 100_000).number == 10)
    }

    @Test("each activity is rewarded once: repeating or toggling earns nothing")
    func onceOnly() {
        let result = state([
            event(1, .started(moduleID: "a"), day: 0),
            event(2, .completed(moduleID: "a", score: 1), day: 1),
            event(3, .completed(moduleID: "a", score: 1), day: 2),
            event(4, .started(moduleID: "a"), day: 3),
            event(5, .completed(moduleID: "a", score: nil), day: 4),
            event(6, .triedUseCase("routes"), day: 5),
            event(7, .triedUseCase("routes"), day: 6),
        ])
        #expect(result.xp == 10 + 150 + 40)
        #expect(result.ledger.map(\.points) == [10, 150, 0, 0, 0, 40, 0])
        #expect(result.ledger[2].reason.hasPrefix("already rewarded"))
        #expect(result.lastGainAt == Self.monday.addingTimeInterval(5 * 86_400))
    }

    @Test("a correction revokes an event without deleting it; the activity may then be rewarded again")
    func corrections() {
        let result = state([
            event(1, .completed(moduleID: "a", score: nil), day: 0),
            event(2, .correction(revokedEventID: 1, note: "wrong team"), day: 1),
            event(3, .completed(moduleID: "a", score: nil), day: 2),
        ])
        #expect(result.xp == 100)
        #expect(result.events == 3)
        #expect(result.ledger.map(\.points) == [0, 0, 100])
        #expect(result.badges.map(\.eventID) == [3])
    }

    func recorded(_ id: Int64, day: Int, _ answers: [String: Int], valid: Bool = true) -> RecordedAssessment {
        RecordedAssessment(
            id: id, takenAt: Self.monday.addingTimeInterval(Double(day) * 86_400),
            assessment: AssessmentScoring.score([ModelFixture.response("R1", answers)], model: ModelFixture.model),
            respondents: valid ? 3 : 1, isValid: valid)
    }

    @Test("a measurement that is not valid (one sheet) earns nothing and raises no level")
    func invalidMeasurementEarnsNothing() {
        let assessments = [
            recorded(10, day: 0, ["q1": 2, "q2": 3, "q3": 1]),
            recorded(11, day: 30, ["q1": 5, "q2": 5, "q3": 5], valid: false),
            recorded(12, day: 60, ["q1": 2, "q2": 3, "q3": 1]),
        ]
        let result = state(
            [
                event(1, .assessed(assessmentID: 10), day: 0), event(2, .assessed(assessmentID: 11), day: 30),
                event(3, .assessed(assessmentID: 12), day: 60),
            ],
            assessments: assessments)
        #expect(result.ledger.map(\.points) == [50, 0, 50])
        #expect(result.ledger[1].reason.contains("not a valid measurement"))
        #expect(result.badges.isEmpty)
    }

    @Test(
        "a measurement within the reassessment interval of the last rewarded one earns nothing; the raise is paid later"
    )
    func rapidReassessmentEarnsNothing() {
        let assessments = [
            recorded(10, day: 0, ["q1": 2, "q2": 3, "q3": 1]),
            recorded(11, day: 10, ["q1": 4, "q2": 3, "q3": 1]),  // alpha +2, but only 10 days later
            recorded(12, day: 40, ["q1": 4, "q2": 3, "q3": 1]),  // confirmed 40 days after the first
        ]
        let result = state(
            [
                event(1, .assessed(assessmentID: 10), day: 0), event(2, .assessed(assessmentID: 11), day: 10),
                event(3, .assessed(assessmentID: 12), day: 40),
            ],
            assessments: assessments)
        #expect(result.ledger.map(\.points) == [50, 0, 50 + 2 * 250])
        #expect(result.ledger[1].reason.contains("within 28 days"))
    }

    @Test("maturity raised at a reassessment earns the most, measured against the best earlier level")
    func reassessment() {
        let assessments = [
            recorded(10, day: 0, ["q1": 2, "q2": 3, "q3": 1]),  // levels 2, 3, 1
            recorded(11, day: 30, ["q1": 4, "q2": 2, "q3": 1]),  // alpha +2, beta fell
            recorded(12, day: 60, ["q1": 4, "q2": 3, "q3": 1]),  // beta back to its best: no XP
        ]
        let result = state(
            [
                event(1, .assessed(assessmentID: 10), day: 0), event(2, .assessed(assessmentID: 11), day: 30),
                event(3, .assessed(assessmentID: 12), day: 60),
            ],
            assessments: assessments)
        #expect(result.ledger.map(\.points) == [50, 50 + 2 * 250, 50])
        #expect(result.badges.map(\.badgeID) == ["raised"])
    }

    @Test("streaks count consecutive weeks with activity; the current week may still be empty")
    func streaks() {
        let events = [0, 8, 15, 16, 35, 43].enumerated().map { index, day in
            event(Int64(index + 1), .started(moduleID: "m\(index)"), day: day)
        }
        #expect(CalendarDate(daysSinceEpoch: Int(Self.monday.timeIntervalSince1970 / 86_400)).weekday == 1)
        // Weeks 0, 1, 2, then a gap, then weeks 5 and 6.
        #expect(state(events, nowDay: 44).streakWeeks == 2)
        #expect(state(events, nowDay: 50).streakWeeks == 2)  // week 7 still empty: last week counts
        #expect(state(events, nowDay: 57).streakWeeks == 0)
        #expect(state(events, nowDay: 44).longestStreakWeeks == 3)
        #expect(state(events, nowDay: 44).badges.first { $0.badgeID == "streak" }?.eventID == 3)
    }

    @Test("badges: every demo, a dimension's path modules, the whole path")
    func badges() {
        let result = state(
            [
                event(1, .triedUseCase("routes"), day: 0), event(2, .completed(moduleID: "g", score: nil), day: 1),
                event(3, .triedUseCase("wmo"), day: 2), event(4, .completed(moduleID: "a", score: nil), day: 3),
            ],
            path: ["g", "a"])
        #expect(result.badges.map(\.badgeID) == ["first", "second-done", "demos", "path"])
        #expect(result.badges.map(\.eventID) == [2, 2, 3, 4])
    }

    @Test("path steps: done, in progress, the next one, the rest planned")
    func pathSteps() {
        let result = state([
            event(1, .completed(moduleID: "a", score: nil), day: 0), event(2, .started(moduleID: "c"), day: 1),
        ])
        let steps = PathProgress.steps([("a", 1), ("b", 1), ("c", 2), ("d", 2)], state: result)
        #expect(steps.map(\.status) == [.done, .next, .inProgress, .planned])
        #expect(PathProgress.workingLevel(steps) == 1)
    }

    @Test("an accepted path is a timeline: steps in the order of their dates, the earliest untouched one next")
    func pathTimeline() throws {
        let result = state([event(1, .completed(moduleID: "march", score: nil), day: 0)])
        func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(iso8601: text)) }
        let path = AcceptedPath(
            steps: [
                .init(
                    moduleID: "march", level: 1, start: try day("2027-03-03"), end: try day("2027-03-04"), runIDs: []),
                .init(
                    moduleID: "april", level: 1, start: try day("2027-04-01"), end: try day("2027-04-01"), runIDs: []),
                .init(
                    moduleID: "february", level: 2, start: try day("2027-02-01"), end: try day("2027-02-02"), runIDs: []
                ),
            ], budgetCents: 0, hoursPerPerson: 10, weeks: 10, teamSize: 3, start: try day("2027-02-01"))
        let steps = PathProgress.steps(path, state: result)
        #expect(steps.map(\.moduleID) == ["february", "march", "april"])
        #expect(steps.map(\.status) == [.next, .done, .planned])
        #expect(steps.map(\.level) == [2, 1, 1])
        let (february1, february2) = (try day("2027-02-01"), try day("2027-02-02"))
        #expect(steps[0].start == february1 && steps[0].end == february2)
    }

    @Test("leaderboards: per municipality, opted-out teams hidden, ties to who got there first, neighbours only")
    func leaderboard() {
        let early = Self.monday
        let late = Self.monday.addingTimeInterval(3600)
        let entries = [
            LeaderboardEntry(team: "A", municipality: "X", xp: 300, level: 3, lastGainAt: late),
            LeaderboardEntry(team: "B", municipality: "X", xp: 300, level: 3, lastGainAt: early),
            LeaderboardEntry(team: "C", municipality: "X", xp: 500, level: 4, lastGainAt: late, optedOut: true),
            LeaderboardEntry(team: "D", municipality: "Y", xp: 900, level: 6, lastGainAt: late),
            LeaderboardEntry(team: "E", municipality: "X", xp: 100, level: 1, lastGainAt: early),
            LeaderboardEntry(team: "F", municipality: "X", xp: 0, level: 1, lastGainAt: nil),
            LeaderboardEntry(team: "G", municipality: "X", xp: 0, level: 1, lastGainAt: nil),
        ]
        let ranked = Leaderboard.rank(entries, municipality: "X")
        #expect(ranked.map(\.entry.team) == ["B", "A", "E", "F", "G"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(Leaderboard.around("F", in: ranked, radius: 1).map(\.entry.team) == ["E", "F", "G"])
        #expect(Leaderboard.around("C", in: ranked).isEmpty)
    }
}
