import Foundation
import PostgresNIO

extension PostgresProgressStore {
    public func issuerKeys() throws(StoreError) -> [IssuerKey] {
        try read { db in
            try db.rows("SELECT * FROM issuerKey ORDER BY createdAt, seq").map { row in
                IssuerKey(
                    id: try row("id"), privateKey: try row.data("privateKey"), publicKey: try row.data("publicKey"),
                    createdAt: try row.date("createdAt"), retiredAt: try row.optionalDate("retiredAt"))
            }
        }
    }

    public func addIssuerKey(_ key: IssuerKey) throws(StoreError) {
        guard key.privateKey.count == 32, key.publicKey.count == 32 else {
            throw .invalidValue(field: "issuer key", reason: "an Ed25519 key has 32 bytes")
        }
        let exists = StoreError.invalidValue(field: "issuer key", reason: "'\(key.id)' exists already")
        do {
            try write { db in
                // One rotation at a time (as SQLite's single writer): never two keys in use.
                try db.execute("LOCK TABLE issuerKey IN EXCLUSIVE MODE")
                if try db.row("SELECT 1 FROM issuerKey WHERE id = $1", [key.id]) != nil { throw exists }
                try db.execute("UPDATE issuerKey SET retiredAt = $1 WHERE retiredAt IS NULL", [key.createdAt])
                try db.execute(
                    "INSERT INTO issuerKey (id, privateKey, publicKey, createdAt, retiredAt) VALUES ($1, $2, $3, $4, $5)",
                    [key.id, key.privateKey, key.publicKey, key.createdAt, key.retiredAt])
            }
        } catch .database(_, let reason) where reason.contains("issuerkey_pkey") {
            throw exists
        }
    }

    public func recordIssued(_ credential: IssuedCredential) throws(StoreError) {
        try write { db in
            try db.execute(
                """
                INSERT INTO issuedCredential (id, teamId, eventId, badgeId, keyId, issuedAt)
                VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING
                """,
                [
                    credential.id, credential.teamID, credential.eventID, credential.badgeID, credential.keyID,
                    credential.issuedAt,
                ])
        }
    }

    public func issuedCredentials() throws(StoreError) -> [IssuedCredential] {
        try read { db in
            try db.rows("SELECT * FROM issuedCredential ORDER BY issuedAt, seq").map { row in
                IssuedCredential(
                    id: try row("id"), teamID: try row("teamId"), eventID: try row("eventId"),
                    badgeID: try row("badgeId"), keyID: try row("keyId"), issuedAt: try row.date("issuedAt"))
            }
        }
    }
}
