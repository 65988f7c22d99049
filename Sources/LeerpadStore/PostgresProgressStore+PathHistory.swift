import Foundation
import LeerpadCore
import PostgresNIO

extension PostgresProgressStore {
    public func acceptedPaths(teamID: Int64) throws(StoreError) -> [AcceptedPath] {
        let plans = try read { db in
            try db.rows("SELECT plan FROM learningPath WHERE teamId = $1 ORDER BY acceptedAt, id", [teamID]).map {
                try $0("plan", as: String.self)
            }
        }
        do {
            return try plans.map { try JSONDecoder().decode(AcceptedPath.self, from: Data($0.utf8)) }
        } catch {
            throw .database(
                path: location, reason: "a stored learning path cannot be read: \(error.localizedDescription)")
        }
    }
}
