import Foundation
import GRDB

extension SQLiteProgressStore {
    public func latestCatalogue() throws(StoreError) -> StoredCatalogue? {
        try perform {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM catalogue ORDER BY id DESC LIMIT 1").map { row in
                    StoredCatalogue(
                        revision: row["id"], xml: row["xml"], uploadedBy: row["uploadedBy"],
                        uploadedAt: row["uploadedAt"])
                }
            }
        }
    }

    public func latestCatalogueRevision() throws(StoreError) -> Int64? {
        try perform { try pool.read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM catalogue") } }
    }

    @discardableResult
    public func storeCatalogue(_ xml: Data, uploadedBy: String, at: Date) throws(StoreError) -> StoredCatalogue {
        try perform {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO catalogue (xml, uploadedBy, uploadedAt) VALUES (?, ?, ?)",
                    arguments: [xml, uploadedBy, at])
                return StoredCatalogue(revision: db.lastInsertedRowID, xml: xml, uploadedBy: uploadedBy, uploadedAt: at)
            }
        }
    }
}
