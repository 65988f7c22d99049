import Foundation
import LeerpadContent
import LeerpadCore
import Testing

/// Shared checks for catalogue tests.
enum CatalogueExpectations {
    /// Records an issue for every difference between two catalogues, module by module.
    static func expectSame(
        _ actual: Catalogue, _ expected: Catalogue, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(actual.generated == expected.generated, sourceLocation: sourceLocation)
        #expect(actual.providers == expected.providers, sourceLocation: sourceLocation)
        #expect(actual.modules.map(\.id) == expected.modules.map(\.id), sourceLocation: sourceLocation)
        for (left, right) in zip(actual.modules, expected.modules) where left != right {
            Issue.record("module '\(left.id)' differs:\n\(left)\n\(right)", sourceLocation: sourceLocation)
        }
    }

    /// The diagnostics of `body`'s ContentError, or an issue when it does not throw one.
    static func diagnostics(
        sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws(ContentError) -> Void
    ) -> [XMLDiagnostic] {
        do {
            try body()
        } catch {
            return error.diagnostics
        }
        Issue.record("expected a ContentError", sourceLocation: sourceLocation)
        return []
    }

    /// The shipped catalogue, read the tree way.
    static let shipped: Catalogue = {
        do {
            return try TestPaths.content.loadCatalogue(model: TestPaths.model)
        } catch {
            fatalError("the shipped catalogue must load: \(error)")
        }
    }()
}
