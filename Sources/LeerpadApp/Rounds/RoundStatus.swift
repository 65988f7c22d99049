import Foundation
import LeerpadCore
import LeerpadStore

/// Where a round stands, as a coordinator and the team may see it: how many answered and in
/// which roles, never what anyone answered.
public struct RoundStatus: Sendable {
    /// The round.
    public var round: Round
    /// Its team.
    public var team: Team
    /// Submitted responses.
    public var submitted: Int
    /// Responses begun but not submitted.
    public var drafts: Int
    /// Submitted responses per role (`""` for those who gave none).
    public var roles: [String: Int]
    /// Whether the closing date has passed while the round stays open (too few responses to close).
    public var isPastClosing: Bool
    /// The scores it closed into, once closed.
    public var assessment: Assessment?

    /// Whether it has enough submitted responses to close into a measurement.
    public var canClose: Bool { round.state == .open && submitted >= round.minimumRespondents }
}
