import LeerpadCore

/// One module of a learning path as JSON: its level, dates, the runs it is booked on, hours,
/// cost, and whether it is only there as another module's prerequisite.
public struct PlannedStepView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// Its format (`e-learning`, `classroom`, `workshop`, `coaching`).
    public var format: String
    /// The path level it belongs to.
    public var level: Int
    /// The first day of its first booking, `YYYY-MM-DD`.
    public var start: String
    /// The last day of its last booking, `YYYY-MM-DD`.
    public var end: String
    /// The ids of the runs it is booked on (self-paced bookings have none).
    public var runs: [String]
    /// Every booking; more than one when the team is split over runs.
    public var bookings: [BookingView]
    /// Study hours per person.
    public var hoursPerPerson: Double
    /// Euros for the whole team.
    public var cost: Double
    /// Priority × gap, rounded to three decimals.
    public var expectedGain: Double
    /// Whether it is planned only as another module's prerequisite.
    public var prerequisiteOnly: Bool
    /// The modules that need it.
    public var requiredBy: [String]

    /// The view of `step`, titled from `catalogue` in `language`.
    public init(_ step: PlannedStep, catalogue: Catalogue, language: Language) {
        module = step.moduleID
        title = catalogue.title(of: step.moduleID, in: language)
        format = catalogue.module(step.moduleID)?.format.rawValue ?? ""
        level = step.level
        start = step.start.description
        end = step.end.description
        runs = step.bookings.compactMap(\.runID)
        bookings = step.bookings.map(BookingView.init)
        hoursPerPerson = step.hoursPerPerson
        cost = step.cost.amount
        expectedGain = LocalFormat.rounded(step.expectedGain)
        prerequisiteOnly = step.isPrerequisiteOnly
        requiredBy = step.requiredBy
    }
}
