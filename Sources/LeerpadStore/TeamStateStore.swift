/// Where derived team states are kept between requests and server processes (see ``KeptTeamState``).
public protocol TeamStateStore: Sendable {
    /// Every kept state, by team id.
    func keptStates() throws(StoreError) -> [Int64: KeptTeamState]
    /// The kept states of the teams with these ids, by team id.
    func keptStates(teamIDs: [Int64]) throws(StoreError) -> [Int64: KeptTeamState]
    /// Keeps `states`, replacing what was kept for those teams. It may fail when the database is
    /// busy (it does not wait long); the states are then derived again at the next view.
    func keep(_ states: [KeptTeamState]) throws(StoreError)
}
