import LeerpadCore

/// Every learning path a team accepted, not only the latest: a calendar feed raises an event's
/// `SEQUENCE` each time its booking changed.
public protocol PathHistoryStore: Sendable {
    /// The team's accepted paths, oldest first.
    func acceptedPaths(teamID: Int64) throws(StoreError) -> [AcceptedPath]
}
