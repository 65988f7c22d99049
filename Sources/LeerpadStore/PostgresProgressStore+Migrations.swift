import Foundation
import PostgresNIO

extension PostgresProgressStore {
    /// Applies the migrations this version knows and the database lacks, in order, each in its own
    /// transaction, under an advisory lock: when several processes start at once, one applies
    /// them and the others then find them applied.
    public func migrate() throws(StoreError) { try migrate(through: nil) }

    /// Applies the migrations up to version `last` (all with nil): the tests make old schemas so.
    func migrate(through last: Int?) throws(StoreError) {
        try perform {
            try pool.withDedicatedConnection { db in
                try db.execute("SELECT pg_advisory_lock($1)", [PostgresSchema.lockKey])
                defer { _ = try? db.execute("SELECT pg_advisory_unlock($1)", [PostgresSchema.lockKey]) }
                try db.execute(PostgresSchema.migrationTable)
                let applied = Set(
                    try db.rows("SELECT version FROM schema_migration").map { try $0("version", as: Int.self) })
                for migration in PostgresSchema.migrations
                where !applied.contains(migration.version) && migration.version <= (last ?? .max) {
                    try db.execute("BEGIN")
                    do {
                        for statement in migration.statements { try db.execute(statement) }
                        try db.execute(
                            "INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, now())",
                            [migration.version, migration.name])
                        try db.execute("COMMIT")
                    } catch {
                        _ = try? db.execute("ROLLBACK")
                        throw error
                    }
                }
            }
        }
    }

    public func schemaStatus() throws(StoreError) -> SchemaStatus {
        let known = PostgresSchema.migrations.map(\.name)
        let applied = try read { db -> [(Int, String)] in
            let exists = try db.row("SELECT to_regclass('schema_migration') IS NOT NULL AS present").unwrap()
            guard try exists("present", as: Bool.self) else { return [] }
            return try db.rows("SELECT version, name FROM schema_migration ORDER BY version").map {
                (try $0("version", as: Int.self), try $0("name", as: String.self))
            }
        }
        let names = applied.map(\.1)
        // Applied ones in the order this Leerpad knows them; unknown (newer) ones after.
        return SchemaStatus(applied: known.filter(names.contains) + names.filter { !known.contains($0) }, known: known)
    }
}
