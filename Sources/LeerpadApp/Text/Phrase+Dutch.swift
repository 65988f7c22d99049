import LeerpadCore

extension Phrase {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .unknownAccessCode: "Geen team heeft deze toegangscode."
        case .noAssessment(let team):
            "Team ‘\(team)’ heeft nog geen meting; vul eerst de scan in (web) of gebruik ‘leerpad assess … --team \(team) --save’."
        case .emptyPlan: "Het plan is leeg; er is niets aan te nemen."
        case .emptyAssessment(let source):
            "\(source): geen enkele stelling is beantwoord (alles leeg of ‘weet niet’); zonder antwoorden is er geen meting."
        case .pathSaved: "Het leerpad is opgeslagen."
        case .progressRecorded: "De voortgang is vastgelegd."
        }
    }
}
