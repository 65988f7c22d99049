import Foundation
import GRDB

extension SQLiteProgressStore {
    public func keptStates() throws(StoreError) -> [Int64: KeptTeamState] {
        try perform {
            try pool.read { db in
                var states: [Int64: KeptTeamState] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM teamState") {
                    let badges: String = row["badges"]
                    let state = KeptTeamState(
                        teamID: row["teamId"], revision: row["revision"], basis: row["basis"], xp: row["xp"],
                        level: row["level"], badges: badges.split(separator: " ").map(String.init),
                        events: row["events"], lastGainAt: row["lastGainAt"])
                    states[state.teamID] = state
                }
                return states
            }
        }
    }

    public func keep(_ states: [KeptTeamState]) throws(StoreError) {
        guard !states.isEmpty else { return }
        try perform {
            try pool.write { db in
                for state in states {
                    // A team deleted meanwhile keeps nothing.
                    try db.execute(
                        sql: """
                            INSERT INTO teamState (teamId, revision, basis, xp, level, badges, events, lastGainAt)
                            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM team WHERE id = ?)
                            ON CONFLICT (teamId) DO UPDATE SET revision = excluded.revision, basis = excluded.basis,
                                xp = excluded.xp, level = excluded.level, badges = excluded.badges,
                                events = excluded.events, lastGainAt = excluded.lastGainAt
                            """,
                        arguments: [
                            state.teamID, state.revision, state.basis, state.xp, state.level,
                            state.badges.joined(separator: " "), state.events, state.lastGainAt, state.teamID,
                        ])
                }
            }
        }
    }
}
