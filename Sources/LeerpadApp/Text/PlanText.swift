import LeerpadCore

/// The sentences of planning: why a module is not in the plan, and what is wrong with a typed constraint.
///
/// The Dutch texts are in `PlanText+Dutch.swift`, the English ones in `PlanText+English.swift`, each an
/// exhaustive switch: a case without its text in either language does not compile. Amounts, hours and
/// numbers arrive formatted by ``LocalFormat``.
public enum PlanText: TextCatalogue {
    // Why a module is not in the plan
    case formatNotPreferred(format: String)
    case alreadyAtTarget
    case overBudget(cost: String, left: String)
    case overHours(hours: String, left: String)
    case noRun(earliest: String, end: String)
    case prerequisiteFormatNotPreferred(module: String, format: String)
    case runsOverlap(earliest: String, end: String)
    case prerequisiteMissing(module: String)
    case prerequisiteUnplanned(module: String)

    // What is wrong with a constraint
    case notANumber(text: String, accepted: String)
    case ambiguous(text: String, first: String, second: String, accepted: String)
    case tooPrecise
    case notADate(text: String)
    case unknownFormat(text: String, known: String)

    // What a constraint accepts
    case budgetRange(top: String)
    case hoursRange(low: String, high: String)
    case weeksRange(low: String, high: String)
    case teamSizeRange(low: String, high: String)
    case dateFormat
    case knownFormat
}
