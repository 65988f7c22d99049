import Foundation
import GRDB

extension SQLiteProgressStore {
    public func issuerKeys() throws(StoreError) -> [IssuerKey] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM issuerKey ORDER BY createdAt, rowid").map { row in
                    IssuerKey(
                        id: row["id"], privateKey: row["privateKey"], publicKey: row["publicKey"],
                        createdAt: row["createdAt"], retiredAt: row["retiredAt"])
                }
            }
        }
    }

    public func addIssuerKey(_ key: IssuerKey) throws(StoreError) {
        guard key.privateKey.count == 32, key.publicKey.count == 32 else {
            throw .invalidValue(field: "issuer key", reason: "an Ed25519 key has 32 bytes")
        }
        try perform {
            try pool.write { db in
                if try Row.fetchOne(db, sql: "SELECT 1 FROM issuerKey WHERE id = ?", arguments: [key.id]) != nil {
                    throw StoreError.invalidValue(field: "issuer key", reason: "'\(key.id)' exists already")
                }
                try db.execute(
                    sql: "UPDATE issuerKey SET retiredAt = ? WHERE retiredAt IS NULL", arguments: [key.createdAt])
                try db.execute(
                    sql:
                        "INSERT INTO issuerKey (id, privateKey, publicKey, createdAt, retiredAt) VALUES (?, ?, ?, ?, ?)",
                    arguments: [key.id, key.privateKey, key.publicKey, key.createdAt, key.retiredAt])
            }
        }
    }

    public func recordIssued(_ credential: IssuedCredential) throws(StoreError) {
        try perform {
            try pool.write { db in
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO issuedCredential (id, teamId, eventId, badgeId, keyId, issuedAt)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        credential.id, credential.teamID, credential.eventID, credential.badgeID, credential.keyID,
                        credential.issuedAt,
                    ])
            }
        }
    }

    public func issuedCredentials() throws(StoreError) -> [IssuedCredential] {
        try perform {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM issuedCredential ORDER BY issuedAt, rowid").map { row in
                    IssuedCredential(
                        id: row["id"], teamID: row["teamId"], eventID: row["eventId"], badgeID: row["badgeId"],
                        keyID: row["keyId"], issuedAt: row["issuedAt"])
                }
            }
        }
    }
}
