import LeerpadCore

/// The fields of a progress record as a person gives them.
public enum ProgressRecordField: String, Sendable, CaseIterable {
    case team, activity, item, score
}

/// A coordinator's record of what a team did, as typed: checked field by field in one place for
/// the dashboard form, the JSON API and `leerpad progress record`.
public struct ProgressRecordInput: Sendable {
    /// `started`, `completed` or `tried`.
    public var activity: String
    /// `module:ID`, `usecase:ID` or a bare id.
    public var item: String
    /// The completion's score, 0–1, or empty.
    public var score: String?

    /// Input with these texts.
    public init(activity: String, item: String, score: String? = nil) {
        self.activity = activity
        self.item = item
        self.score = score
    }

    /// The activity, or the problem of each field that is refused.
    public func activity(in content: some ContentIdentifiers) -> Result<ProgressActivity, InputProblems<ProgressRecordField>> {
        var problems = InputProblems<ProgressRecordField>()
        let id = item.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
        var scoreValue: Double?
        if let score, !score.trimmingCharacters(in: .whitespaces).isEmpty {
            switch NumberInput.parse(score) {
            case .success(let value) where (0...1).contains(value): scoreValue = value
            default: problems.add(.score, ProgressRecordProblem.score)
            }
        }
        var recorded: ProgressActivity?
        switch activity {
        case "started", "completed":
            if !content.hasModule(id) || item.hasPrefix("usecase:") {
                problems.add(.item, ProgressRecordProblem.unknownModule(id))
            } else if activity == "started" {
                if scoreValue != nil { problems.add(.score, ProgressRecordProblem.scoreWithoutCompletion) }
                recorded = .started(moduleID: id)
            } else {
                recorded = .completed(moduleID: id, score: scoreValue)
            }
        case "tried":
            if !content.hasUseCase(id) || item.hasPrefix("module:") {
                problems.add(.item, ProgressRecordProblem.unknownUseCase(id))
            } else {
                if scoreValue != nil { problems.add(.score, ProgressRecordProblem.scoreWithoutCompletion) }
                recorded = .triedUseCase(id)
            }
        default:
            problems.add(.activity, ProgressRecordProblem.unknownActivity)
        }
        guard problems.isEmpty, let recorded else { return .failure(problems) }
        return .success(recorded)
    }
}

/// What a progress record can refer to.
public protocol ContentIdentifiers {
    /// Whether the catalogue has a module with this id.
    func hasModule(_ id: String) -> Bool
    /// Whether a use case has this id.
    func hasUseCase(_ id: String) -> Bool
}

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
