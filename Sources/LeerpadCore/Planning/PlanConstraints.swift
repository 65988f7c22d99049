/// What a team can spend on its learning path.
public struct PlanConstraints: Hashable, Sendable {
    /// The whole team's training budget.
    public var budget: Euros
    /// Study hours available per person.
    public var hoursPerPerson: Double
    /// How many weeks the path may take, from `start`.
    public var weeks: Int
    /// How many people follow the path.
    public var teamSize: Int
    /// Formats the team wants; empty means any.
    public var preferredFormats: Set<ModuleFormat>
    /// The first day of the path.
    public var start: CalendarDate
    /// Modules the team has already completed; they are neither planned nor required again.
    public var completedModules: Set<String>

    /// Creates constraints.
    public init(
        budget: Euros, hoursPerPerson: Double, weeks: Int, teamSize: Int, preferredFormats: Set<ModuleFormat> = [],
        start: CalendarDate, completedModules: Set<String> = []
    ) {
        self.budget = budget
        self.hoursPerPerson = hoursPerPerson
        self.weeks = weeks
        self.teamSize = teamSize
        self.preferredFormats = preferredFormats
        self.start = start
        self.completedModules = completedModules
    }

    /// The last day of the path.
    public var end: CalendarDate { start.adding(days: max(1, weeks) * 7 - 1) }
}
