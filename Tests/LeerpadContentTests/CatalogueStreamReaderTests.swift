import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Streaming catalogue reader")
struct CatalogueStreamReaderTests {
    let reader: CatalogueStreamReader = {
        do {
            return try CatalogueStreamReader(content: TestPaths.content)
        } catch {
            fatalError("the catalogue schema must compile: \(error)")
        }
    }()

    @Test("the shipped catalogue streams to exactly what the tree reader builds")
    func shippedCatalogue() throws {
        let streamed = try reader.readCatalogue(contentsOf: TestPaths.content.file(.catalogue), model: TestPaths.model)
        CatalogueExpectations.expectSame(streamed, CatalogueExpectations.shipped)
        let summary = try reader.validate(contentsOf: TestPaths.content.file(.catalogue), model: TestPaths.model)
        #expect(summary.modules == streamed.modules.count)
        #expect(summary.providers == streamed.providers.count)
        #expect(summary.runs == streamed.modules.map(\.runs.count).reduce(0, +))
    }

    @Test("events come in document order: catalogue, then each provider before its modules")
    func eventOrder() throws {
        var events: [String] = []
        try reader.read(contentsOf: TestPaths.fixture("catalogue/small.xml")) { event in
            switch event {
            case .catalogue(let generated): events.append("catalogue \(generated)")
            case .provider(let provider): events.append("provider \(provider.id)")
            case .module(let module, let line): events.append("module \(module.id) @\(line)")
            }
        }
        #expect(
            events == [
                "catalogue 2026-11-20T09:00:00Z", "provider kenniskring-stadsdata", "module basis @6",
                "module vervolg @14",
            ])
        let tree = try TestPaths.content.loadCatalogue(from: TestPaths.fixture("catalogue/small.xml"), model: nil)
        CatalogueExpectations.expectSame(
            try reader.readCatalogue(contentsOf: TestPaths.fixture("catalogue/small.xml")), tree)
    }

    @Test(
        "hostile documents are rejected within a second and nothing of a referenced file leaks",
        arguments: [
            ("catalogue/entity-bomb.xml", "DTDs and entities are not allowed", 3),
            ("catalogue/external-entity.xml", "DTDs and entities are not allowed", 3),
            ("xml/entity-bomb.xml", "DTDs and entities are not allowed", 2),
            ("xml/external-entity.xml", "DTDs and entities are not allowed", 2),
            ("xml/external-dtd.xml", "DTDs and entities are not allowed", 2),
            ("xml/network-dtd.xml", "DTDs and entities are not allowed", 2),
            ("catalogue/undeclared-entity.xml", "secret", 3),
            ("xml/invalid-utf8.xml", "UTF-8", 0),
        ])
    func hostile(file: String, expected: String, line: Int) throws {
        let url = TestPaths.fixture(file)
        let start = Date()
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: url) { _ in }
        }
        let text = diagnostics.map(\.description).joined(separator: "\n")
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(text.contains(expected), "\(text)")
        #expect(text.hasPrefix(url.path + ":"))
        #expect(!text.contains("root:x:0"))
        if line > 0 { #expect(diagnostics.first?.line == line) }
    }

    @Test("100,000 nested elements stop at libxml2's depth limit within a second")
    func deepNesting() throws {
        let url = try TestPaths.temporaryDirectory().appendingPathComponent("deep.xml")
        let xml =
            "<catalogue xmlns=\"urn:leerpad:catalogue:1\" generated=\"2026-11-20T09:00:00Z\">"
            + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</catalogue>"
        try xml.write(to: url, atomically: true, encoding: .utf8)
        let start = Date()
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: url) { _ in }
        }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(!diagnostics.isEmpty)
    }

    @Test("schema violations, cycles and a wrong root come with their line")
    func problems() throws {
        let schemaError = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: TestPaths.fixture("catalogue/schema-error.xml")) { _ in }
        }
        #expect(schemaError.first?.line == 5)
        #expect(schemaError.first?.message.contains("format") == true)

        let cycle = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try reader.validate(contentsOf: TestPaths.fixture("catalogue/cycle.xml"))
        }
        #expect(cycle.map(\.message).contains { $0.contains("cycle: a → b → a") })
        #expect(cycle.first?.line == 5)

        let wrongRoot = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: TestPaths.fixture("standards/xcri-feed.xml")) { _ in }
        }
        #expect(wrongRoot.contains { $0.message.contains("the root element must be <catalogue") })

        let misspelt = try TestPaths.temporaryDirectory().appendingPathComponent("misspelt.xml")
        try String(contentsOf: TestPaths.fixture("catalogue/small.xml"), encoding: .utf8)
            .replacingOccurrences(of: "data-skills", with: "data-skillz").write(
                to: misspelt, atomically: true, encoding: .utf8)
        let unknownSubdimension = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: misspelt, model: TestPaths.model) { _ in }
        }
        #expect(unknownSubdimension.contains { $0.line == 11 && $0.message.contains("'data-skillz'") })
    }

    @Test("a missing file names the file")
    func missing() {
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            try reader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/catalogue.xml")) { _ in }
        }
        #expect(diagnostics.first?.description == "/nonexistent/catalogue.xml:0:0: cannot be read: no such file")
    }
}
