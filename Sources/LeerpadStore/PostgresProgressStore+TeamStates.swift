import Foundation
import PostgresNIO

extension PostgresProgressStore {
    public func keptStates() throws(StoreError) -> [Int64: KeptTeamState] {
        try keptStates(where: "", [])
    }

    public func keptStates(teamIDs: [Int64]) throws(StoreError) -> [Int64: KeptTeamState] {
        guard !teamIDs.isEmpty else { return [:] }
        return try keptStates(where: "WHERE teamId = ANY($1::bigint[])", [teamIDs])
    }

    private func keptStates(where condition: String, _ binds: [any PostgresBindable]) throws(StoreError)
        -> [Int64: KeptTeamState]
    {
        try read { db in
            var states: [Int64: KeptTeamState] = [:]
            for row in try db.rows("SELECT * FROM teamState \(condition)", binds) {
                let badges: String = try row("badges")
                let state = KeptTeamState(
                    teamID: try row("teamId"), revision: try row("revision"), basis: try row("basis"),
                    xp: try row("xp"), level: try row("level"), badges: badges.split(separator: " ").map(String.init),
                    events: try row("events"), lastGainAt: try row.optionalDate("lastGainAt"))
                states[state.teamID] = state
            }
            return states
        }
    }

    public func keep(_ states: [KeptTeamState]) throws(StoreError) {
        guard !states.isEmpty else { return }
        try write { db in
            // A cache write waits at most 50 ms for a lock (as SQLite's busy timeout for it): a
            // busy team leaves its state for the next view.
            try db.execute("SET LOCAL lock_timeout = '50ms'")
            for state in states {
                // A team deleted meanwhile keeps nothing.
                try db.execute(
                    """
                    INSERT INTO teamState (teamId, revision, basis, xp, level, badges, events, lastGainAt)
                    SELECT $1::bigint, $2::bigint, $3::text, $4::integer, $5::integer, $6::text, $7::integer,
                        $8::timestamptz
                    WHERE EXISTS (SELECT 1 FROM team WHERE id = $1::bigint)
                    ON CONFLICT (teamId) DO UPDATE SET revision = EXCLUDED.revision, basis = EXCLUDED.basis,
                        xp = EXCLUDED.xp, level = EXCLUDED.level, badges = EXCLUDED.badges,
                        events = EXCLUDED.events, lastGainAt = EXCLUDED.lastGainAt
                    """,
                    [
                        state.teamID, state.revision, state.basis, state.xp, state.level,
                        state.badges.joined(separator: " "), state.events, state.lastGainAt,
                    ])
            }
        }
    }
}
