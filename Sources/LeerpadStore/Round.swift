import Foundation

/// Where a measurement round stands.
public enum RoundState: String, Hashable, Sendable, CaseIterable {
    /// Respondents can answer.
    case open
    /// Closed into a measurement.
    case closed
    /// Cancelled: its responses never become a measurement.
    case cancelled
}

/// A measurement round: a team fills in the scan together, each member anonymously, and the
/// round closes into the team's measurement once enough of them have answered.
public struct Round: Hashable, Sendable, Identifiable {
    /// The store's id.
    public var id: Int64
    /// The team's id.
    public var teamID: Int64
    /// The respondents' unguessable link token.
    public var token: String
    /// The questionnaire answered (`quickscan` or `fullscan`).
    public var instrument: String
    /// When it was opened.
    public var openedAt: Date
    /// The day after which it closes on its own at the next access, if set.
    public var closesAt: Date?
    /// The fewest submitted responses it closes into a measurement with.
    public var minimumRespondents: Int
    /// Open, closed or cancelled.
    public var state: RoundState
    /// When it was closed or cancelled.
    public var endedAt: Date?
    /// The measurement it closed into.
    public var assessmentID: Int64?

    /// Creates a round value.
    public init(
        id: Int64, teamID: Int64, token: String, instrument: String, openedAt: Date, closesAt: Date?,
        minimumRespondents: Int, state: RoundState, endedAt: Date?, assessmentID: Int64?
    ) {
        self.id = id
        self.teamID = teamID
        self.token = token
        self.instrument = instrument
        self.openedAt = openedAt
        self.closesAt = closesAt
        self.minimumRespondents = minimumRespondents
        self.state = state
        self.endedAt = endedAt
        self.assessmentID = assessmentID
    }
}
