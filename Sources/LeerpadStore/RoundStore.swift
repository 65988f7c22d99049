import Foundation
import LeerpadCore

/// Where measurement rounds and their anonymous responses are kept.
public protocol RoundStore: Sendable {
    /// Opens a round for the team under `token`.
    func openRound(teamID: Int64, token: String, instrument: String, closesAt: Date?, minimumRespondents: Int)
        throws(StoreError) -> Round
    /// The round with this id, if any.
    func round(id: Int64) throws(StoreError) -> Round?
    /// The round whose respondent link token is `token`, if any.
    func round(token: String) throws(StoreError) -> Round?
    /// The rounds of one team, or of every team, newest first.
    func rounds(teamID: Int64?) throws(StoreError) -> [Round]
    /// Starts a draft response in an open round.
    func startResponse(roundID: Int64, key: String, role: String?) throws(StoreError) -> RoundResponse
    /// The response whose key is `key`, if any.
    func response(key: String) throws(StoreError) -> RoundResponse?
    /// Keeps a draft's answers and role; refused once it is submitted or the round has ended.
    func saveDraft(responseID: Int64, role: String?, answers: [String: Answer]) throws(StoreError)
    /// Submits a draft as final; refused when submitted already or the round has ended.
    func submitResponse(responseID: Int64) throws(StoreError)
    /// Adds submitted responses to an open round in one transaction (an API call or a survey export).
    func addResponses(roundID: Int64, _ responses: [(role: String?, answers: [String: Answer])])
        throws(StoreError) -> [RoundResponse]
    /// The round's responses, drafts included, in the order they were started.
    func responses(roundID: Int64) throws(StoreError) -> [RoundResponse]
    /// Closes the round into a measurement of its submitted responses, in one transaction:
    /// refused when it is not open or has fewer than its minimum.
    func closeRound(id: Int64, modelVersion: String) throws(StoreError) -> StoredAssessment
    /// Moves an open round's closing instant.
    func setClosing(roundID: Int64, closesAt: Date?) throws(StoreError)
    /// Cancels an open round; its responses never become a measurement.
    func cancelRound(id: Int64) throws(StoreError)
}
