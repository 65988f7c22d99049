import Foundation
import LeerpadCore

/// One anonymous respondent's answers in a round: a draft until submitted, then final.
///
/// Nothing about the person is kept: no name, address or browser, only the role they chose to give.
public struct RoundResponse: Hashable, Sendable, Identifiable {
    /// The store's id.
    public var id: Int64
    /// The round's id.
    public var roundID: Int64
    /// The secret the respondent's browser keeps to go on with the draft.
    public var key: String
    /// The role the respondent gave, if any (`bestuur`, `beleid`, `uitvoering`, `informatie`).
    public var role: String?
    /// The answers so far, by statement id.
    public var answers: [String: Answer]
    /// When it was started.
    public var startedAt: Date
    /// When it was submitted; `nil` while it is a draft.
    public var submittedAt: Date?

    /// Creates a response value.
    public init(
        id: Int64, roundID: Int64, key: String, role: String?, answers: [String: Answer], startedAt: Date,
        submittedAt: Date?
    ) {
        self.id = id
        self.roundID = roundID
        self.key = key
        self.role = role
        self.answers = answers
        self.startedAt = startedAt
        self.submittedAt = submittedAt
    }
}
