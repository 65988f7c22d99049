import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Writing native catalogue XML")
struct CatalogueXMLWriterTests {
    /// Writes `catalogue`, then reads it back through the schema and the decoder.
    func reread(_ catalogue: Catalogue) throws -> Catalogue {
        let xml = CatalogueXMLWriter.xml(for: catalogue)
        let root = try SafeXMLReader().read(
            data: Data(xml.utf8), fileName: "written.xml", schema: try TestPaths.content.schema(for: .catalogue))
        return try CatalogueDecoder.decode(root, file: "written.xml", model: TestPaths.model)
    }

    @Test("the shipped catalogue is written valid and reads back unchanged")
    func shippedCatalogue() throws {
        let catalogue = CatalogueExpectations.shipped
        #expect(catalogue.modules.count >= 40)
        CatalogueExpectations.expectSame(try reread(catalogue), catalogue)
    }

    @Test("a fixture with markup characters, an online run and a competency URI survives a write")
    func fixture() throws {
        let catalogue = try TestPaths.content.loadCatalogue(from: TestPaths.fixture("catalogue/small.xml"), model: nil)
        CatalogueExpectations.expectSame(try reread(catalogue), catalogue)
        #expect(catalogue.providers[0].name == "Kenniskring \"Stadsdata\" & partners")
    }

    @Test("output is deterministic and numbers are plain decimals")
    func deterministic() throws {
        let catalogue = try TestPaths.content.loadCatalogue(from: TestPaths.fixture("catalogue/small.xml"), model: nil)
        let first = CatalogueXMLWriter.xml(for: catalogue)
        #expect(first == CatalogueXMLWriter.xml(for: catalogue))
        #expect(first.contains("hoursPerPerson=\"2.5\" costPerPerson=\"49.50\""))
        #expect(first.contains("hoursPerPerson=\"6\" costPerPerson=\"425.00\""))
    }

    @Test(
        "hostile strings are escaped and read back",
        arguments: [
            "quote \" and apostrophe ' here", "<script>alert(1)</script>", "A & B; &amp; stays literal",
            "tab\there", "line\nbreak", "]]> and <!-- -->", "emoji 🚲 en ü",
        ])
    func escaping(value: String) throws {
        let module = TrainingModule(
            id: "m", providerID: "p", title: LocalizedText(dutch: "t", english: "t"),
            description: LocalizedText(dutch: "d", english: "d"),
            raises: [LevelTarget(subdimensionID: "privacy", level: 2)], format: .classroom, hoursPerPerson: 0.1,
            costPerPerson: Euros(cents: 5), maxGroupSize: 3,
            competencies: [Competency(framework: "ESCO", code: value, uri: "http://example.org/?a=1&b=2")],
            runs: [
                CourseRun(
                    id: "r", start: CalendarDate(iso8601: "2027-01-01")!, end: CalendarDate(iso8601: "2027-01-02")!,
                    location: value, isOnline: false, placesLeft: 1)
            ])
        let catalogue = Catalogue(
            generated: "2026-11-20T09:00:00Z", providers: [Provider(id: "p", name: "x", url: nil)], modules: [module])
        let read = try reread(catalogue)
        #expect(read.modules.first?.runs.first?.location == value)
        #expect(read.modules.first?.competencies.first?.code == value)
        #expect(read.modules.first?.hoursPerPerson == 0.1)
    }

    @Test("a module whose provider is not listed still gets written")
    func missingProvider() throws {
        var catalogue = try TestPaths.content.loadCatalogue(from: TestPaths.fixture("catalogue/small.xml"), model: nil)
        catalogue = Catalogue(generated: catalogue.generated, providers: [], modules: catalogue.modules)
        let read = try reread(catalogue)
        #expect(read.modules.map(\.id) == catalogue.modules.map(\.id))
        #expect(read.providers.map(\.id) == ["kenniskring-stadsdata"])
    }
}
