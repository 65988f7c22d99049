import LeerpadCore

extension PlanText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // Why a module is not in the plan
        case .formatNotPreferred(let format): "vorm \(format) hoort niet bij de gekozen vormen"
        case .alreadyAtTarget: "het team zit al op of boven het niveau waar deze module naartoe brengt"
        case .overBudget(let cost, let left): "kost \(cost) (met voorkennismodules), er is nog \(left) over"
        case .overHours(let hours, let left):
            "vraagt \(hours) uur per persoon (met voorkennismodules), er is nog \(left) uur over"
        case .noRun(let earliest, let end): "geen uitvoering met plaats voor het team tussen \(earliest) en \(end)"
        case .prerequisiteFormatNotPreferred(let module, let format):
            "voorkennismodule '\(module)' is er alleen als \(format), en die vorm is niet gekozen"
        case .runsOverlap(let earliest, let end):
            "elke uitvoering met plaats tussen \(earliest) en \(end) valt samen met een andere cursus waarop het team al staat"
        case .prerequisiteMissing(let module): "voorkennismodule '\(module)' staat niet in de catalogus"
        case .prerequisiteUnplanned(let module): "voorkennismodule '\(module)' kon niet worden ingepland"

        // What is wrong with a constraint
        case .notANumber(let text, let accepted): "‘\(text)’ is geen getal. \(accepted)"
        case .ambiguous(let text, let first, let second, let accepted):
            "‘\(text)’ kan \(first) of \(second) betekenen; schrijf het getal zonder scheidingsteken voor duizendtallen (bijvoorbeeld \(second)). \(accepted)"
        case .tooPrecise: "Geef een bedrag in hele centen."
        case .notADate(let text): "‘\(text)’ is geen datum; geef een datum als JJJJ-MM-DD."
        case .unknownFormat(let text, let known): "Onbekende vorm: \(text); kies uit \(known)."

        // What a constraint accepts
        case .budgetRange(let top): "Geef een bedrag in euro's van € 0 tot \(top)."
        case .hoursRange(let low, let high): "Geef een aantal uren van \(low) tot \(high)."
        case .weeksRange(let low, let high): "Geef een heel aantal weken van \(low) tot \(high)."
        case .teamSizeRange(let low, let high): "Geef een teamgrootte van \(low) tot \(high) personen."
        case .dateFormat: "Geef een datum als JJJJ-MM-DD."
        case .knownFormat: "Kies een bekende vorm."
        }
    }
}
