import Foundation
import LeerpadCore
import LeerpadStore

/// A round as the JSON API shows it to a coordinator: progress and the mix of roles, the
/// respondents' link, and the measurement once closed — never anyone's answers.
public struct RoundStatusView: Encodable, Sendable {
    /// The round's id.
    public var id: Int64
    /// The team's name.
    public var team: String
    /// The questionnaire answered.
    public var instrument: String
    /// `open`, `closed` or `cancelled`.
    public var state: String
    /// Submitted responses.
    public var responses: Int
    /// Responses begun but not submitted.
    public var drafts: Int
    /// The team's size.
    public var teamSize: Int
    /// The fewest respondents it closes with.
    public var minimum: Int
    /// Submitted responses per role (`""` for none given).
    public var roles: [String: Int]
    /// The last day to answer, if set.
    @NullEncodable public var closes: String?
    /// Whether the closing date passed while the round stays open.
    public var pastClosing: Bool
    /// The respondents' link, relative to the server.
    public var path: String
    /// The id of the measurement it closed into.
    @NullEncodable public var measurement: Int64?

    /// The view of `status`.
    public init(_ status: RoundStatus) {
        let round = status.round
        id = round.id
        team = status.team.name
        instrument = round.instrument
        state = round.state.rawValue
        responses = status.submitted
        drafts = status.drafts
        teamSize = status.team.size
        minimum = round.minimumRespondents
        roles = status.roles
        closes = round.closesAt.map { CalendarDate($0).adding(days: -1).description }
        pastClosing = status.isPastClosing
        path = "/r/" + round.token
        measurement = round.assessmentID
    }
}
