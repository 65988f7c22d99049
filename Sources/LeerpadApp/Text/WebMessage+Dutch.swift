import LeerpadCore

extension WebMessage {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // The JSON API
        case .formNotUTF8: "Het formulier is geen UTF-8-tekst."
        case .malformedForm: "Het formulier is niet goed gecodeerd (een ongeldige %-reeks)."
        case .malformedUpload: "De upload is geen geldig multipart-formulier."
        case .databaseUnavailable: "De database is niet bereikbaar; probeer het later opnieuw."
        case .sendAnswersAsCSV: "Stuur de antwoorden als text/csv."
        case .sendJSON: "Stuur JSON (application/json)."
        case .invalidRecordJSON: "Ongeldige JSON; verwacht {\"team\", \"activity\", \"item\", \"score\"}."
        case .csrfHeaderInvalid: "X-CSRF-Token ontbreekt of klopt niet."
        case .tooManyAttempts: "Te veel pogingen; wacht een minuut."
        case .coordinatorsOnly: "Alleen voor coördinatoren: meld je aan."

        // Coordinator pages
        case .unknownExport: "Onbekende export; kies csv, xapi, badges of ics."
        case .signInFirst: "Meld je eerst aan als coördinator."
        case .expectedFileUpload: "Verwacht een bestandsupload (multipart/form-data)."
        case .chooseCatalogueFile: "Kies een catalogusbestand."

        // Signing in
        case .tooManyAttemptsTryAgain: "Te veel pogingen. Wacht een minuut en probeer het opnieuw."
        case .wrongNameOrPassword: "Naam of wachtwoord klopt niet."

        // The questionnaire
        case .answerMissing: "Kies een antwoord van 1 tot 5, of ‘weet niet’."
        case .unknownQuestionnaire: "Deze vragenlijst bestaat niet."
        case .unknownStep: "Deze stap bestaat niet."
        case .invalidAnswer(let answer): "‘\(answer)’ is geen geldig antwoord; kies 1–5 of ‘weet niet’."

        // Forms
        case .expectedForm: "Verwacht een formulier (application/x-www-form-urlencoded)."
        case .formExpired:
            "Het formulier is verlopen of komt niet van deze site (CSRF-controle). Laad de pagina opnieuw en probeer het nog eens."

        // Any request
        case .pageNotFound: "Deze pagina bestaat niet."
        case .methodNotAllowed: "Deze methode is hier niet toegestaan."
        case .unreadableData: "De gegevens konden niet worden gelezen."
        case .internalError: "Er ging iets mis aan onze kant."
        case .requestTooLarge(let kibibytes): "Het verzoek is te groot (hoogstens \(kibibytes) KiB)."
        case .invalidRequest(let status): "Ongeldig verzoek. (\(status))"
        case .serverBusy(let seconds):
            "Het is nu te druk op de server. Probeer het over \(seconds) \(seconds == 1 ? "seconde" : "seconden") opnieuw."
        }
    }
}
