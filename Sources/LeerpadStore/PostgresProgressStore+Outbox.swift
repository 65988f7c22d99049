import Foundation
import PostgresNIO

extension PostgresProgressStore {
    @discardableResult
    public func enqueue(_ statements: [OutboxStatement], endpoint: String, at: Date) throws(StoreError) -> Int {
        try write { db -> Int in
            var added = 0
            for statement in statements {
                added += try db.execute(
                    """
                    INSERT INTO lrsOutbox (endpoint, statementId, statement, enqueuedAt, nextAttemptAt)
                    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (endpoint, statementId) DO NOTHING
                    """,
                    [endpoint, statement.id, statement.json, at, at])
            }
            return added
        }
    }

    public func due(endpoint: String, now: Date, limit: Int) throws(StoreError) -> [OutboxStatement] {
        try read { db in
            try db.rows(
                """
                SELECT statementId, statement FROM lrsOutbox
                WHERE endpoint = $1 AND deliveredAt IS NULL AND nextAttemptAt <= $2
                ORDER BY enqueuedAt, seq LIMIT $3
                """,
                [endpoint, now, limit]
            ).map { OutboxStatement(id: try $0("statementId"), json: try $0("statement")) }
        }
    }

    public func markDelivered(endpoint: String, ids: [String], at: Date) throws(StoreError) {
        try write { db in
            for id in ids {
                try db.execute(
                    """
                    UPDATE lrsOutbox SET deliveredAt = $1, lastAttemptAt = $1, attempts = attempts + 1,
                    lastError = NULL WHERE endpoint = $2 AND statementId = $3
                    """,
                    [at, endpoint, id])
            }
        }
    }

    public func markFailed(endpoint: String, ids: [String], error: String, at: Date, retryAt: Date) throws(StoreError) {
        try write { db in
            for id in ids {
                try db.execute(
                    """
                    UPDATE lrsOutbox SET attempts = attempts + 1, lastAttemptAt = $1, lastError = $2,
                    nextAttemptAt = $3 WHERE endpoint = $4 AND statementId = $5
                    """,
                    [at, error, retryAt, endpoint, id])
            }
        }
    }

    public func attempts(endpoint: String, id: String) throws(StoreError) -> Int {
        try read { db in
            try db.row("SELECT attempts FROM lrsOutbox WHERE endpoint = $1 AND statementId = $2", [endpoint, id])
                .map { try $0("attempts", as: Int.self) } ?? 0
        }
    }

    public func outboxStatus() throws(StoreError) -> [OutboxStatus] {
        try read { db in
            try db.rows(
                """
                SELECT endpoint,
                    COUNT(*) FILTER (WHERE deliveredAt IS NULL) AS pending,
                    COUNT(*) FILTER (WHERE deliveredAt IS NOT NULL) AS delivered,
                    MAX(lastAttemptAt) AS lastAttemptAt,
                    MIN(nextAttemptAt) FILTER (WHERE deliveredAt IS NULL) AS nextAttemptAt,
                    (SELECT o.lastError FROM lrsOutbox AS o WHERE o.endpoint = lrsOutbox.endpoint
                        AND o.deliveredAt IS NULL AND o.lastError IS NOT NULL
                        ORDER BY o.lastAttemptAt DESC NULLS LAST LIMIT 1) AS lastError
                FROM lrsOutbox GROUP BY endpoint ORDER BY endpoint
                """
            ).map { row in
                OutboxStatus(
                    endpoint: try row("endpoint"), pending: try row("pending"), delivered: try row("delivered"),
                    lastError: try row("lastError", as: String?.self),
                    lastAttemptAt: try row.optionalDate("lastAttemptAt"),
                    nextAttemptAt: try row.optionalDate("nextAttemptAt"))
            }
        }
    }

    public func lrsEndpoint() throws(StoreError) -> LRSEndpointSetting? {
        try read { db in
            try db.row("SELECT * FROM lrsEndpoint WHERE id = 1").map {
                LRSEndpointSetting(
                    url: try $0("url"), username: try $0("username", as: String?.self),
                    password: try $0("password", as: String?.self))
            }
        }
    }

    public func setLRSEndpoint(_ setting: LRSEndpointSetting?, at: Date) throws(StoreError) {
        try write { db in
            guard let setting else {
                try db.execute("DELETE FROM lrsEndpoint")
                return
            }
            try db.execute(
                """
                INSERT INTO lrsEndpoint (id, url, username, password, updatedAt) VALUES (1, $1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, username = EXCLUDED.username,
                password = EXCLUDED.password, updatedAt = EXCLUDED.updatedAt
                """,
                [setting.url, setting.username, setting.password, at])
        }
    }
}
