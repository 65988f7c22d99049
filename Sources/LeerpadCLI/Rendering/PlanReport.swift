import LeerpadApp
import LeerpadContent
import LeerpadCore

/// A learning path as JSON-ready values: `levels` with their `steps`, `totals`, `unmet`.
struct PlanReport: Encodable {
    struct Run: Encodable {
        @NullEncodable var id: String?
        var start: String
        var end: String
        var location: String
        var online: Bool
        var people: Int

    }

    struct Step: Encodable {
        var module: String
        var title: String
        var format: String
        /// The first booking; `bookings` lists all when the team is split over runs.
        var run: Run
        var bookings: [Run]
        var hours: Double
        var cost: Double
        var expectedGain: Double
        var prerequisiteOnly: Bool
        var requiredBy: [String]
    }

    struct Level: Encodable {
        var level: Int
        var steps: [Step]
    }

    struct Totals: Encodable {
        var cost: Double
        var hoursPerPerson: Double
        var expectedGain: Double
        var budget: Double
        var hoursAvailable: Double
    }

    struct Unmet: Encodable {
        var module: String
        var title: String
        var reason: String
        var message: String
    }

    var source: String
    var start: String
    var end: String
    var teamSize: Int
    var levels: [Level]
    var totals: Totals
    var unmet: [Unmet]

    init(source: String, path: LearningPath, catalogue: Catalogue, language: Language) {
        self.source = source
        start = path.constraints.start.description
        end = path.constraints.end.description
        teamSize = path.constraints.teamSize
        levels = path.levels.map { level in
            Level(
                level: level.number,
                steps: level.steps.map { step in
                    let module = catalogue.module(step.moduleID)
                    let runs = step.bookings.map {
                        Run(
                            id: $0.runID, start: $0.start.description, end: $0.end.description, location: $0.location,
                            online: $0.isOnline, people: $0.people)
                    }
                    return Step(
                        module: step.moduleID, title: module?.title[language] ?? step.moduleID,
                        format: module?.format.rawValue ?? "", run: runs[0], bookings: runs, hours: step.hoursPerPerson,
                        cost: step.cost.amount, expectedGain: LocalFormat.rounded(step.expectedGain),
                        prerequisiteOnly: step.isPrerequisiteOnly, requiredBy: step.requiredBy)
                })
        }
        totals = Totals(
            cost: path.totalCost.amount, hoursPerPerson: path.totalHoursPerPerson,
            expectedGain: LocalFormat.rounded(path.totalExpectedGain), budget: path.constraints.budget.amount,
            hoursAvailable: path.constraints.hoursPerPerson)
        unmet = path.unmet.map {
            Unmet(
                module: $0.moduleID, title: catalogue.module($0.moduleID)?.title[language] ?? $0.moduleID,
                reason: $0.reason.code,
                message: $0.reason.message(in: language))
        }
    }
}
