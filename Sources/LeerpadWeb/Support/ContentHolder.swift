import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The Content in use. A validated catalogue upload is kept in the store and replaces the
/// catalogue; every server process on the same database checks the store's latest upload at most
/// once a second and takes it up, so all of them plan with the same catalogue.
final class ContentHolder: @unchecked Sendable {
    /// Turns a stored upload into a catalogue for the Content in use, or nil when it no longer passes.
    typealias Decoder = @Sendable (StoredCatalogue, ContentBundle) -> Catalogue?

    private let lock = NSLock()
    private var bundle: ContentBundle
    private let catalogues: (any CatalogueStore)?
    private let time: TimeSource
    private let decode: Decoder
    private let changed: @Sendable () -> Void
    /// The stored upload in use (or last looked at), if any.
    private var revision: Int64?
    private var checkedAt: Date?

    /// Holds `bundle`; uploads in `catalogues` replace its catalogue, after which `changed` runs.
    init(
        _ bundle: ContentBundle, catalogues: (any CatalogueStore)?, time: TimeSource,
        decode: @escaping Decoder, changed: @escaping @Sendable () -> Void
    ) {
        self.bundle = bundle
        self.catalogues = catalogues
        self.time = time
        self.decode = decode
        self.changed = changed
    }

    /// The Content in use now.
    var current: ContentBundle {
        takeUpStoredCatalogue()
        lock.lock()
        defer { lock.unlock() }
        return bundle
    }

    /// Uses `catalogue`, kept in the store as upload `revision`.
    func replaceCatalogue(_ catalogue: Catalogue, revision: Int64) {
        lock.lock()
        bundle.catalogue = catalogue
        self.revision = revision
        lock.unlock()
        changed()
    }

    /// Takes up a newer upload from the store, looking at most once a second.
    private func takeUpStoredCatalogue() {
        guard let catalogues else { return }
        let now = time.now()
        lock.lock()
        if let checkedAt, abs(now.timeIntervalSince(checkedAt)) < 1 {
            lock.unlock()
            return
        }
        checkedAt = now
        let known = revision
        lock.unlock()
        guard let latest = try? catalogues.latestCatalogueRevision(), latest != known,
            let stored = try? catalogues.latestCatalogue()
        else { return }
        lock.lock()
        let content = bundle
        lock.unlock()
        guard let catalogue = decode(stored, content) else {
            // Looked at and refused (the server's log says why): not again until the next upload.
            lock.lock()
            revision = stored.revision
            lock.unlock()
            return
        }
        replaceCatalogue(catalogue, revision: stored.revision)
    }
}
