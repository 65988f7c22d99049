import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("EDU-DEX export")
struct StandardsEDUDEXExportTests {
    let importer = CatalogueImporter(content: TestPaths.content)

    func importFeed(_ xml: String) throws(ContentError) -> CatalogueImport {
        try importer.importCatalogue(data: Data(xml.utf8), fileName: "export.xml", model: TestPaths.model)
    }

    @Test("the shipped catalogue exports to a programsList valid against the (reconstructed) EDU-DEX schema")
    func exportValidates() throws {
        let xml = EDUDEXExporter.xml(for: CatalogueExpectations.shipped)
        let schema = try CatalogueStandard.edudex.schema(in: TestPaths.content)
        let root = try SafeXMLReader().read(data: Data(xml.utf8), fileName: "export.xml", schema: schema)
        #expect(root.name == "programsList")
        #expect(root.children(named: "program").count == CatalogueExpectations.shipped.modules.count)
    }

    @Test("shipped catalogue: export → import → export is byte-identical; only provider names are warned about")
    func shippedRoundTrip() throws {
        let original = CatalogueExpectations.shipped
        let feed = EDUDEXExporter.xml(for: original)
        let imported = try importFeed(feed)
        let unexpected = imported.warnings.filter { !$0.message.contains("do not name their institute") }
        #expect(unexpected.isEmpty, "\(unexpected)")
        #expect(imported.catalogue.modules == original.modules)
        #expect(imported.catalogue.generated == original.generated)
        #expect(EDUDEXExporter.xml(for: imported.catalogue) == feed)
    }

    @Test("a provider's EDU-DEX program: import → export → import keeps what the first import read")
    func feedRoundTrip() throws {
        let first = try importer.importCatalogue(
            contentsOf: TestPaths.fixture("standards/edudex-program.xml"), model: TestPaths.model)
        let feed = EDUDEXExporter.xml(for: first.catalogue)
        let second = try importFeed(feed)
        #expect(second.catalogue.modules == first.catalogue.modules)
        #expect(EDUDEXExporter.xml(for: second.catalogue) == feed)
    }
}
