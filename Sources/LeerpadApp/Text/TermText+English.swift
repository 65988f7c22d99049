import LeerpadCore

extension TermText {
    /// The text in English.
    public var english: String {
        switch self {
        case .team: "Team"
        case .teams: "Teams"
        case .module: "Module"
        case .modules: "Modules"
        case .useCases: "Use cases"
        case .badges: "Badges"
        case .questionnaire: "Questionnaire"
        case .learningPath: "Learning path"
        case .rank: "Rank"
        case .maturityLevel: "Level"
        case .stage: "Stage"
        case .prerequisite: "prerequisite"
        case .selfPaced: "self-paced"
        case .noAnswers: "no answers"

        // The state of a step on the path
        case .stepDone: "done"
        case .stepInProgress: "in progress"
        case .stepNext: "next"
        case .stepPlanned: "planned"
        }
    }
}
