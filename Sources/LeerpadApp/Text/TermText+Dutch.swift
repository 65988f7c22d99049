import LeerpadCore

extension TermText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .team: "Team"
        case .teams: "Teams"
        case .module: "Module"
        case .modules: "Modules"
        case .useCases: "Datatoepassingen"
        case .badges: "Badges"
        case .questionnaire: "Vragenlijst"
        case .learningPath: "Leerpad"
        case .rank: "Rang"
        case .maturityLevel: "Niveau"
        case .stage: "Etappe"
        case .prerequisite: "voorkennis"
        case .selfPaced: "zelfstudie"
        case .noAnswers: "geen antwoorden"

        // The state of a step on the path
        case .stepDone: "klaar"
        case .stepInProgress: "bezig"
        case .stepNext: "volgende"
        case .stepPlanned: "gepland"
        }
    }
}
