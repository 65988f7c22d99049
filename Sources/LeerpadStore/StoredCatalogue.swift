import Foundation

/// A catalogue uploaded through the web app, kept in the store so that every server process on
/// the same database uses it.
public struct StoredCatalogue: Hashable, Sendable {
    /// Increases with every upload.
    public var revision: Int64
    /// The catalogue's XML as uploaded.
    public var xml: Data
    /// The account that uploaded it.
    public var uploadedBy: String
    /// When.
    public var uploadedAt: Date

    /// Creates a stored catalogue.
    public init(revision: Int64, xml: Data, uploadedBy: String, uploadedAt: Date) {
        self.revision = revision
        self.xml = xml
        self.uploadedBy = uploadedBy
        self.uploadedAt = uploadedAt
    }
}
