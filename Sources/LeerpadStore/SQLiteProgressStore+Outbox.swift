import Foundation
import GRDB

extension SQLiteProgressStore {
    @discardableResult
    public func enqueue(_ statements: [OutboxStatement], endpoint: String, at: Date) throws(StoreError) -> Int {
        try perform {
            try pool.write { db -> Int in
                var added = 0
                for statement in statements {
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO lrsOutbox (endpoint, statementId, statement, enqueuedAt, nextAttemptAt)
                            VALUES (?, ?, ?, ?, ?)
                            """,
                        arguments: [endpoint, statement.id, statement.json, at, at])
                    added += db.changesCount
                }
                return added
            }
        }
    }

    public func due(endpoint: String, now: Date, limit: Int) throws(StoreError) -> [OutboxStatement] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT statementId, statement FROM lrsOutbox
                        WHERE endpoint = ? AND deliveredAt IS NULL AND nextAttemptAt <= ?
                        ORDER BY enqueuedAt, rowid LIMIT ?
                        """,
                    arguments: [endpoint, now, limit]
                )
                .map { OutboxStatement(id: $0["statementId"], json: $0["statement"]) }
            }
        }
    }

    public func markDelivered(endpoint: String, ids: [String], at: Date) throws(StoreError) {
        try perform {
            try pool.write { db in
                for id in ids {
                    try db.execute(
                        sql: """
                            UPDATE lrsOutbox SET deliveredAt = ?, lastAttemptAt = ?, attempts = attempts + 1,
                            lastError = NULL WHERE endpoint = ? AND statementId = ?
                            """,
                        arguments: [at, at, endpoint, id])
                }
            }
        }
    }

    public func markFailed(endpoint: String, ids: [String], error: String, at: Date, retryAt: Date) throws(StoreError) {
        try perform {
            try pool.write { db in
                for id in ids {
                    try db.execute(
                        sql: """
                            UPDATE lrsOutbox SET attempts = attempts + 1, lastAttemptAt = ?, lastError = ?,
                            nextAttemptAt = ? WHERE endpoint = ? AND statementId = ?
                            """,
                        arguments: [at, error, retryAt, endpoint, id])
                }
            }
        }
    }

    public func attempts(endpoint: String, id: String) throws(StoreError) -> Int {
        try perform {
            try pool.read { db in
                try Int.fetchOne(
                    db, sql: "SELECT attempts FROM lrsOutbox WHERE endpoint = ? AND statementId = ?",
                    arguments: [endpoint, id]) ?? 0
            }
        }
    }

    public func outboxStatus() throws(StoreError) -> [OutboxStatus] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT endpoint,
                            SUM(deliveredAt IS NULL) AS pending, SUM(deliveredAt IS NOT NULL) AS delivered,
                            MAX(lastAttemptAt) AS lastAttemptAt,
                            MIN(CASE WHEN deliveredAt IS NULL THEN nextAttemptAt END) AS nextAttemptAt,
                            (SELECT lastError FROM lrsOutbox AS o WHERE o.endpoint = lrsOutbox.endpoint
                                AND o.deliveredAt IS NULL AND o.lastError IS NOT NULL
                                ORDER BY o.lastAttemptAt DESC LIMIT 1) AS lastError
                        FROM lrsOutbox GROUP BY endpoint ORDER BY endpoint
                        """
                )
                .map { row in
                    OutboxStatus(
                        endpoint: row["endpoint"], pending: row["pending"], delivered: row["delivered"],
                        lastError: row["lastError"], lastAttemptAt: row["lastAttemptAt"],
                        nextAttemptAt: row["nextAttemptAt"])
                }
            }
        }
    }

    public func lrsEndpoint() throws(StoreError) -> LRSEndpointSetting? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM lrsEndpoint WHERE id = 1").map {
                    LRSEndpointSetting(url: $0["url"], username: $0["username"], password: $0["password"])
                }
            }
        }
    }

    public func setLRSEndpoint(_ setting: LRSEndpointSetting?, at: Date) throws(StoreError) {
        try perform {
            try pool.write { db in
                guard let setting else {
                    try db.execute(sql: "DELETE FROM lrsEndpoint")
                    return
                }
                try db.execute(
                    sql: """
                        INSERT INTO lrsEndpoint (id, url, username, password, updatedAt) VALUES (1, ?, ?, ?, ?)
                        ON CONFLICT(id) DO UPDATE SET url = excluded.url, username = excluded.username,
                        password = excluded.password, updatedAt = excluded.updatedAt
                        """,
                    arguments: [setting.url, setting.username, setting.password, at])
            }
        }
    }
}
