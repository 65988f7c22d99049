import Foundation

/// A learning path a team accepted, as it is kept: the steps in order and the constraints.
public struct AcceptedPath: Hashable, Sendable, Codable {
    /// One accepted step.
    public struct Step: Hashable, Sendable, Codable {
        /// The module's id.
        public var moduleID: String
        /// The path level.
        public var level: Int
        /// The first and last day of the booked runs.
        public var start: CalendarDate
        public var end: CalendarDate
        /// The runs booked (empty for self-paced study).
        public var runIDs: [String]

        /// Creates a step.
        public init(moduleID: String, level: Int, start: CalendarDate, end: CalendarDate, runIDs: [String]) {
            self.moduleID = moduleID
            self.level = level
            self.start = start
            self.end = end
            self.runIDs = runIDs
        }
    }

    /// The steps, level by level.
    public var steps: [Step]
    /// The budget in cents, hours per person, weeks, team size and start it was planned for.
    public var budgetCents: Int
    public var hoursPerPerson: Double
    public var weeks: Int
    public var teamSize: Int
    public var start: CalendarDate

    /// Creates an accepted path.
    public init(steps: [Step], budgetCents: Int, hoursPerPerson: Double, weeks: Int, teamSize: Int, start: CalendarDate)
    {
        self.steps = steps
        self.budgetCents = budgetCents
        self.hoursPerPerson = hoursPerPerson
        self.weeks = weeks
        self.teamSize = teamSize
        self.start = start
    }

    /// The accepted form of a planned path.
    public init(_ path: LearningPath) {
        self.init(
            steps: path.steps.map {
                Step(
                    moduleID: $0.moduleID, level: $0.level, start: $0.start, end: $0.end,
                    runIDs: $0.bookings.compactMap(\.runID))
            },
            budgetCents: path.constraints.budget.cents, hoursPerPerson: path.constraints.hoursPerPerson,
            weeks: path.constraints.weeks, teamSize: path.constraints.teamSize, start: path.constraints.start)
    }
}
