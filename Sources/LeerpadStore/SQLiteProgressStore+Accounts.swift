import Foundation
import GRDB

extension SQLiteProgressStore {
    public func addAccount(name: String, role: AccountRole, municipality: String?, passwordHash: String)
        throws(StoreError) -> Account
    {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100, !trimmed.contains(":") else {
            throw .invalidValue(field: "name", reason: "must be 1–100 characters without ':'")
        }
        let place = role == .hr ? municipality?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        if role == .hr, place?.isEmpty != false {
            throw .invalidValue(field: "municipality", reason: "an hr account needs its municipality")
        }
        return try perform {
            try pool.write { db -> Account in
                if try Row.fetchOne(db, sql: "SELECT 1 FROM account WHERE name = ?", arguments: [trimmed]) != nil {
                    throw StoreError.accountExists(trimmed)
                }
                let now = time.now()
                try db.execute(
                    sql:
                        "INSERT INTO account (name, role, municipality, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)",
                    arguments: [trimmed, role.rawValue, place, passwordHash, now])
                return Account(
                    id: db.lastInsertedRowID, name: trimmed, role: role, municipality: place,
                    passwordHash: passwordHash, createdAt: now)
            }
        }
    }

    public func accounts() throws(StoreError) -> [Account] {
        try perform {
            try pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM account ORDER BY name").map(Self.account) }
        }
    }

    public func account(named name: String) throws(StoreError) -> Account? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(Self.account)
            }
        }
    }

    public func setPasswordHash(accountID: Int64, _ hash: String, keeping session: String?) throws(StoreError) {
        try perform {
            try pool.write { db in
                try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [hash, accountID])
                try db.execute(
                    sql: "DELETE FROM coordinatorSession WHERE accountId = ? AND token IS NOT ?",
                    arguments: [accountID, session])
            }
        }
    }

    public func removeAccount(named name: String) throws(StoreError) {
        try perform {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM account WHERE name = ?", arguments: [name])
                if db.changesCount == 0 { throw StoreError.unknownAccount(name) }
            }
        }
    }

    public func startSession(token: String, accountID: Int64, idleLimit: TimeInterval) throws(StoreError) {
        let now = time.now()
        try perform {
            try pool.write { db in
                try db.execute(
                    sql: "DELETE FROM coordinatorSession WHERE lastSeenAt < ?",
                    arguments: [now.addingTimeInterval(-idleLimit)])
                try db.execute(
                    sql: "INSERT INTO coordinatorSession (token, accountId, createdAt, lastSeenAt) VALUES (?, ?, ?, ?)",
                    arguments: [token, accountID, now, now])
            }
        }
    }

    public func sessionAccount(token: String, idleLimit: TimeInterval) throws(StoreError) -> Account? {
        let now = time.now()
        let found = try perform {
            try pool.read { db -> (Account, Date)? in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT account.*, coordinatorSession.lastSeenAt AS lastSeenAt FROM coordinatorSession
                        JOIN account ON account.id = coordinatorSession.accountId WHERE token = ?
                        """, arguments: [token]
                ).map { row in (Self.account(row), row["lastSeenAt"]) }
            }
        }
        guard let (account, lastSeen) = found else { return nil }
        let idle = now.timeIntervalSince(lastSeen)
        // Writing on every request would serialise all pages on the database; a minute is precise enough.
        if idle >= idleLimit || idle > 60 {
            try perform {
                try pool.write { db in
                    if idle >= idleLimit {
                        try db.execute(sql: "DELETE FROM coordinatorSession WHERE token = ?", arguments: [token])
                    } else {
                        try db.execute(
                            sql: "UPDATE coordinatorSession SET lastSeenAt = ? WHERE token = ?",
                            arguments: [now, token])
                    }
                }
            }
        }
        return idle < idleLimit ? account : nil
    }

    public func endSession(token: String) throws(StoreError) {
        try perform {
            try pool.write { db in
                try db.execute(sql: "DELETE FROM coordinatorSession WHERE token = ?", arguments: [token])
            }
        }
    }

    static func account(_ row: Row) -> Account {
        Account(
            id: row["id"], name: row["name"], role: AccountRole(rawValue: row["role"]) ?? .hr,
            municipality: row["municipality"], passwordHash: row["passwordHash"], createdAt: row["createdAt"])
    }
}
