import LeerpadCore

/// A learning path as JSON: the constraints it was planned within, its totals, the steps in
/// level order and what did not fit.
public struct PlanView: Encodable, Sendable {
    /// The first day, `YYYY-MM-DD`.
    public var start: String
    /// The last day the constraints allow, `YYYY-MM-DD`.
    public var end: String
    /// How many people follow the path.
    public var teamSize: Int
    /// The budget in euros for the whole team.
    public var budget: Double
    /// The study hours available per person.
    public var hoursAvailable: Double
    /// The cost of all steps in euros.
    public var totalCost: Double
    /// The study hours of all steps per person.
    public var hoursPerPerson: Double
    /// The sum of the steps' expected gain, rounded to three decimals.
    public var expectedGain: Double
    /// The planned modules, by level, then start.
    public var steps: [PlannedStepView]
    /// The recommended modules that could not be placed, with the reason.
    public var unmet: [UnmetModuleView]

    /// The view of `path`, titled from `catalogue` in `language`.
    public init(_ path: LearningPath, catalogue: Catalogue, language: Language) {
        start = path.constraints.start.description
        end = path.constraints.end.description
        teamSize = path.constraints.teamSize
        budget = path.constraints.budget.amount
        hoursAvailable = path.constraints.hoursPerPerson
        totalCost = path.totalCost.amount
        hoursPerPerson = path.totalHoursPerPerson
        expectedGain = LocalFormat.rounded(path.totalExpectedGain)
        steps = path.steps.map { PlannedStepView($0, catalogue: catalogue, language: language) }
        unmet = path.unmet.map { UnmetModuleView($0, catalogue: catalogue, language: language) }
    }

    /// The steps grouped by level, lowest first.
    public var levels: [(level: Int, steps: [PlannedStepView])] {
        var groups: [(level: Int, steps: [PlannedStepView])] = []
        for step in steps {
            if groups.last?.level == step.level {
                groups[groups.count - 1].steps.append(step)
            } else {
                groups.append((step.level, [step]))
            }
        }
        return groups
    }
}
