import LeerpadCore

extension PlanText {
    /// The text in English.
    public var english: String {
        switch self {
        // Why a module is not in the plan
        case .formatNotPreferred(let format): "format \(format) is not among the preferred formats"
        case .alreadyAtTarget: "the team is already at or above the level this module brings it to"
        case .overBudget(let cost, let left): "costs \(cost) (with prerequisites), \(left) is left"
        case .overHours(let hours, let left):
            "takes \(hours) hours per person (with prerequisites), \(left) hours are left"
        case .noRun(let earliest, let end): "no run with places for the team between \(earliest) and \(end)"
        case .prerequisiteFormatNotPreferred(let module, let format):
            "prerequisite '\(module)' comes only as \(format), a format that was not chosen"
        case .runsOverlap(let earliest, let end):
            "every run with places between \(earliest) and \(end) overlaps another course the team is booked on"
        case .prerequisiteMissing(let module): "prerequisite '\(module)' is not in the catalogue"
        case .prerequisiteUnplanned(let module): "prerequisite '\(module)' could not be planned"

        // What is wrong with a constraint
        case .notANumber(let text, let accepted): "‘\(text)’ is not a number. \(accepted)"
        case .ambiguous(let text, let first, let second, let accepted):
            "‘\(text)’ could mean \(first) or \(second); write the number without a thousands separator (for example \(second)). \(accepted)"
        case .tooPrecise: "Enter an amount in whole cents."
        case .notADate(let text): "‘\(text)’ is not a date; enter a date as YYYY-MM-DD."
        case .unknownFormat(let text, let known): "Unknown format: \(text); choose from \(known)."

        // What a constraint accepts
        case .budgetRange(let top): "Enter an amount in euros from €0 to \(top)."
        case .hoursRange(let low, let high): "Enter a number of hours from \(low) to \(high)."
        case .weeksRange(let low, let high): "Enter a whole number of weeks from \(low) to \(high)."
        case .teamSizeRange(let low, let high): "Enter a team size from \(low) to \(high) people."
        case .dateFormat: "Enter a date as YYYY-MM-DD."
        case .knownFormat: "Choose a known format."
        }
    }
}
