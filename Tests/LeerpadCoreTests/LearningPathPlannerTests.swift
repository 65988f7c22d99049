import LeerpadBenchmarks
import LeerpadCore
import Testing

@Suite("Planning learning paths")
struct LearningPathPlannerTests {
    static let start = CalendarDate(iso8601: "2027-01-04")!

    /// Checks every invariant a plan must keep, recording an issue for each violation.
    static func checkInvariants(_ path: LearningPath, catalogue: Catalogue, recommendations: Recommendations) {
        let constraints = path.constraints
        #expect(path.totalCost <= constraints.budget, "over budget")
        #expect(path.totalHoursPerPerson <= constraints.hoursPerPerson + 1e-9, "over hours")
        var stepByID: [String: PlannedStep] = [:]
        for step in path.steps { stepByID[step.moduleID] = step }
        #expect(stepByID.count == path.steps.count, "a module is planned twice")
        var booked: [String: Int] = [:]
        for step in path.steps {
            let module = catalogue.module(step.moduleID)!
            #expect(step.bookings.reduce(0) { $0 + $1.people } == constraints.teamSize, "team not fully placed")
            #expect(step.start >= constraints.start && step.end <= constraints.end, "outside the period")
            #expect(step.cost == module.costPerPerson * constraints.teamSize)
            for prerequisite in module.prerequisites where !constraints.completedModules.contains(prerequisite) {
                let before = stepByID[prerequisite]
                #expect(before != nil, "\(step.moduleID) planned without prerequisite \(prerequisite)")
                if let before {
                    #expect(before.end < step.start, "\(step.moduleID) starts before \(prerequisite) ends")
                    #expect(before.level < step.level, "\(step.moduleID) not at a later level than \(prerequisite)")
                }
            }
            for booking in step.bookings {
                guard let runID = booking.runID else {
                    #expect(module.isSelfPaced)
                    continue
                }
                let run = module.runs.first { $0.id == runID }!
                booked[runID, default: 0] += booking.people
                #expect(booked[runID]! <= run.placesLeft, "run \(runID) overbooked")
                #expect(booking.people <= module.maxGroupSize, "group larger than allowed")
            }
            #expect(!constraints.completedModules.contains(step.moduleID))
            if !constraints.preferredFormats.isEmpty {
                #expect(constraints.preferredFormats.contains(module.format))
            }
        }
        let scheduled = path.steps.flatMap { step in
            step.bookings.filter { $0.runID != nil }.map { (step.moduleID, $0) }
        }
        for (index, (module, booking)) in scheduled.enumerated() {
            for (other, otherBooking) in scheduled[(index + 1)...] where other != module {
                #expect(
                    booking.end < otherBooking.start || otherBooking.end < booking.start,
                    "\(module) (\(booking.start)–\(booking.end)) overlaps \(other) (\(otherBooking.start)–\(otherBooking.end))"
                )
            }
        }
        let planned = Set(path.steps.map(\.moduleID))
        let unmet = Set(path.unmet.map(\.moduleID))
        for recommendation in recommendations.modules
        where !constraints.completedModules.contains(recommendation.moduleID) {
            #expect(
                planned.contains(recommendation.moduleID) != unmet.contains(recommendation.moduleID),
                "\(recommendation.moduleID) must be either planned or reported as unmet")
        }
    }

    @Test("invariants hold over many generated catalogues and constraints", arguments: 0..<60)
    func invariants(seed: UInt64) {
        var random = SplitMix64(seed: seed &* 7919)
        let problem = SyntheticPlanningProblem(
            moduleCount: Int.random(in: 5...120, using: &random), seed: seed, start: Self.start)
        let formats = Set(ModuleFormat.allCases.filter { _ in Bool.random(using: &random) })
        let completed = Set(
            problem.catalogue.modules.map(\.id).filter { _ in Int.random(in: 0..<10, using: &random) == 0 })
        let constraints = PlanConstraints(
            budget: Euros(cents: Int.random(in: 0...60_000, using: &random) * 100),
            hoursPerPerson: Double(Int.random(in: 0...150, using: &random)),
            weeks: Int.random(in: 1...52, using: &random),
            teamSize: Int.random(in: 1...25, using: &random), preferredFormats: formats, start: Self.start,
            completedModules: completed)
        let path = LearningPathPlanner.plan(
            problem.recommendations, catalogue: problem.catalogue, constraints: constraints)
        Self.checkInvariants(path, catalogue: problem.catalogue, recommendations: problem.recommendations)
        // Deterministic: the same input gives the same plan.
        #expect(
            LearningPathPlanner.plan(problem.recommendations, catalogue: problem.catalogue, constraints: constraints)
                == path)
    }

    @Test("the selection is optimal where brute force can tell", arguments: 0..<25)
    func optimalOnSmallProblems(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Small catalogues with roomy runs, so that only budget and hours bind.
        let base = SyntheticPlanningProblem(moduleCount: 10, seed: seed + 1000, start: Self.start)
        let modules = base.catalogue.modules.map { module in
            var roomy = module
            roomy.runs = [
                CourseRun(
                    id: "\(module.id)-open", start: Self.start, end: Self.start, location: "online", isOnline: true,
                    placesLeft: 100)
            ]
            roomy.format = .eLearning
            roomy.maxGroupSize = 100
            return roomy
        }
        // Runs on the first day would make prerequisite chains unschedulable: use self-paced study instead.
        let catalogue = Catalogue(
            generated: "", providers: base.catalogue.providers,
            modules: modules.map {
                var module = $0; module.runs = []; return module
            })
        let constraints = PlanConstraints(
            budget: Euros(cents: Int.random(in: 0...3_000, using: &random) * 100 * 5),
            hoursPerPerson: Double(Int.random(in: 0...60, using: &random)), weeks: 52, teamSize: 5, start: Self.start)
        let path = LearningPathPlanner.plan(base.recommendations, catalogue: catalogue, constraints: constraints)

        // Brute force over every prerequisite-closed subset of the involved modules.
        let gain = Dictionary(
            base.recommendations.modules.map { ($0.moduleID, $0.expectedGain) }, uniquingKeysWith: max)
        let ids = catalogue.modules.map(\.id)
        var best = 0.0
        for mask in 0..<(1 << ids.count) {
            let chosen = Set(ids.indices.filter { mask & (1 << $0) != 0 }.map { ids[$0] })
            let closed = chosen.allSatisfy { id in catalogue.module(id)!.prerequisites.allSatisfy(chosen.contains) }
            guard closed else { continue }
            let cost = chosen.reduce(Euros.zero) { $0 + catalogue.module($1)!.costPerPerson * 5 }
            let hours = chosen.reduce(0.0) { $0 + catalogue.module($1)!.hoursPerPerson }
            // Self-paced study takes a week per 8 hours; chains must fit 52 weeks (they do at these sizes).
            guard cost <= constraints.budget, hours <= constraints.hoursPerPerson else { continue }
            best = max(best, chosen.reduce(0) { $0 + (gain[$1] ?? 0) })
        }
        #expect(abs(path.totalExpectedGain - best) < 1e-9, "planned \(path.totalExpectedGain), best \(best)")
        Self.checkInvariants(path, catalogue: catalogue, recommendations: base.recommendations)
    }

    @Test("a module whose runs are full or too late is reported, and its dependants with it")
    func unschedulable() throws {
        func module(_ id: String, prerequisites: [String] = [], runs: [CourseRun]) -> TrainingModule {
            TrainingModule(
                id: id, providerID: "p", title: LocalizedText(dutch: id, english: id),
                description: LocalizedText(dutch: "", english: ""),
                raises: [LevelTarget(subdimensionID: "alpha", level: 3)], prerequisites: prerequisites,
                format: .workshop, hoursPerPerson: 4, costPerPerson: Euros(cents: 10_000), maxGroupSize: 15, runs: runs)
        }
        let full = CourseRun(
            id: "a-1", start: Self.start.adding(days: 7), end: Self.start.adding(days: 7),
            location: "Utrecht", isOnline: false, placesLeft: 2)
        let late = CourseRun(
            id: "b-1", start: Self.start.adding(days: 400), end: Self.start.adding(days: 400),
            location: "Zwolle", isOnline: false, placesLeft: 20)
        let fine = CourseRun(
            id: "c-1", start: Self.start.adding(days: 14), end: Self.start.adding(days: 14),
            location: "Zwolle", isOnline: false, placesLeft: 20)
        let catalogue = Catalogue(
            generated: "", providers: [],
            modules: [
                module("a", runs: [full]), module("b", runs: [late]), module("c", prerequisites: ["a"], runs: [fine]),
                module("d", runs: [fine]),
            ])
        let recommendations = Recommendations(
            modules: ["a", "b", "c", "d"].map {
                ModuleRecommendation(moduleID: $0, priority: 3, gap: 1, subdimensionIDs: ["alpha"], firings: [])
            }, useCases: [])
        let constraints = PlanConstraints(
            budget: Euros(cents: 1_000_000), hoursPerPerson: 100, weeks: 10, teamSize: 5, start: Self.start)
        let path = LearningPathPlanner.plan(recommendations, catalogue: catalogue, constraints: constraints)
        #expect(path.steps.map(\.moduleID) == ["d"])
        let reasons = Dictionary(uniqueKeysWithValues: path.unmet.map { ($0.moduleID, $0.reason) })
        #expect(reasons["a"] == .noRun(earliest: Self.start, end: constraints.end))
        #expect(reasons["b"] == .noRun(earliest: Self.start, end: constraints.end))
        #expect(reasons["c"] == .prerequisiteUnplanned("a"))
    }

    @Test("a team is never booked on two runs that overlap: a later run is taken, or the module is unmet saying why")
    func noOverlappingRuns() throws {
        func run(_ id: String, from day: Int, to last: Int) -> CourseRun {
            CourseRun(
                id: id, start: Self.start.adding(days: day), end: Self.start.adding(days: last), location: "Utrecht",
                isOnline: false, placesLeft: 20)
        }
        func module(_ id: String, priority: Int, runs: [CourseRun]) -> TrainingModule {
            TrainingModule(
                id: id, providerID: "p", title: LocalizedText(dutch: id, english: id),
                description: LocalizedText(dutch: "", english: ""),
                raises: [LevelTarget(subdimensionID: "alpha", level: 3)], format: .classroom, hoursPerPerson: 8,
                costPerPerson: Euros(cents: 10_000), maxGroupSize: 15, runs: runs)
        }
        let catalogue = Catalogue(
            generated: "", providers: [],
            modules: [
                module("two-days", priority: 5, runs: [run("a-1", from: 7, to: 8)]),
                module("inside", priority: 4, runs: [run("b-1", from: 8, to: 8), run("b-2", from: 21, to: 21)]),
                module("clashing", priority: 3, runs: [run("c-1", from: 7, to: 7)]),
            ])
        let recommendations = Recommendations(
            modules: [("two-days", 5), ("inside", 4), ("clashing", 3)].map {
                ModuleRecommendation(moduleID: $0.0, priority: $0.1, gap: 1, subdimensionIDs: ["alpha"], firings: [])
            }, useCases: [])
        let constraints = PlanConstraints(
            budget: Euros(cents: 1_000_000), hoursPerPerson: 100, weeks: 10, teamSize: 5, start: Self.start)
        let path = LearningPathPlanner.plan(recommendations, catalogue: catalogue, constraints: constraints)
        let runs = Dictionary(uniqueKeysWithValues: path.steps.map { ($0.moduleID, $0.bookings.compactMap(\.runID)) })
        #expect(runs["two-days"] == ["a-1"])
        #expect(runs["inside"] == ["b-2"])
        #expect(path.unmet.map(\.reason) == [.runsOverlap(earliest: Self.start, end: constraints.end)])
        Self.checkInvariants(path, catalogue: catalogue, recommendations: recommendations)
    }

    @Test(
        "chosen formats hold for prerequisites too: a module needing a course in another format is unmet, saying which")
    func formatsHoldForPrerequisites() throws {
        func module(_ id: String, _ format: ModuleFormat, prerequisites: [String] = []) -> TrainingModule {
            TrainingModule(
                id: id, providerID: "p", title: LocalizedText(dutch: id, english: id),
                description: LocalizedText(dutch: "", english: ""),
                raises: [LevelTarget(subdimensionID: "alpha", level: 3)], prerequisites: prerequisites, format: format,
                hoursPerPerson: 4, costPerPerson: Euros(cents: 100), maxGroupSize: 15, runs: [])
        }
        let catalogue = Catalogue(
            generated: "", providers: [],
            modules: [
                module("basis", .classroom), module("verdieping", .eLearning, prerequisites: ["basis"]),
                module("los", .eLearning),
            ])
        let recommendations = Recommendations(
            modules: ["verdieping", "los"].map {
                ModuleRecommendation(moduleID: $0, priority: 3, gap: 1, subdimensionIDs: ["alpha"], firings: [])
            }, useCases: [])
        var constraints = PlanConstraints(
            budget: Euros(cents: 1_000_000), hoursPerPerson: 100, weeks: 10, teamSize: 5,
            preferredFormats: [.eLearning], start: Self.start)
        let path = LearningPathPlanner.plan(recommendations, catalogue: catalogue, constraints: constraints)
        #expect(path.steps.map(\.moduleID) == ["los"])
        #expect(
            path.unmet == [
                UnmetModule(
                    moduleID: "verdieping",
                    reason: .prerequisiteFormatNotPreferred(prerequisite: "basis", format: .classroom))
            ])
        constraints.completedModules = ["basis"]
        let done = LearningPathPlanner.plan(recommendations, catalogue: catalogue, constraints: constraints)
        #expect(Set(done.steps.map(\.moduleID)) == ["los", "verdieping"])
    }

    @Test("a team larger than any run is split over runs, never more than places left")
    func splitOverRuns() throws {
        let runs = (0..<3).map {
            CourseRun(
                id: "r\($0)", start: Self.start.adding(days: 7 * ($0 + 1)), end: Self.start.adding(days: 7 * ($0 + 1)),
                location: "Utrecht", isOnline: false, placesLeft: 8)
        }
        let module = TrainingModule(
            id: "big", providerID: "p", title: LocalizedText(dutch: "", english: ""),
            description: LocalizedText(dutch: "", english: ""),
            raises: [LevelTarget(subdimensionID: "alpha", level: 2)],
            format: .classroom, hoursPerPerson: 8, costPerPerson: Euros(cents: 100), maxGroupSize: 6, runs: runs)
        let catalogue = Catalogue(generated: "", providers: [], modules: [module])
        let recommendations = Recommendations(
            modules: [ModuleRecommendation(moduleID: "big", priority: 5, gap: 1, subdimensionIDs: [], firings: [])],
            useCases: [])
        let path = LearningPathPlanner.plan(
            recommendations, catalogue: catalogue,
            constraints: PlanConstraints(
                budget: Euros(cents: 10_000), hoursPerPerson: 10, weeks: 8, teamSize: 14, start: Self.start))
        #expect(path.steps.first?.bookings.map(\.people) == [6, 6, 2])
        #expect(path.steps.first?.bookings.map(\.runID) == ["r0", "r1", "r2"])
    }
}
