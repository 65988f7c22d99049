import Foundation
import GRDB
import LeerpadCore

extension SQLiteProgressStore {
    public func acceptedPaths(teamID: Int64) throws(StoreError) -> [AcceptedPath] {
        let plans = try perform {
            try pool.read { db in
                try String.fetchAll(
                    db, sql: "SELECT plan FROM learningPath WHERE teamId = ? ORDER BY acceptedAt, id",
                    arguments: [teamID])
            }
        }
        do {
            return try plans.map { try JSONDecoder().decode(AcceptedPath.self, from: Data($0.utf8)) }
        } catch {
            throw .database(path: path, reason: "a stored learning path cannot be read: \(error.localizedDescription)")
        }
    }
}
