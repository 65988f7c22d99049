import LeerpadCore

/// Why the web app refuses a request: the messages of its HTTP errors and form fields.
///
/// The Dutch texts are in `WebMessage+Dutch.swift`, the English ones in `WebMessage+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile.
public enum WebMessage: TextCatalogue {
    // The JSON API
    case sendAnswersAsCSV
    case databaseUnavailable
    case formNotUTF8
    case malformedForm
    case malformedUpload
    case sendJSON
    case invalidRecordJSON
    case csrfHeaderInvalid
    case tooManyAttempts
    case coordinatorsOnly

    // Coordinator pages
    case unknownExport
    case signInFirst
    case expectedFileUpload
    case chooseCatalogueFile

    // Signing in
    case tooManyAttemptsTryAgain
    case wrongNameOrPassword

    // The questionnaire
    case answerMissing
    case unknownQuestionnaire
    case unknownStep
    case invalidAnswer(String)

    // Forms
    case expectedForm
    case formExpired

    // Any request
    case pageNotFound
    case methodNotAllowed
    case unreadableData
    case internalError
    case requestTooLarge(kibibytes: Int)
    case invalidRequest(status: Int)
    /// The server's queue for this kind of work is full (503 with `Retry-After`).
    case serverBusy(seconds: Int)
}
