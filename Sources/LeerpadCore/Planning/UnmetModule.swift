/// Why a recommended module is not in the plan.
public enum UnmetReason: Hashable, Sendable {
    /// The team prefers other formats.
    case formatNotPreferred(ModuleFormat)
    /// A prerequisite the team still needs comes only in a format it did not choose.
    case prerequisiteFormatNotPreferred(prerequisite: String, format: ModuleFormat)
    /// The team already scores at or above the level the module brings it to.
    case alreadyAtTarget
    /// The module (with the prerequisites it needs) costs more than the budget that is left.
    case overBudget(cost: Euros, remaining: Euros)
    /// The module (with the prerequisites it needs) takes more hours than are left.
    case overHours(hours: Double, remaining: Double)
    /// No run has places for the team between the earliest possible day and the path's end.
    case noRun(earliest: CalendarDate, end: CalendarDate)
    /// Runs with places exist, but each overlaps a run the team is already booked on.
    case runsOverlap(earliest: CalendarDate, end: CalendarDate)
    /// A prerequisite is not in the catalogue.
    case prerequisiteMissing(String)
    /// A prerequisite could not be planned.
    case prerequisiteUnplanned(String)
}

/// A recommended module that did not make it into the plan, and why.
public struct UnmetModule: Hashable, Sendable {
    /// The module's id.
    public var moduleID: String
    /// Why.
    public var reason: UnmetReason

    /// Creates an unmet module.
    public init(moduleID: String, reason: UnmetReason) {
        self.moduleID = moduleID
        self.reason = reason
    }
}
