import LeerpadContent
import LeerpadCore

/// A team's progress as JSON: XP and level, badges, streak, the path with each step's state,
/// its scores against the measurement before, and its neighbours on the leaderboard.
public struct ProgressView: Encodable, Sendable {
    /// The team's name.
    public var team: String
    /// Its municipality.
    public var municipality: String
    /// Its XP.
    public var xp: Int
    /// Its level number.
    public var level: Int
    /// The level's name in the chosen language.
    public var levelName: String
    /// The XP at which the current level starts.
    public var levelXP: Int
    /// The XP at which the next level starts; `null` at the top level.
    @NullEncodable public var nextLevelXP: Int?
    /// How many events the log holds.
    public var events: Int
    /// The badges earned, in the order earned.
    public var badges: [BadgeView]
    /// The current streak of active weeks.
    public var streakWeeks: Int
    /// The longest streak so far.
    public var longestStreakWeeks: Int
    /// The path level the team is working toward; `null` when no step is left.
    @NullEncodable public var workingTowardLevel: Int?
    /// The accepted path's steps with their state.
    public var path: [PathStepView]
    /// How many assessments the team took.
    public var assessments: Int
    /// The latest assessment's scores against the one before; empty before the first.
    public var scores: [ScoreView]
    /// The team and its neighbours on its municipality's leaderboard.
    public var leaderboard: [LeaderboardLineView]

    /// The view of `report`, named from `content` in `language`, with `leaderboard` around the team.
    public init(_ report: TeamReport, leaderboard: [RankedEntry], content: ContentBundle, language: Language) {
        let state = report.progress.state
        team = report.team.name
        municipality = report.team.municipality
        xp = state.xp
        level = state.level.number
        levelName = state.level.name[language]
        levelXP = state.level.minimumXP
        nextLevelXP = content.game.levels.first { $0.minimumXP > state.xp }?.minimumXP
        events = state.events
        badges = state.badges.map { BadgeView($0, game: content.game, language: language) }
        streakWeeks = state.streakWeeks
        longestStreakWeeks = state.longestStreakWeeks
        workingTowardLevel = report.progress.workingLevel
        path = report.progress.steps.map { PathStepView($0, catalogue: content.catalogue, language: language) }
        assessments = report.progress.assessments
        scores =
            report.latest.map {
                ScoreView.list($0, previous: report.previous, model: content.model, language: language)
            } ?? []
        self.leaderboard = leaderboard.map(LeaderboardLineView.init)
    }
}
