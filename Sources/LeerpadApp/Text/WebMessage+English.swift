import LeerpadCore

extension WebMessage {
    /// The text in English.
    public var english: String {
        switch self {
        // The JSON API
        case .formNotUTF8: "The form is not UTF-8 text."
        case .malformedForm: "The form is not encoded correctly (an invalid %-sequence)."
        case .malformedUpload: "The upload is not a valid multipart form."
        case .databaseUnavailable: "The database is not available; try again later."
        case .sendAnswersAsCSV: "Send the answers as text/csv."
        case .sendJSON: "Send JSON (application/json)."
        case .invalidRecordJSON: "Invalid JSON; expected {\"team\", \"activity\", \"item\", \"score\"}."
        case .csrfHeaderInvalid: "X-CSRF-Token is missing or wrong."
        case .tooManyAttempts: "Too many attempts; wait a minute."
        case .coordinatorsOnly: "Coordinators only: sign in."

        // Coordinator pages
        case .unknownExport: "Unknown export; choose csv, xapi, badges or ics."
        case .signInFirst: "Sign in as coordinator first."
        case .expectedFileUpload: "Expected a file upload (multipart/form-data)."
        case .chooseCatalogueFile: "Choose a catalogue file."

        // Signing in
        case .tooManyAttemptsTryAgain: "Too many attempts. Wait a minute and try again."
        case .wrongNameOrPassword: "Name or password is wrong."

        // The questionnaire
        case .answerMissing: "Choose an answer from 1 to 5, or ‘don't know’."
        case .unknownQuestionnaire: "This questionnaire does not exist."
        case .unknownStep: "This step does not exist."
        case .invalidAnswer(let answer): "‘\(answer)’ is not a valid answer; choose 1–5 or ‘don't know’."

        // Forms
        case .expectedForm: "Expected a form (application/x-www-form-urlencoded)."
        case .formExpired:
            "The form has expired or does not come from this site (CSRF check). Reload the page and try again."

        // Any request
        case .pageNotFound: "This page does not exist."
        case .methodNotAllowed: "This method is not allowed here."
        case .unreadableData: "The data could not be read."
        case .internalError: "Something went wrong on our side."
        case .requestTooLarge(let kibibytes): "The request is too large (at most \(kibibytes) KiB)."
        case .serverBusy(let seconds):
            "The server is too busy right now. Please try again in \(seconds) \(seconds == 1 ? "second" : "seconds")."
        case .invalidRequest(let status): "Invalid request. (\(status))"
        }
    }
}
