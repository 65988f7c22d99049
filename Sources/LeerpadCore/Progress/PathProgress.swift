/// Where a team stands on one step of its learning path.
public enum StepStatus: String, Hashable, Sendable, Codable {
    /// Completed.
    case done
    /// Started, not completed.
    case inProgress = "in-progress"
    /// The first step not yet started: what to do next.
    case next
    /// Later steps.
    case planned
}

/// A step of the accepted path with its status.
public struct StepProgress: Hashable, Sendable {
    /// The module's id.
    public var moduleID: String
    /// The path level of the step.
    public var level: Int
    /// Its status.
    public var status: StepStatus

    /// Creates a step's progress.
    public init(moduleID: String, level: Int, status: StepStatus) {
        self.moduleID = moduleID
        self.level = level
        self.status = status
    }
}

/// The statuses of a path's steps, given what the team has started and completed.
public enum PathProgress {
    /// Steps in path order: done, in progress, the first untouched one `next`, the rest `planned`.
    public static func steps(_ path: [(moduleID: String, level: Int)], state: TeamState) -> [StepProgress] {
        var nextAssigned = false
        return path.map { step in
            let status: StepStatus
            if state.completedModules.contains(step.moduleID) {
                status = .done
            } else if state.startedModules.contains(step.moduleID) {
                status = .inProgress
            } else if !nextAssigned {
                status = .next
                nextAssigned = true
            } else {
                status = .planned
            }
            return StepProgress(moduleID: step.moduleID, level: step.level, status: status)
        }
    }

    /// The path level the team is working toward: the lowest level with a step not done.
    public static func workingLevel(_ steps: [StepProgress]) -> Int? {
        steps.filter { $0.status != .done }.map(\.level).min()
    }
}
