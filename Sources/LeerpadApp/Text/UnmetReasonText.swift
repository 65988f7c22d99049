import LeerpadCore

extension UnmetReason {
    /// A stable code for scripts (the JSON of the CLI and the API).
    public var code: String {
        switch self {
        case .formatNotPreferred: "format-not-preferred"
        case .alreadyAtTarget: "already-at-target"
        case .overBudget: "over-budget"
        case .overHours: "over-hours"
        case .noRun: "no-run"
        case .prerequisiteMissing: "prerequisite-missing"
        case .prerequisiteUnplanned: "prerequisite-unplanned"
        }
    }

    /// Why the module is not in the plan, for people.
    public func message(in language: Language) -> String {
        let nl = language == .dutch
        switch self {
        case .formatNotPreferred(let format):
            let name = LocalFormat.format(format, in: language)
            return nl
                ? "vorm \(name) hoort niet bij de gekozen vormen" : "format \(name) is not among the preferred formats"
        case .alreadyAtTarget:
            return nl
                ? "het team zit al op of boven het niveau waar deze module naartoe brengt"
                : "the team is already at or above the level this module brings it to"
        case .overBudget(let cost, let remaining):
            let costs = LocalFormat.euros(cost, in: language)
            let left = LocalFormat.euros(remaining, in: language)
            return nl
                ? "kost \(costs) (met voorkennismodules), er is nog \(left) over"
                : "costs \(costs) (with prerequisites), \(left) is left"
        case .overHours(let hours, let remaining):
            let needed = LocalFormat.number(hours, in: language)
            let left = LocalFormat.number(remaining, in: language)
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
