import LeerpadCore

extension UnmetReason {
    /// A stable code for scripts (the JSON of the CLI and the API).
    public var code: String {
        switch self {
        case .formatNotPreferred: "format-not-preferred"
        case .prerequisiteFormatNotPreferred: "prerequisite-format-not-preferred"
        case .alreadyAtTarget: "already-at-target"
        case .overBudget: "over-budget"
        case .overHours: "over-hours"
        case .noRun: "no-run"
        case .runsOverlap: "runs-overlap"
        case .prerequisiteMissing: "prerequisite-missing"
        case .prerequisiteUnplanned: "prerequisite-unplanned"
        }
    }

    /// Why the module is not in the plan, for people.
    public func message(in language: Language) -> String {
        let text: PlanText
        switch self {
        case .formatNotPreferred(let format):
            text = .formatNotPreferred(format: LocalFormat.format(format, in: language))
        case .prerequisiteFormatNotPreferred(let prerequisite, let format):
            text = .prerequisiteFormatNotPreferred(
                module: prerequisite, format: LocalFormat.format(format, in: language))
        case .alreadyAtTarget:
            text = .alreadyAtTarget
        case .overBudget(let cost, let remaining):
            text = .overBudget(
                cost: LocalFormat.euros(cost, in: language), left: LocalFormat.euros(remaining, in: language))
        case .overHours(let hours, let remaining):
            text = .overHours(
                hours: LocalFormat.number(hours, in: language), left: LocalFormat.number(remaining, in: language))
        case .noRun(let earliest, let end):
            text = .noRun(earliest: earliest.description, end: end.description)
        case .runsOverlap(let earliest, let end):
            text = .runsOverlap(earliest: earliest.description, end: end.description)
        case .prerequisiteMissing(let id):
            text = .prerequisiteMissing(module: id)
        case .prerequisiteUnplanned(let id):
            text = .prerequisiteUnplanned(module: id)
        }
        return text.text(language)
    }
}
