import Foundation
import PostgresNIO

extension PostgresProgressStore {
    public func rowCount(of table: StoreTable) throws(StoreError) -> Int {
        try read { db in try db.row("SELECT COUNT(*) AS count FROM \(table.rawValue)").unwrap()("count", as: Int.self) }
    }

    public func rows(of table: StoreTable, offset: Int, limit: Int) throws(StoreError) -> [[StoreValue]] {
        let columns = table.columns
        let sql = """
            SELECT \(columns.map(\.name).joined(separator: ", ")) FROM \(table.rawValue)
            ORDER BY \(table.key.joined(separator: ", ")) LIMIT $1 OFFSET $2
            """
        return try read { db in
            try db.rows(sql, [limit, offset]).map { row in
                try columns.indices.map { try Self.value(row.cell(at: $0), kind: columns[$0].kind) }
            }
        }
    }

    public func load(from source: any StoreMaintenance, batchSize: Int) throws(StoreError) {
        try write { db in
            // Refuses to load into a store that holds rows already (checked inside the transaction).
            for table in StoreTable.allCases {
                try db.execute("LOCK TABLE \(table.rawValue) IN EXCLUSIVE MODE")
                if try db.row("SELECT 1 FROM \(table.rawValue) LIMIT 1") != nil {
                    throw StoreError.notEmpty(location: location, table: table)
                }
            }
            // `assessment` and `round` refer to each other: those references are checked at COMMIT.
            try db.execute("SET CONSTRAINTS ALL DEFERRED")
            var revisions: [(id: Int64, revision: Int64)] = []
            for table in StoreTable.allCases {
                let columns = table.columns
                // A statement takes at most 65535 parameters.
                let rowsPerStatement = max(1, min(batchSize, 30_000 / columns.count))
                var offset = 0
                while true {
                    let batch = try source.rows(of: table, offset: offset, limit: batchSize)
                    var start = 0
                    while start < batch.count {
                        let chunk = batch[start..<min(batch.count, start + rowsPerStatement)]
                        try insert(db, table, Array(chunk))
                        start += chunk.count
                    }
                    if table == .team {
                        for row in batch {
                            if case .integer(let id) = row[0],
                                case .integer(let revision) = row[StoreTable.teamRevisionColumn]
                            {
                                revisions.append((id, revision))
                            }
                        }
                    }
                    offset += batch.count
                    if batch.count < batchSize { break }
                }
            }
            // The revision triggers fired for every copied row; the copied revisions count.
            if !revisions.isEmpty {
                try db.execute(
                    """
                    UPDATE team SET revision = copied.revision
                    FROM (SELECT unnest($1::bigint[]) AS id, unnest($2::bigint[]) AS revision) AS copied
                    WHERE team.id = copied.id
                    """,
                    [revisions.map(\.id), revisions.map(\.revision)])
            }
            // New ids continue after the copied ones.
            for table in StoreTable.allCases where table.hasGeneratedID {
                try db.execute(
                    """
                    SELECT setval(pg_get_serial_sequence('\(table.rawValue)', 'id'), m)
                    FROM (SELECT MAX(id) AS m FROM \(table.rawValue)) AS top WHERE m IS NOT NULL
                    """)
            }
        }
    }

    private func insert(_ db: PostgresSession, _ table: StoreTable, _ rows: [[StoreValue]]) throws {
        guard !rows.isEmpty else { return }
        let columns = table.columns
        var binds: [any PostgresBindable] = []
        var tuples: [String] = []
        binds.reserveCapacity(rows.count * columns.count)
        for row in rows {
            var placeholders: [String] = []
            for (index, column) in columns.enumerated() {
                binds.append(Self.bindable(row[index], kind: column.kind))
                placeholders.append("$\(binds.count)")
            }
            tuples.append("(" + placeholders.joined(separator: ", ") + ")")
        }
        try db.execute(
            """
            INSERT INTO \(table.rawValue) (\(columns.map(\.name).joined(separator: ", ")))
            VALUES \(tuples.joined(separator: ", "))
            """, binds)
    }

    private static func value(_ cell: PostgresCell, kind: StoreTable.Kind) throws -> StoreValue {
        if cell.bytes == nil { return .null }
        switch kind {
        case .integer: return .integer(try cell.decode(Int64.self))
        case .boolean: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .real: return .real(try cell.decode(Double.self))
        case .text: return .text(try cell.decode(String.self))
        case .blob: return .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
        case .date: return .date(try cell.decode(PostgresInstant.self).date)
        }
    }

    private static func bindable(_ value: StoreValue, kind: StoreTable.Kind) -> any PostgresBindable {
        switch value {
        case .null: return String?.none
        case .integer(let number): return kind == .boolean ? number != 0 : number
        case .real(let number): return number
        case .text(let text): return text
        case .blob(let data): return data
        case .date(let date): return date
        }
    }
}

extension Array: PostgresBindable where Element == Int64 {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}
