import LeerpadCore

/// What is wrong with one field of a progress record.
public enum ProgressRecordProblem: InputProblem, Equatable {
    case unknownActivity, unknownModule(String), unknownUseCase(String), score, scoreWithoutCompletion, noTeam

    /// What is wrong and how to put it right, in `language`.
    public func message(in language: Language) -> String {
        let text: Phrase
        switch self {
        case .unknownActivity: text = .chooseActivity
        case .unknownModule(let id): text = .chooseModule(unknown: String(id.prefix(60)))
        case .unknownUseCase(let id): text = .chooseUseCase(unknown: String(id.prefix(60)))
        case .score: text = .scoreOutOfRange
        case .scoreWithoutCompletion: text = .scoreWithoutCompletion
        case .noTeam: text = .chooseTeam
        }
        return text.text(language)
    }
}
