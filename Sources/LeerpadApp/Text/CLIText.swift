import LeerpadCore

/// The words and sentences of the command-line reports: assessments, recommendations, plans, course demand, progress.
///
/// The Dutch texts are in `CLIText+Dutch.swift`, the English ones in `CLIText+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile. Amounts and hours arrive formatted
/// by ``LocalFormat``.
public enum CLIText: TextCatalogue {
    // Assessment
    case scan
    case respondents
    case subdimensionColumn
    case scoreColumn
    case dontKnowColumn
    case spread
    case weakestSubdimensions
    case disagreement

    // Recommendations
    case recommendationsFor(source: String)
    case modulesMostImportantFirst
    case noModulesNeeded
    case hours(String)
    case useCasesToTry
    case noUseCasesYet

    // Learning path
    case learningPathFor(source: String)
    case period(start: String, end: String, people: Int)
    case noModulesPlanned
    case levelHeading(Int)
    case hoursPerPerson(String)
    case selfPacedOnline
    case peopleShort(Int)
    case planTotals(cost: String, budget: String, hours: String, available: String)
    case notPlanned

    // Course demand
    case demandAcross(teams: String)
    case runs(Int, maxGroupSize: Int)
    case asPrerequisiteFor(teams: String)
    case peopleFromTeams(people: Int, teams: Int)
    case teamAdded(name: String, municipality: String, size: Int)
    case rulesClean(file: String, rules: Int)
    case lintWarning(file: String, rule: String?, problem: String)
    case lintUnknownTarget(reference: String)
    case lintUnknownModule(String)
    case lintUnknownUseCase(String)
    case lintNeverFires(condition: String)
    case lintUncovered(subdimension: String)
    case total(String)

    // Progress
    case accessCode(String)
    case levelNumber(Int)
    case nextLevelAt(xp: Int)
    case streak(weeks: Int, longest: Int, events: Int)
    case workingToward(level: Int)
    case maturitySincePreviousScan
    case levelChange(from: Int, to: Int)
}
