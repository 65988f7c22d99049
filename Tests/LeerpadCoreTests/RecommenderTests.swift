import LeerpadCore
import Testing

@Suite("Recommending modules and use cases")
struct RecommenderTests {
    let model = ModelFixture.model

    func module(_ id: String, raises: [(String, Int)]) -> TrainingModule {
        TrainingModule(
            id: id, providerID: "p", title: LocalizedText(dutch: id, english: id),
            description: LocalizedText(dutch: "", english: ""),
            raises: raises.map { LevelTarget(subdimensionID: $0.0, level: $0.1) }, format: .workshop, hoursPerPerson: 4,
            costPerPerson: .zero, maxGroupSize: 15)
    }

    func rule(_ id: String, _ priority: Int, _ condition: String, modules: [String] = [], useCases: [String] = [])
        throws -> Rule
    {
        Rule(
            id: id, priority: priority, condition: try RuleExpressionParser.parse(condition), conditionText: condition,
            moduleIDs: modules, useCaseIDs: useCases, reason: LocalizedText(dutch: id, english: id))
    }

    @Test("duplicates merge; order is priority, then gap, then id; every recommendation carries its firings")
    func mergeAndOrder() throws {
        // alpha 1.5, beta 3.0, gamma 2.0
        let assessment = AssessmentScoring.score(
            [
                ModelFixture.response("R1", ["q1": 1, "q2": 3, "q3": 2]),
                ModelFixture.response("R2", ["q1": 2, "q2": 3, "q3": 2]),
            ],
            model: model)
        let catalogue = Catalogue(
            generated: "", providers: [],
            modules: [
                module("alpha-intro", raises: [("alpha", 2)]),  // gap 1.8 - 1.5 = 0.3
                module("gamma-intro", raises: [("gamma", 3)]),  // gap 2.6 - 2.0 = 0.6
                module("beta-more", raises: [("beta", 4)]),  // gap 3.4 - 3.0 = 0.4
                module("beta-done", raises: [("beta", 2)]),  // gap 0
            ])
        let useCases = [
            UseCase(
                id: "uc", level: 2, title: LocalizedText(dutch: "", english: ""),
                description: LocalizedText(dutch: "", english: ""), subdimensionIDs: ["beta"])
        ]
        let rules = [
            try rule("weak-alpha", 5, "score(alpha) < 1.8", modules: ["alpha-intro"]),
            try rule("weak-gamma", 5, "score(gamma) < 2.6", modules: ["gamma-intro", "missing-module"]),
            try rule("any-weak", 3, "score(alpha) < 2 or score(gamma) < 2", modules: ["alpha-intro", "beta-more"]),
            try rule("beta-ok", 2, "score(beta) >= 2.6", modules: ["beta-done"], useCases: ["uc", "missing-case"]),
            try rule("never", 5, "score(beta) > 4", modules: ["beta-more"]),
        ]
        let result = Recommender.recommend(
            for: assessment, rules: rules, model: model, catalogue: catalogue, useCases: useCases)
        #expect(result.modules.map(\.moduleID) == ["gamma-intro", "alpha-intro", "beta-more", "beta-done"])
        let alpha = try #require(result.modules.first { $0.moduleID == "alpha-intro" })
        #expect(alpha.priority == 5)
        #expect(alpha.firings.map(\.ruleID) == ["weak-alpha", "any-weak"])
        #expect(abs(alpha.gap - 0.3) < 1e-12)
        #expect(alpha.firings.first?.evidence.map(\.description) == ["score(alpha) = 1.5"])
        #expect(result.modules.first { $0.moduleID == "beta-done" }?.expectedGain == 0)
        #expect(result.useCases.map(\.useCaseID) == ["uc"])
    }

    @Test("a team that is strong everywhere gets nothing from 'weak' rules")
    func strongTeam() throws {
        let assessment = AssessmentScoring.score(
            [ModelFixture.response("R1", ["q1": 5, "q2": 5, "q3": 4])], model: model)
        let catalogue = Catalogue(
            generated: "", providers: [], modules: [module("alpha-intro", raises: [("alpha", 2)])])
        let rules = [
            try rule(
                "weak", 5, "score(alpha) < 3.4 or score(beta) < 3.4 or score(gamma) < 3.4", modules: ["alpha-intro"])
        ]
        #expect(
            Recommender.recommend(for: assessment, rules: rules, model: model, catalogue: catalogue, useCases: [])
                .modules.isEmpty)
    }

    @Test("course demand counts teams, people, runs for the group limit, and cost, with prerequisites")
    func demand() throws {
        var advanced = module("advanced", raises: [("alpha", 3)])
        advanced.prerequisites = ["intro"]
        advanced.costPerPerson = Euros(cents: 50_000)
        advanced.maxGroupSize = 12
        advanced.runs = [
            CourseRun(
                id: "r", start: CalendarDate(daysSinceEpoch: 0), end: CalendarDate(daysSinceEpoch: 0),
                location: "Utrecht", isOnline: false, placesLeft: 12)
        ]
        var intro = module("intro", raises: [("alpha", 2)])
        intro.format = .eLearning
        intro.costPerPerson = Euros(cents: 1_000)
        let catalogue = Catalogue(generated: "", providers: [], modules: [intro, advanced])
        func need(_ team: String, _ people: Int, _ ids: [String]) -> TeamNeed {
            TeamNeed(
                team: team, people: people,
                recommendations: Recommendations(
                    modules: ids.map {
                        ModuleRecommendation(moduleID: $0, priority: 4, gap: 1, subdimensionIDs: [], firings: [])
                    },
                    useCases: []))
        }
        let demand = CourseDemand.compute(
            [need("A", 7, ["advanced"]), need("B", 9, ["advanced", "intro"]), need("C", 4, ["intro"])],
            catalogue: catalogue)
        let advancedLine = try #require(demand.first { $0.moduleID == "advanced" })
        #expect(advancedLine.teams == ["A", "B"])
        #expect(advancedLine.people == 16)
        #expect(advancedLine.runs == 2)  // 16 people, groups of at most 12
        #expect(advancedLine.cost == Euros(cents: 800_000))
        let introLine = try #require(demand.first { $0.moduleID == "intro" })
        #expect(introLine.teams == ["A", "B", "C"])
        #expect(introLine.teamsForPrerequisite == ["A"])
        #expect(introLine.people == 20)
        #expect(introLine.runs == 0)  // self-paced
        #expect(demand.map(\.moduleID) == ["intro", "advanced"])
    }
}
