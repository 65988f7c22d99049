import LeerpadCore

extension RoundText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .weakPassword: "Een wachtwoord heeft 8 tot 72 tekens (bytes)."
        case .adminWithMunicipality:
            "Een admin-account ziet alle gemeenten en hoort bij geen enkele; laat --municipality weg."
        case .accountExists(let name): "Er bestaat al een account ‘\(name)’."
        case .unknownAccount(let name): "Er is geen account ‘\(name)’."
        case .accountAdded(let name, let role): "Account ‘\(name)’ (\(role)) is aangemaakt."
        case .generatedPassword(let password): "Wachtwoord (bewaar het nu; het wordt niet opnieuw getoond): \(password)"
        case .passwordChanged(let name): "Het wachtwoord van ‘\(name)’ is gewijzigd; de andere sessies zijn beëindigd."
        case .accountRemoved(let name): "Account ‘\(name)’ is verwijderd."
        case .noAccounts: "Er zijn nog geen accounts."
        case .adminOnly: "Alleen een admin-account mag dit (de catalogus en alle gemeenten zijn gedeeld)."
        case .unknownInstrument(let id, let known): "Onbekende vragenlijst ‘\(id)’; kies uit: \(known)."
        case .minimumOutOfRange(let minimum, let lowest, let size):
            "Minimum \(minimum) respondenten kan niet: het ligt tussen \(lowest) (anders zijn antwoorden terug te lezen) en de teamgrootte (\(size))."
        case .closingInPast(let date): "De sluitdatum \(date) ligt in het verleden."
        case .invalidDate(let text): "‘\(text)’ is geen datum; schrijf JJJJ-MM-DD."
        case .invalidWholeNumber(let text): "‘\(text)’ is geen geheel getal."
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
        case .unchangedAnswers(let id):
            "Precies deze antwoorden zijn al opgeslagen als meting \(id); er is niets nieuws opgeslagen."
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
        case .responsesImported(let count, let round):
            "\(count) ingevulde vragenlijst(en) toegevoegd aan ronde \(round)."
        case .noRounds: "Er zijn geen rondes."
        case .progressLine(let submitted, let size): "\(submitted) van \(size) ingevuld"
        case .stateName(let state):
            switch state {
            case .open: "open"
            case .closed: "gesloten"
            case .cancelled: "geannuleerd"
            }
        case .roundHeading(let team): "Scan van team \(team)"
        case .roundIntroduction(let statements, let pages):
            "Deze vragenlijst is anoniem: uw naam, adres en browser worden niet bewaard. \(statements) stellingen op \(pages) pagina's; elke stelling beantwoordt u met 1 (helemaal oneens) tot 5 (helemaal eens) of ‘weet niet’. De uitkomst ziet het team pas als genoeg collega's hebben ingevuld."
        case .yourRole: "Uw rol (mag leeg blijven)"
        case .roleName(let role):
            switch role {
            case "bestuur": "Bestuur (wethouder, directie)"
            case "beleid": "Beleid"
            case "uitvoering": "Uitvoering"
            case "informatie": "Informatie- en datafuncties"
            default: role
            }
        case .ratherNotSay: "Zeg ik liever niet"
        case .begin: "Beginnen"
        case .pageHeading(let page, let pages, let dimension): "Deel \(page) van \(pages): \(dimension)"
        case .nextPage: "Volgende"
        case .previousPage: "Vorige"
        case .reviewHeading: "Controleren en inleveren"
        case .submit: "Inleveren"
        case .pageHasErrors: "Niet alle stellingen op deze pagina zijn beantwoord; zie de meldingen hieronder."
        case .thanks:
            "Dank u wel! Uw antwoorden zijn ingeleverd. De uitkomst verschijnt op de teampagina zodra de ronde is gesloten."
        case .noOpenRound: "Dit team heeft geen open meetronde. Vraag uw coördinator een ronde te openen."
        case .roundsHeading: "Meetrondes"
        case .openRoundHeading: "Een meetronde openen"
        case .instrument: "Vragenlijst"
        case .closesOn: "Laatste dag (mag leeg blijven)"
        case .minimumRespondents: "Minimum aantal respondenten"
        case .openRoundButton: "Ronde openen"
        case .closeRoundButton: "Sluiten tot meting"
        case .cancelRoundButton: "Annuleren"
        case .respondentLink: "Link voor respondenten"
        case .respondents(let count): count == 1 ? "1 respondent" : "\(count) respondenten"
        case .thin: "dun"
        case .thinExplanation(let minimum):
            "‘dun’: minder dan \(minimum) respondenten of meer dan de helft ‘weet niet’ — lees er weinig in."
        case .roleMix: "Rollen"
        case .importIntoRound: "Enquête-export aan een ronde toevoegen"
        case .answersFile: "Antwoordbestand (CSV)"
        case .importButton: "Toevoegen"
        case .privacyHeading: "Privacy (AVG)"
        case .privacyExplanation:
            "Respondenten zijn anoniem. Download alles wat over een team is opgeslagen, of verwijder een team met al zijn gegevens (de verwijdering wordt gelogd)."
        case .exportTeamData: "Alle gegevens van het team downloaden (JSON)"
        case .deleteTeamHeading: "Team verwijderen"
        case .typeTeamNameToConfirm: "Typ de naam van het team ter bevestiging"
        case .deleteTeamButton: "Definitief verwijderen"
        case .teamNameDoesNotMatch: "De naam komt niet overeen met het gekozen team; er is niets verwijderd."
        case .roundOpenedNotice(let round): "Ronde \(round) is geopend."
        case .roundClosedNotice(let round): "Ronde \(round) is gesloten tot een meting."
        case .roundCancelledNotice(let round): "Ronde \(round) is geannuleerd."
        case .qrCodeOf(let team): "QR-code van de scanlink van team \(team)"
        case .minimumShort: "minimum"
        case .round: "Ronde"
        case .beginFirst(let token): "Begin de vragenlijst via de link /r/\(token); uw antwoorden worden daar bewaard."
        case .spreadColumn: "Spreiding"
        case .spreadExplanation:
            "Spreiding: hoe ver de antwoorden van de respondenten uiteenlopen (standaardafwijking op de schaal 1–5); gemarkeerd waar het team het oneens is — een gespreksonderwerp."
        case .disputed: "het team is het hier oneens"
        case .alreadyRevoked(let team, let id): "Gebeurtenis \(id) van team ‘\(team)’ is al ingetrokken."
        case .revokesCorrection(let team, let id):
            "Gebeurtenis \(id) van team ‘\(team)’ is zelf een correctie; een correctie kan niet worden ingetrokken."
        case .inFuture(let field): "\(field): de datum ligt in de toekomst."
        case .teamDeleted(let team, let events, let assessments):
            "Team ‘\(team)’ is verwijderd met \(events) gebeurtenis(sen) en \(assessments) meting(en); de verwijdering staat in het auditlog."
        case .teamRemovedNotice: "Het team en al zijn gegevens zijn verwijderd; de verwijdering staat in het auditlog."
        case .confirmDeletion(let team):
            "Verwijderen kan niet ongedaan worden gemaakt; bevestig met --confirm (team ‘\(team)’)."
        }
    }
}
