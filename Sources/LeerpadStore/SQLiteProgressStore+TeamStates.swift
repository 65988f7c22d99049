import Foundation
import GRDB

extension SQLiteProgressStore {
    public func keptStates() throws(StoreError) -> [Int64: KeptTeamState] {
        try keptStates(where: "", [])
    }

    public func keptStates(teamIDs: [Int64]) throws(StoreError) -> [Int64: KeptTeamState] {
        guard !teamIDs.isEmpty else { return [:] }
        var states: [Int64: KeptTeamState] = [:]
        // SQLite allows 32,766 parameters per statement: ask in slices.
        for start in stride(from: 0, to: teamIDs.count, by: 1_000) {
            let slice = Array(teamIDs[start..<min(start + 1_000, teamIDs.count)])
            let marks = slice.map { _ in "?" }.joined(separator: ", ")
            states.merge(try keptStates(where: "WHERE teamId IN (\(marks))", slice)) { $1 }
        }
        return states
    }

    private func keptStates(where condition: String, _ ids: [Int64]) throws(StoreError) -> [Int64: KeptTeamState] {
        try perform {
            try pool.read { db in
                var states: [Int64: KeptTeamState] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT * FROM teamState \(condition)", arguments: StatementArguments(ids))
                {
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
            try cacheWriter.write { db in
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
