/// One module in a learning path, placed on the calendar.
public struct PlannedStep: Hashable, Sendable {
    /// The module's id.
    public var moduleID: String
    /// The path level it belongs to (1 = foundations).
    public var level: Int
    /// Where and when the team follows it; one booking unless the team is split over runs.
    public var bookings: [RunBooking]
    /// Study hours per person.
    public var hoursPerPerson: Double
    /// The cost for the whole team.
    public var cost: Euros
    /// priority × gap of its recommendation; 0 for a module planned only as a prerequisite.
    public var expectedGain: Double
    /// Planned modules that need this one first.
    public var requiredBy: [String]
    /// Whether it is planned only because another module needs it.
    public var isPrerequisiteOnly: Bool

    /// Creates a step.
    public init(
        moduleID: String, level: Int, bookings: [RunBooking], hoursPerPerson: Double, cost: Euros,
        expectedGain: Double, requiredBy: [String], isPrerequisiteOnly: Bool
    ) {
        self.moduleID = moduleID
        self.level = level
        self.bookings = bookings
        self.hoursPerPerson = hoursPerPerson
        self.cost = cost
        self.expectedGain = expectedGain
        self.requiredBy = requiredBy
        self.isPrerequisiteOnly = isPrerequisiteOnly
    }

    /// The first day of the step.
    public var start: CalendarDate { bookings.map(\.start).min() ?? CalendarDate(daysSinceEpoch: 0) }
    /// The last day of the step.
    public var end: CalendarDate { bookings.map(\.end).max() ?? CalendarDate(daysSinceEpoch: 0) }
}
