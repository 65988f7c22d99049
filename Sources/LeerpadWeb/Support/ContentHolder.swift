import Foundation
import LeerpadContent
import LeerpadCore

/// The Content in use; a validated catalogue upload replaces the catalogue while the app runs.
final class ContentHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var bundle: ContentBundle

    init(_ bundle: ContentBundle) { self.bundle = bundle }

    var current: ContentBundle {
        lock.lock()
        defer { lock.unlock() }
        return bundle
    }

    func replaceCatalogue(_ catalogue: Catalogue) {
        lock.lock()
        defer { lock.unlock() }
        bundle.catalogue = catalogue
    }
}
