import LeerpadCore

/// Why the web app refuses a request: the messages of its HTTP errors and form fields.
///
/// The Dutch texts are in `WebMessage+Dutch.swift`, the English ones in `WebMessage+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile.
public enum WebMessage: TextCatalogue {
    // APIRoutes
    case sendAnswersAsCSV
    case sendJSON
    case invalidRecordJSON
    case csrfHeaderInvalid
    case tooManyAttempts
    case coordinatorsOnly

    // CoordinatorRoutes
    case unknownExport
    case signInFirst
    case expectedFileUpload
    case chooseCatalogueFile

    // PageRoutes
    case tooManyAttemptsTryAgain
    case wrongNameOrPassword

    // QuestionnaireRoutes
    case answerMissing
    case unknownQuestionnaire
    case unknownStep

    // FormData
    case expectedForm
    case formExpired

    // Middleware
    case pageNotFound
    case methodNotAllowed
    case unreadableData
    case internalError

    // With values
    case invalidAnswer(String)
    case requestTooLarge(kibibytes: Int)
    case invalidRequest(status: Int)
}
