import LeerpadCore

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
    public func activity(in content: some ContentIdentifiers) -> Result<
        ProgressActivity, InputProblems<ProgressRecordField>
    > {
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
