/// What a team did, as recorded in its progress log.
public enum ProgressActivity: Hashable, Sendable {
    /// The team started a module.
    case started(moduleID: String)
    /// The team completed a module, with a score (0–1) or evidence when there is one.
    case completed(moduleID: String, score: Double?)
    /// The team tried a use case in a workshop demo.
    case triedUseCase(String)
    /// The team took an assessment (the first one or a reassessment), stored under this id.
    case assessed(assessmentID: Int64)
    /// A coordinator's correction: the event `revokedEventID` no longer counts. Nothing is deleted.
    case correction(revokedEventID: Int64, note: String)

    /// The stable code stored in the log: `started`, `completed`, `tried`, `assessed`, `correction`.
    public var kind: String {
        switch self {
        case .started: "started"
        case .completed: "completed"
        case .triedUseCase: "tried"
        case .assessed: "assessed"
        case .correction: "correction"
        }
    }

    /// What the activity is about: a module, use case or assessment id, or the revoked event.
    public var target: String {
        switch self {
        case .started(let id), .completed(let id, _), .triedUseCase(let id): id
        case .assessed(let id): String(id)
        case .correction(let id, _): String(id)
        }
    }

    /// The key under which an activity is rewarded at most once; `nil` for corrections.
    public var rewardKey: String? {
        switch self {
        case .correction: nil
        default: "\(kind):\(target)"
        }
    }
}
