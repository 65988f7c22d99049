import LeerpadCore

/// What is wrong with one field of a progress record.
public enum ProgressRecordProblem: InputProblem, Equatable {
    case unknownActivity, unknownModule(String), unknownUseCase(String), score, scoreWithoutCompletion, noTeam

    public func message(in language: Language) -> String {
        let nl = language == .dutch
        switch self {
        case .unknownActivity: return nl ? "Kies started, completed of tried." : "Choose started, completed or tried."
        case .unknownModule(let id):
            let known = id.isEmpty ? "" : " (\(nl ? "onbekend" : "unknown"): '\(id.prefix(60))')"
            return (nl ? "Kies een module uit de catalogus" : "Choose a module of the catalogue") + known + "."
        case .unknownUseCase(let id):
            let known = id.isEmpty ? "" : " (\(nl ? "onbekend" : "unknown"): '\(id.prefix(60))')"
            return (nl ? "Kies een use case" : "Choose a use case") + known + "."
        case .score: return nl ? "Een score is een getal van 0 tot 1." : "A score is a number from 0 to 1."
        case .scoreWithoutCompletion:
            return nl ? "Een score hoort bij een afgeronde module." : "A score belongs with a completed module."
        case .noTeam: return nl ? "Kies een team." : "Choose a team."
        }
    }
}
