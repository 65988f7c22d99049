import LeerpadCore

extension RoundText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .weakPassword: "Een wachtwoord heeft 8 tot 72 tekens (bytes)."
        case .adminWithMunicipality: "Een admin-account ziet alle gemeenten en hoort bij geen enkele; laat --municipality weg."
        case .accountExists(let name): "Er bestaat al een account ‘\(name)’."
        case .unknownAccount(let name): "Er is geen account ‘\(name)’."
        case .accountAdded(let name, let role): "Account ‘\(name)’ (\(role)) is aangemaakt."
        case .generatedPassword(let password): "Wachtwoord (bewaar het nu; het wordt niet opnieuw getoond): \(password)"
        case .passwordChanged(let name): "Het wachtwoord van ‘\(name)’ is gewijzigd; de andere sessies zijn beëindigd."
        case .accountRemoved(let name): "Account ‘\(name)’ is verwijderd."
        case .noAccounts: "Er zijn nog geen accounts."
        case .unknownInstrument(let id, let known): "Onbekende vragenlijst ‘\(id)’; kies uit: \(known)."
        case .minimumOutOfRange(let minimum, let lowest, let size):
            "Minimum \(minimum) respondenten kan niet: het ligt tussen \(lowest) (anders zijn antwoorden terug te lezen) en de teamgrootte (\(size))."
        case .closingInPast(let date): "De sluitdatum \(date) ligt in het verleden."
        case .roundAlreadyOpen(let team, let round):
            "Team ‘\(team)’ heeft al een open ronde (\(round)); sluit of annuleer die eerst."
        case .roundPastClosing(let round):
            "De sluitdatum van ronde \(round) is voorbij; er kunnen geen antwoorden meer bij. Vraag de coördinator de ronde te verlengen."
        case .unknownRole(let role, let known): "Onbekende rol ‘\(role)’; kies uit: \(known)."
        case .unknownStatement(let id): "answers.\(id): deze stelling hoort niet bij de vragenlijst van de ronde."
        case .answerMissing(let id): "answers.\(id): geef een antwoord van 1 tot 5 of ‘weet niet’."
        case .invalidAnswerValue(let id, let value):
            "answers.\(id): ‘\(value)’ is geen antwoord; gebruik 1 tot 5 of ‘weet niet’."
        case .tooFewInImport(let source, let respondents, let minimum):
            "\(source): \(respondents) respondent(en); een meting telt vanaf \(minimum). Open een ronde en laat meer teamleden invullen."
        case .unchangedAnswers(let id): "Precies deze antwoorden zijn al opgeslagen als meting \(id); er is niets nieuws opgeslagen."
        case .unknownRound(let id): "Onbekende ronde ‘\(id)’."
        case .roundEnded(let round, let closed):
            closed ? "Ronde \(round) is al gesloten." : "Ronde \(round) is geannuleerd."
        case .tooFewRespondents(let round, let submitted, let minimum):
            "Ronde \(round) heeft \(submitted) ingevulde vragenlijst(en) en minstens \(minimum) nodig; verleng of annuleer de ronde."
        case .responseSubmitted: "Deze vragenlijst is al ingeleverd en kan niet meer veranderen."
        case .roundOpened(let round, let team, let url): "Ronde \(round) voor team ‘\(team)’ is geopend: \(url)"
        case .roundClosed(let round, let assessment): "Ronde \(round) is gesloten; de meting is \(assessment)."
        case .roundCancelled(let round): "Ronde \(round) is geannuleerd."
        case .roundExtended(let round, let closes): "Ronde \(round) sluit nu na \(closes)."
        case .responsesImported(let count, let round): "\(count) ingevulde vragenlijst(en) toegevoegd aan ronde \(round)."
        case .noRounds: "Er zijn geen rondes."
        case .progressLine(let submitted, let size): "\(submitted) van \(size) ingevuld"
        case .stateName(let state):
            switch state {
            case .open: "open"
            case .closed: "gesloten"
            case .cancelled: "geannuleerd"
            }
        case .alreadyRevoked(let team, let id): "Gebeurtenis \(id) van team ‘\(team)’ is al ingetrokken."
        case .revokesCorrection(let team, let id):
            "Gebeurtenis \(id) van team ‘\(team)’ is zelf een correctie; een correctie kan niet worden ingetrokken."
        case .inFuture(let field): "\(field): de datum ligt in de toekomst."
        case .teamDeleted(let team, let events, let assessments):
            "Team ‘\(team)’ is verwijderd met \(events) gebeurtenis(sen) en \(assessments) meting(en); de verwijdering staat in het auditlog."
        case .confirmDeletion(let team): "Verwijderen kan niet ongedaan worden gemaakt; bevestig met --confirm (team ‘\(team)’)."
        }
    }
}
