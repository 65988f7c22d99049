import Foundation
import LeerpadCore

/// Where Leerpad keeps teams, assessments, accepted paths and the progress log.
///
/// The log is append-only: a correction is a new event that revokes an earlier one. Game state
/// is never stored; it is derived from the log with ``GameEngine`` and can always be recomputed.
/// It refines the stores of accounts and rounds: one database keeps everything.
public protocol ProgressStore: AccountStore, RoundStore {
    /// Adds a team; its name must be new.
    func addTeam(name: String, municipality: String, size: Int) throws(StoreError) -> Team
    /// Every team, by name.
    func teams() throws(StoreError) -> [Team]
    /// The teams of one municipality (compared without regard to case or surrounding spaces), by name.
    func teams(municipality: String) throws(StoreError) -> [Team]
    /// The team called `name` (case-insensitive).
    func team(named name: String) throws(StoreError) -> Team
    /// The team with the store's id `id`, if any.
    func team(id: Int64) throws(StoreError) -> Team?
    /// The team whose access code is `code`, if any.
    func team(accessCode code: String) throws(StoreError) -> Team?
    /// Sets whether the team stays off leaderboards.
    func setLeaderboardOptOut(teamID: Int64, _ optedOut: Bool) throws(StoreError)
    /// Stores an assessment and logs it as an `assessed` event, in one transaction.
    func saveAssessment(
        teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response]
    ) throws(StoreError) -> StoredAssessment
    /// The team's assessments, oldest first.
    func assessments(teamID: Int64) throws(StoreError) -> [StoredAssessment]
    /// Stores the path the team accepted; the latest one counts.
    func acceptPath(teamID: Int64, acceptedAt: Date, path: AcceptedPath) throws(StoreError)
    /// The path the team accepted last.
    func latestPath(teamID: Int64) throws(StoreError) -> AcceptedPath?
    /// Appends activities to the team's log in one transaction: all of them or none.
    @discardableResult
    func record(teamID: Int64, _ activities: [(ProgressActivity, Date)]) throws(StoreError) -> [ProgressEvent]
    /// The team's log in log order.
    func events(teamID: Int64) throws(StoreError) -> [ProgressEvent]
    /// Deletes the team and everything stored about it, in one transaction, and writes who did it
    /// to the deletion audit. This is the one path that removes rows from the progress log.
    @discardableResult
    func deleteTeam(teamID: Int64, deletedBy: String) throws(StoreError) -> TeamDeletion
}
