import Foundation
import PostgresNIO

extension PostgresProgressStore {
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
        do {
            return try write { db -> Account in
                if try db.row("SELECT 1 FROM account WHERE lower(name) = lower($1)", [trimmed]) != nil {
                    throw StoreError.accountExists(trimmed)
                }
                let now = time.now()
                let id: Int64 = try db.row(
                    """
                    INSERT INTO account (name, role, municipality, passwordHash, createdAt)
                    VALUES ($1, $2, $3, $4, $5) RETURNING id
                    """,
                    [trimmed, role.rawValue, place, passwordHash, now]
                ).unwrap()("id")
                return Account(
                    id: id, name: trimmed, role: role, municipality: place, passwordHash: passwordHash, createdAt: now)
            }
        } catch .database(_, let reason) where reason.contains("account_name_unique") {
            // Another process added it between the check and the insert.
            throw .accountExists(trimmed)
        }
    }

    public func accounts() throws(StoreError) -> [Account] {
        try read { db in try db.rows("SELECT * FROM account ORDER BY lower(name), name").map(Self.account) }
    }

    public func account(named name: String) throws(StoreError) -> Account? {
        try read { db in try db.row("SELECT * FROM account WHERE lower(name) = lower($1)", [name]).map(Self.account) }
    }

    public func setPasswordHash(accountID: Int64, _ hash: String, keeping session: String?) throws(StoreError) {
        try write { db in
            try db.execute("UPDATE account SET passwordHash = $1 WHERE id = $2", [hash, accountID])
            try db.execute(
                "DELETE FROM coordinatorSession WHERE accountId = $1 AND token IS DISTINCT FROM $2",
                [accountID, session])
        }
    }

    public func removeAccount(named name: String) throws(StoreError) {
        try write { db in
            if try db.execute("DELETE FROM account WHERE lower(name) = lower($1)", [name]) == 0 {
                throw StoreError.unknownAccount(name)
            }
        }
    }

    public func startSession(token: String, accountID: Int64, idleLimit: TimeInterval) throws(StoreError) {
        let now = time.now()
        try write { db in
            try db.execute(
                "DELETE FROM coordinatorSession WHERE lastSeenAt < $1", [now.addingTimeInterval(-idleLimit)])
            try db.execute(
                "INSERT INTO coordinatorSession (token, accountId, createdAt, lastSeenAt) VALUES ($1, $2, $3, $4)",
                [token, accountID, now, now])
        }
    }

    public func sessionAccount(token: String, idleLimit: TimeInterval) throws(StoreError) -> Account? {
        let now = time.now()
        let found = try read { db -> (Account, Date)? in
            try db.row(
                """
                SELECT account.*, coordinatorSession.lastSeenAt AS sessionLastSeenAt FROM coordinatorSession
                JOIN account ON account.id = coordinatorSession.accountId WHERE token = $1
                """, [token]
            ).map { row in (try Self.account(row), try row.date("sessionLastSeenAt")) }
        }
        guard let (account, lastSeen) = found else { return nil }
        let idle = now.timeIntervalSince(lastSeen)
        // Writing on every request would serialise all pages on the database; a minute is precise enough.
        if idle >= idleLimit || idle > 60 {
            try write { db in
                if idle >= idleLimit {
                    try db.execute("DELETE FROM coordinatorSession WHERE token = $1", [token])
                } else {
                    try db.execute("UPDATE coordinatorSession SET lastSeenAt = $1 WHERE token = $2", [now, token])
                }
            }
        }
        return idle < idleLimit ? account : nil
    }

    public func endSession(token: String) throws(StoreError) {
        try write { db in try db.execute("DELETE FROM coordinatorSession WHERE token = $1", [token]) }
    }

    static func account(_ row: PostgresStoreRow) throws -> Account {
        Account(
            id: try row("id"), name: try row("name"), role: AccountRole(rawValue: try row("role")) ?? .hr,
            municipality: try row("municipality", as: String?.self), passwordHash: try row("passwordHash"),
            createdAt: try row.date("createdAt"))
    }
}
