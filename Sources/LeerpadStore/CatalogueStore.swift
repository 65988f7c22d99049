import Foundation

/// Where uploaded catalogues are kept; the latest one is in use on every server process.
public protocol CatalogueStore: Sendable {
    /// The latest uploaded catalogue, if any.
    func latestCatalogue() throws(StoreError) -> StoredCatalogue?
    /// The latest upload's revision, if any: a cheap check whether another process uploaded one.
    func latestCatalogueRevision() throws(StoreError) -> Int64?
    /// Keeps an uploaded (and validated) catalogue as the latest.
    @discardableResult
    func storeCatalogue(_ xml: Data, uploadedBy: String, at: Date) throws(StoreError) -> StoredCatalogue
}
