import Foundation
import GRDB

extension SQLiteProgressStore {
    public func schemaStatus() throws(StoreError) -> SchemaStatus {
        let migrator = SQLiteSchema.migrator
        let applied = try perform { try pool.read { db in try migrator.appliedIdentifiers(db) } }
        let known = migrator.migrations
        // Applied ones in the order this Leerpad knows them; unknown (newer) ones after.
        return SchemaStatus(
            applied: known.filter(applied.contains) + applied.filter { !known.contains($0) }.sorted(), known: known)
    }

    public func rowCount(of table: StoreTable) throws(StoreError) -> Int {
        try perform { try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.rawValue)") ?? 0 } }
    }

    public func rows(of table: StoreTable, offset: Int, limit: Int) throws(StoreError) -> [[StoreValue]] {
        let columns = table.columns
        let sql = """
            SELECT \(columns.map(\.name).joined(separator: ", ")) FROM \(table.rawValue)
            ORDER BY \(table.key.joined(separator: ", ")) LIMIT ? OFFSET ?
            """
        return try perform {
            try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: [limit, offset]).map { row in
                    columns.indices.map { Self.value(row, at: $0, kind: columns[$0].kind) }
                }
            }
        }
    }

    public func load(from source: any StoreMaintenance, batchSize: Int) throws(StoreError) {
        try requireEmpty()
        try perform {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction {
                    // `assessment` and `round` refer to each other: check references at the end.
                    try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                    var revisions: [(id: StoreValue, revision: StoreValue)] = []
                    for table in StoreTable.allCases {
                        let columns = table.columns
                        let statement = try db.makeStatement(
                            sql: """
                                INSERT INTO \(table.rawValue) (\(columns.map(\.name).joined(separator: ", ")))
                                VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
                                """)
                        var offset = 0
                        while true {
                            let batch = try source.rows(of: table, offset: offset, limit: batchSize)
                            for row in batch {
                                try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                                if table == .team { revisions.append((row[0], row[StoreTable.teamRevisionColumn])) }
                            }
                            offset += batch.count
                            if batch.count < batchSize { break }
                        }
                    }
                    // The revision triggers fired for every copied row; the copied revisions count.
                    let revert = try db.makeStatement(sql: "UPDATE team SET revision = ? WHERE id = ?")
                    for (id, revision) in revisions {
                        try revert.execute(arguments: [Self.databaseValue(revision), Self.databaseValue(id)])
                    }
                    return .commit
                }
            }
        }
    }

    /// Refuses to load into a store that holds rows already.
    private func requireEmpty() throws(StoreError) {
        for table in StoreTable.allCases where try rowCount(of: table) > 0 {
            throw .notEmpty(location: path, table: table)
        }
    }

    private static func value(_ row: Row, at index: Int, kind: StoreTable.Kind) -> StoreValue {
        if row.hasNull(atIndex: index) { return .null }
        switch kind {
        case .integer: return .integer(row[index])
        case .boolean: return .integer((row[index] as Bool) ? 1 : 0)
        case .real: return .real(row[index])
        case .text: return .text(row[index])
        case .blob: return .blob(row[index])
        case .date: return .date(row[index])
        }
    }

    private static func databaseValue(_ value: StoreValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let data): data.databaseValue
        case .date(let date): date.databaseValue
        }
    }
}
