import Foundation
import PostgresNIO

extension PostgresProgressStore {
    @discardableResult
    public func deleteTeam(teamID: Int64, deletedBy: String) throws(StoreError) -> TeamDeletion {
        let now = time.now()
        return try write { db -> TeamDeletion in
            guard let team = try db.row("SELECT * FROM team WHERE id = $1 FOR UPDATE", [teamID]) else {
                throw StoreError.unknownTeam(String(teamID))
            }
            let count = { (sql: String) throws -> Int in try db.row(sql, [teamID]).unwrap()("count", as: Int.self) }
            let deletion = TeamDeletion(
                teamID: teamID, teamName: try team("name"), municipality: try team("municipality"),
                deletedBy: deletedBy, deletedAt: now,
                events: try count("SELECT COUNT(*) AS count FROM progressEvent WHERE teamId = $1"),
                assessments: try count("SELECT COUNT(*) AS count FROM assessment WHERE teamId = $1"))
            // The audit line comes first: the log's delete trigger lets rows go only for a team it names.
            try db.execute(
                """
                INSERT INTO teamDeletion (teamId, teamName, municipality, deletedBy, deletedAt, events, assessments)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                """,
                [
                    teamID, deletion.teamName, deletion.municipality, deletedBy, now, deletion.events,
                    deletion.assessments,
                ])
            for sql in [
                "DELETE FROM progressEvent WHERE teamId = $1",
                "DELETE FROM roundResponse WHERE roundId IN (SELECT id FROM round WHERE teamId = $1)",
                "UPDATE assessment SET roundId = NULL WHERE teamId = $1",
                "DELETE FROM round WHERE teamId = $1",
                "DELETE FROM answer WHERE assessmentId IN (SELECT id FROM assessment WHERE teamId = $1)",
                "DELETE FROM assessment WHERE teamId = $1",
                "DELETE FROM learningPath WHERE teamId = $1",
                "DELETE FROM team WHERE id = $1",
            ] {
                try db.execute(sql, [teamID])
            }
            return deletion
        }
    }
}
