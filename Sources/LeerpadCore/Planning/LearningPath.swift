/// The steps of one level of a learning path.
public struct PathLevel: Hashable, Sendable {
    /// The level number, 1 being the foundations.
    public var number: Int
    /// The steps, in the order the team takes them.
    public var steps: [PlannedStep]

    /// Creates a level.
    public init(number: Int, steps: [PlannedStep]) {
        self.number = number
        self.steps = steps
    }
}

/// A team's learning path: modules by level, placed on course runs, within its constraints.
public struct LearningPath: Hashable, Sendable {
    /// The levels, foundations first.
    public var levels: [PathLevel]
    /// Recommended modules that are not planned, and why.
    public var unmet: [UnmetModule]
    /// The constraints the path was planned for.
    public var constraints: PlanConstraints

    /// Creates a path.
    public init(levels: [PathLevel], unmet: [UnmetModule], constraints: PlanConstraints) {
        self.levels = levels
        self.unmet = unmet
        self.constraints = constraints
    }

    /// Every step, level by level.
    public var steps: [PlannedStep] { levels.flatMap(\.steps) }
    /// The cost for the whole team.
    public var totalCost: Euros { steps.reduce(.zero) { $0 + $1.cost } }
    /// Study hours per person.
    public var totalHoursPerPerson: Double { steps.reduce(0) { $0 + $1.hoursPerPerson } }
    /// The sum of the steps' expected gains.
    public var totalExpectedGain: Double { steps.reduce(0) { $0 + $1.expectedGain } }
}
