import Foundation

/// Everything about a team's progress through levels: the game and maturity, side by side.
public struct TeamProgress: Hashable, Sendable {
    /// XP, level, badges, streak.
    public var state: TeamState
    /// The accepted path's steps with their status, in the order of their dates.
    public var steps: [StepProgress]
    /// The path level the team is working toward, if any step is left.
    public var workingLevel: Int?
    /// Per subdimension: the latest valid measurement against the valid one before.
    public var maturity: [SubdimensionChange]
    /// How many valid measurements the team has (thin ones do not count).
    public var assessments: Int

    /// Derives a team's progress from its log, assessments and accepted path, as of `now`.
    public init(
        events: [ProgressEvent], assessments: [RecordedAssessment], path: AcceptedPath?, context: GameEngine.Context,
        now: Date
    ) {
        let ordered = assessments.sorted { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
        state = GameEngine.state(
            events: events, assessments: ordered, pathModuleIDs: path?.steps.map(\.moduleID) ?? [], context: context,
            now: now)
        let state = self.state
        steps = path.map { PathProgress.steps($0, state: state) } ?? []
        workingLevel = PathProgress.workingLevel(steps)
        let valid = ordered.filter(\.isValid)
        if let latest = valid.last {
            maturity = MaturityComparison.compare(
                previous: valid.dropLast().last?.assessment, current: latest.assessment)
        } else {
            maturity = []
        }
        self.assessments = valid.count
    }
}
