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
    /// The path stage of the step (modules of stage 2 build on those of stage 1).
    public var level: Int
    /// Its status.
    public var status: StepStatus
    /// The first day of the booked run, when the path has dates.
    public var start: CalendarDate?
    /// The last day of the booked run, when the path has dates.
    public var end: CalendarDate?

    /// Creates a step's progress.
    public init(moduleID: String, level: Int, status: StepStatus, start: CalendarDate? = nil, end: CalendarDate? = nil)
    {
        self.moduleID = moduleID
        self.level = level
        self.status = status
        self.start = start
        self.end = end
    }
}

/// The statuses of a path's steps, given what the team has started and completed.
public enum PathProgress {
    /// The steps of an accepted path as a timeline: in the order of their runs' dates (then stage, then
    /// path order), each done, in progress, the earliest untouched one `next`, the rest `planned`.
    public static func steps(_ path: AcceptedPath, state: TeamState) -> [StepProgress] {
        let timeline = path.steps.enumerated().sorted {
            ($0.element.start, $0.element.level, $0.offset) < ($1.element.start, $1.element.level, $1.offset)
        }.map(\.element)
        var steps = Self.steps(timeline.map { ($0.moduleID, $0.level) }, state: state)
        for index in steps.indices {
            steps[index].start = timeline[index].start
            steps[index].end = timeline[index].end
        }
        return steps
    }

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
