import Foundation
import LeerpadStore

extension Leerpad {
    /// Keeps an uploaded catalogue's XML (validated by the caller) in the store, as the latest upload,
    /// so that every server process on the database takes it up. Nil when the store keeps none.
    public func keepUploadedCatalogue(_ xml: Data, uploadedBy account: String) throws(AppError) -> StoredCatalogue? {
        guard let catalogues = store as? any CatalogueStore else { return nil }
        let now = time.now()
        return try storing { _ throws(StoreError) in try catalogues.storeCatalogue(xml, uploadedBy: account, at: now) }
    }
}
