import LeerpadCore

/// The use cases' own sentences: refusals and confirmations shared by the CLI and the web app.
///
/// The Dutch texts are in `Phrase+Dutch.swift`, the English ones in `Phrase+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile.
public enum Phrase: TextCatalogue {
    // Refusals and confirmations of the use cases
    case unknownAccessCode
    case noAssessment(team: String)
    case emptyPlan
    case emptyAssessment(source: String)
    case unknownModules(String)
    case duplicateTeam(team: String, earlier: String, later: String)
    case pathSaved
    case progressRecorded

    // What is wrong with a progress record
    case chooseActivity
    case chooseModule(unknown: String)
    case chooseUseCase(unknown: String)
    case scoreOutOfRange
    case scoreWithoutCompletion
    case chooseTeam

    // What the store refused or failed at
    case teamExists(name: String)
    case unknownTeam(name: String)
    case unknownEvent(team: String, id: Int64)
    case invalidValue(field: String, reason: String)
    case databaseUnavailable(path: String, reason: String)
    case xmlTooManyAttributes(limit: String)
    case xmlTooManyElements(limit: String)
}
