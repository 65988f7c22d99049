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
                        cost: step.cost.amount, expectedGain: NumberFormatting.rounded(step.expectedGain),
                        prerequisiteOnly: step.isPrerequisiteOnly, requiredBy: step.requiredBy)
                })
        }
        totals = Totals(
            cost: path.totalCost.amount, hoursPerPerson: path.totalHoursPerPerson,
            expectedGain: NumberFormatting.rounded(path.totalExpectedGain), budget: path.constraints.budget.amount,
            hoursAvailable: path.constraints.hoursPerPerson)
        unmet = path.unmet.map {
            Unmet(
                module: $0.moduleID, reason: UnmetText.code($0.reason),
                message: UnmetText.message($0.reason, in: language))
        }
    }
}

/// Why a module is not planned, in words.
enum UnmetText {
    /// A stable code for scripts.
    static func code(_ reason: UnmetReason) -> String {
        switch reason {
        case .formatNotPreferred: "format-not-preferred"
        case .alreadyAtTarget: "already-at-target"
        case .overBudget: "over-budget"
        case .overHours: "over-hours"
        case .noRun: "no-run"
        case .prerequisiteMissing: "prerequisite-missing"
        case .prerequisiteUnplanned: "prerequisite-unplanned"
        }
    }

    /// The reason for people.
    static func message(_ reason: UnmetReason, in language: Language) -> String {
        let nl = language == .dutch
        switch reason {
        case .formatNotPreferred(let format):
            return nl
                ? "vorm \(format.rawValue) hoort niet bij de gekozen vormen"
                : "format \(format.rawValue) is not among the preferred formats"
        case .alreadyAtTarget:
            return nl
                ? "het team zit al op of boven het niveau waar deze module naartoe brengt"
                : "the team is already at or above the level this module brings it to"
        case .overBudget(let cost, let remaining):
            return nl
                ? "kost \(NumberFormatting.money(cost.amount, in: language)) (met voorkennismodules), er is nog \(NumberFormatting.money(remaining.amount, in: language)) over"
                : "costs \(NumberFormatting.money(cost.amount, in: language)) (with prerequisites), \(NumberFormatting.money(remaining.amount, in: language)) is left"
        case .overHours(let hours, let remaining):
            let needed = NumberFormatting.decimal(hours, in: language)
            let left = NumberFormatting.decimal(remaining, in: language)
            return nl
                ? "vraagt \(needed) uur per persoon (met voorkennismodules), er is nog \(left) uur over"
                : "takes \(needed) hours per person (with prerequisites), \(left) hours are left"
        case .noRun(let earliest, let end):
            return nl
                ? "geen uitvoering met plaats voor het team tussen \(earliest) en \(end)"
                : "no run with places for the team between \(earliest) and \(end)"
        case .prerequisiteMissing(let id):
            return nl
                ? "voorkennismodule '\(id)' staat niet in de catalogus" : "prerequisite '\(id)' is not in the catalogue"
        case .prerequisiteUnplanned(let id):
            return nl
                ? "voorkennismodule '\(id)' kon niet worden ingepland" : "prerequisite '\(id)' could not be planned"
        }
    }
}
