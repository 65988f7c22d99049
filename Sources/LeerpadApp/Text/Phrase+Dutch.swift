import LeerpadCore

extension Phrase {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // Refusals and confirmations of the use cases
        case .unknownAccessCode: "Geen team heeft deze toegangscode."
        case .noAssessment(let team):
            "Team ‘\(team)’ heeft nog geen meting; vul eerst de scan in (web) of gebruik ‘leerpad assess … --team \(team) --save’."
        case .emptyPlan: "Het plan is leeg; er is niets aan te nemen."
        case .emptyAssessment(let source):
            "\(source): geen enkele stelling is beantwoord (alles leeg of ‘weet niet’); zonder antwoorden is er geen meting."
        case .unknownModules(let ids):
            "Onbekende module(s): \(ids); zie Content/catalogue.xml of `leerpad catalogue validate`."
        case .duplicateTeam(let team, let earlier, let later):
            "Let op: \(earlier) en \(later) zijn allebei van team ‘\(team)’; de vraag telt alleen \(later)."
        case .pathSaved: "Het leerpad is opgeslagen."
        case .progressRecorded: "De voortgang is vastgelegd."

        // What is wrong with a progress record
        case .chooseActivity: "Kies started, completed of tried."
        case .chooseModule(let unknown):
            unknown.isEmpty
                ? "Kies een module uit de catalogus." : "Kies een module uit de catalogus (onbekend: '\(unknown)')."
        case .chooseUseCase(let unknown):
            unknown.isEmpty ? "Kies een datatoepassing." : "Kies een datatoepassing (onbekend: '\(unknown)')."
        case .scoreOutOfRange: "Een score is een getal van 0 tot 1."
        case .scoreWithoutCompletion: "Een score hoort bij een afgeronde module."
        case .chooseTeam: "Kies een team."

        // What the store refused or failed at
        case .teamExists(let name): "Er is al een team dat ‘\(name)’ heet."
        case .unknownTeam(let name): "Geen team heet ‘\(name)’."
        case .unknownEvent(let team, let id): "Team ‘\(team)’ heeft geen gebeurtenis \(id)."
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .databaseUnavailable(let path, let reason): "\(path): de database is niet te gebruiken (\(reason))."
        case .xmlTooManyAttributes(let limit):
            "dit element heeft meer dan \(limit) attributen; er worden er hoogstens \(limit) aangenomen"
        case .xmlTooManyElements(let limit):
            "het document heeft meer dan \(limit) elementen; er worden er hoogstens \(limit) aangenomen"
        }
    }
}
