import Foundation
import PostgresNIO

extension PostgresProgressStore {
    public func latestCatalogue() throws(StoreError) -> StoredCatalogue? {
        try read { db in
            try db.row("SELECT * FROM catalogue ORDER BY id DESC LIMIT 1").map { row in
                StoredCatalogue(
                    revision: try row("id"), xml: try row.data("xml"), uploadedBy: try row("uploadedBy"),
                    uploadedAt: try row.date("uploadedAt"))
            }
        }
    }

    public func latestCatalogueRevision() throws(StoreError) -> Int64? {
        try read { db in try db.row("SELECT MAX(id) AS id FROM catalogue").unwrap()("id", as: Int64?.self) }
    }

    @discardableResult
    public func storeCatalogue(_ xml: Data, uploadedBy: String, at: Date) throws(StoreError) -> StoredCatalogue {
        try write { db in
            let id: Int64 = try db.row(
                "INSERT INTO catalogue (xml, uploadedBy, uploadedAt) VALUES ($1, $2, $3) RETURNING id",
                [xml, uploadedBy, at]
            ).unwrap()("id")
            return StoredCatalogue(revision: id, xml: xml, uploadedBy: uploadedBy, uploadedAt: at)
        }
    }
}
