/// Where derived team states are kept between requests and server processes (see ``KeptTeamState``).
public protocol TeamStateStore: Sendable {
    /// Every kept state, by team id.
    func keptStates() throws(StoreError) -> [Int64: KeptTeamState]
    /// Keeps `states`, replacing what was kept for those teams.
    func keep(_ states: [KeptTeamState]) throws(StoreError)
}
