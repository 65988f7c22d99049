import Foundation
import GRDB

extension SQLiteProgressStore {
    @discardableResult
    public func deleteTeam(teamID: Int64, deletedBy: String) throws(StoreError) -> TeamDeletion {
        let now = time.now()
        return try perform {
            try pool.write { db -> TeamDeletion in
                guard let team = try Row.fetchOne(db, sql: "SELECT * FROM team WHERE id = ?", arguments: [teamID])
                else { throw StoreError.unknownTeam(String(teamID)) }
                let count = { (sql: String) in try Int.fetchOne(db, sql: sql, arguments: [teamID]) ?? 0 }
                let deletion = TeamDeletion(
                    teamID: teamID, teamName: team["name"], municipality: team["municipality"], deletedBy: deletedBy,
                    deletedAt: now, events: try count("SELECT COUNT(*) FROM progressEvent WHERE teamId = ?"),
                    assessments: try count("SELECT COUNT(*) FROM assessment WHERE teamId = ?"))
                // The audit line comes first: the log's delete trigger lets rows go only for a team it names.
                try db.execute(
                    sql: """
                        INSERT INTO teamDeletion (teamId, teamName, municipality, deletedBy, deletedAt, events, assessments)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        teamID, deletion.teamName, deletion.municipality, deletedBy, now, deletion.events,
                        deletion.assessments,
                    ])
                for sql in [
                    "DELETE FROM progressEvent WHERE teamId = ?",
                    "DELETE FROM roundResponse WHERE roundId IN (SELECT id FROM round WHERE teamId = ?)",
                    "UPDATE assessment SET roundId = NULL WHERE teamId = ?",
                    "DELETE FROM round WHERE teamId = ?",
                    "DELETE FROM answer WHERE assessmentId IN (SELECT id FROM assessment WHERE teamId = ?)",
                    "DELETE FROM assessment WHERE teamId = ?",
                    "DELETE FROM learningPath WHERE teamId = ?",
                    "DELETE FROM team WHERE id = ?",
                ] {
                    try db.execute(sql: sql, arguments: [teamID])
                }
                return deletion
            }
        }
    }
}
