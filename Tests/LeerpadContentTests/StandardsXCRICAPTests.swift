import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("XCRI-CAP 1.2 import and export")
struct StandardsXCRICAPTests {
    let importer = CatalogueImporter(content: TestPaths.content)

    func importFeed(_ xml: String, name: String = "export.xml") throws(ContentError) -> CatalogueImport {
        try importer.importCatalogue(data: Data(xml.utf8), fileName: name, model: TestPaths.model)
    }

    @Test("the shipped catalogue exports to a feed that is valid against the XCRI-CAP schema")
    func exportValidates() throws {
        let xml = XCRICAPExporter.xml(for: CatalogueExpectations.shipped)
        let schema = try CatalogueStandard.xcri.schema(in: TestPaths.content)
        let root = try SafeXMLReader().read(data: Data(xml.utf8), fileName: "export.xml", schema: schema)
        #expect(root.name == "catalog")
        #expect(
            root.children(named: "provider").flatMap { $0.children(named: "course") }.count
                == CatalogueExpectations.shipped.modules.count)
    }

    @Test("shipped catalogue: export → import → export round-trips without loss and without warnings")
    func shippedRoundTrip() throws {
        let original = CatalogueExpectations.shipped
        let feed = XCRICAPExporter.xml(for: original)
        let imported = try importFeed(feed)
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        CatalogueExpectations.expectSame(imported.catalogue, original)
        #expect(XCRICAPExporter.xml(for: imported.catalogue) == feed)
    }

    @Test("a provider's feed: import → export → import keeps everything the first import read")
    func feedRoundTrip() throws {
        let first = try importer.importCatalogue(
            contentsOf: TestPaths.fixture("standards/xcri-feed.xml"), model: TestPaths.model)
        let second = try importFeed(XCRICAPExporter.xml(for: first.catalogue))
        #expect(second.warnings.isEmpty, "\(second.warnings)")
        CatalogueExpectations.expectSame(second.catalogue, first.catalogue)
    }

    @Test("a provider's feed maps dtf, interval, venue, places, cost, codes and prerequisites")
    func feedMapping() throws {
        let result = try importer.importCatalogue(
            contentsOf: TestPaths.fixture("standards/xcri-feed.xml"), model: TestPaths.model)
        let catalogue = result.catalogue
        #expect(catalogue.generated == "2026-11-20T09:00:00+01:00")
        #expect(catalogue.providers.map(\.id) == ["datalab-lage-landen", "kenniskring-stadsdata"])
        #expect(catalogue.providers[0].isFictional)
        #expect(catalogue.providers[0].url == "https://datalab.example.nl/")

        let privacy = try #require(catalogue.module("privacy-in-de-praktijk"))
        #expect(privacy.title == LocalizedText(dutch: "Privacy in de praktijk", english: "Privacy in practice"))
        #expect(
            privacy.raises == [
                LevelTarget(subdimensionID: "privacy", level: 3), LevelTarget(subdimensionID: "ethics", level: 2),
            ])
        #expect(privacy.prerequisites == ["avg-basis"])
        #expect(privacy.costPerPerson == Euros(cents: 69_500))
        #expect(privacy.hoursPerPerson == 12)
        #expect(privacy.maxGroupSize == 16)
        #expect(
            privacy.competencies.last
                == Competency(
                    framework: "ESCO", code: "S1.2.3",
                    uri: "http://data.europa.eu/esco/skill/5b2e4a2c-0000-4000-8000-000000000001"))
        #expect(
            privacy.runs == [
                CourseRun(
                    id: "privacy-in-de-praktijk-2027-04", start: CalendarDate(iso8601: "2027-04-12")!,
                    end: CalendarDate(iso8601: "2027-04-13")!, location: "Utrecht", isOnline: false, placesLeft: 9),
                CourseRun(
                    id: "privacy-in-de-praktijk-2027-09-online", start: CalendarDate(iso8601: "2027-09-06")!,
                    end: CalendarDate(iso8601: "2027-09-07")!, location: "online", isOnline: true, placesLeft: 20),
            ])
        #expect(catalogue.module("avg-basis")?.title.dutch == "AVG-basis & meldplicht datalekken")
        #expect(catalogue.module("avg-basis")?.isSelfPaced == true)

        // A course from elsewhere: standard elements fill in, with warnings.
        let dashboards = try #require(catalogue.module("ks-dash-01"))
        #expect(dashboards.providerID == "kenniskring-stadsdata")
        #expect(dashboards.language == .english)
        #expect(dashboards.hoursPerPerson == 7)
        #expect(dashboards.costPerPerson == Euros(cents: 42_500))
        #expect(
            dashboards.title
                == LocalizedText(dutch: "Dashboards that managers use", english: "Dashboards that managers use"))
        #expect(dashboards.description.english.hasPrefix("A one-day workshop on dashboards"))
        #expect(dashboards.runs.first?.placesLeft == 12)
        #expect(dashboards.runs.first?.start == CalendarDate(iso8601: "2027-05-20"))
        #expect(dashboards.runs.first?.end == CalendarDate(iso8601: "2027-05-20"))
        #expect(dashboards.runs.first?.location == "Stadskantoor Rotterdam")

        let warnings = result.warnings.map(\.description)
        let expected: [(line: Int, text: String)] = [
            (11, "<catalog>: not carried into the Leerpad catalogue: <dc:description> (line 12)"),
            (47, "venue: not carried into the Leerpad catalogue: <mlo:address> (line 50), <mlo:postcode> (line 52)"),
            (88, "becomes 'kenniskring-stadsdata'"),
            (92, "becomes 'ks-dash-01'"),
            (93, "subjects that are not Leerpad codes are not imported: 'Computer Science'"),
            (90, "<learningOutcome> (line 96), <mlo:level> (line 97)"),
            (90, "dc:title has no Dutch version"),
            (90, "states no format; assumed classroom"),
            (90, "states no maximum group size; assumed 20"),
            (98, "<studyMode> (line 101)"),
            (98, "has no dc:identifier; using 'ks-dash-01-run-1'"),
        ]
        for (line, text) in expected {
            #expect(
                result.warnings.contains {
                    $0.line == line && $0.message.hasPrefix("warning: ") && $0.message.contains(text)
                },
                "no warning at line \(line) with '\(text)' in\n\(warnings.joined(separator: "\n"))")
        }
    }

    @Test("a broken feed gives every error with its line, plus the warnings")
    func brokenFeed() throws {
        let url = TestPaths.fixture("standards/xcri-broken.xml")
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try importer.importCatalogue(contentsOf: url, model: TestPaths.model)
        }
        func has(_ line: Int, _ text: String, warning: Bool = false) -> Bool {
            diagnostics.contains {
                $0.file == url.relativePath && $0.line == line && $0.message.contains(text)
                    && $0.message.hasPrefix("warning: ") == warning
            }
        }
        let all = diagnostics.map(\.description).joined(separator: "\n")
        #expect(has(9, "<course> has no dc:identifier"), "\(all)")
        #expect(has(13, "<course> 'datakwaliteit-zonder-raises' does not say which subdimension it raises"), "\(all)")
        #expect(has(17, "unknown element <mlo:teacher>", warning: true), "\(all)")
        #expect(has(19, "unknown attribute 'rating'", warning: true), "\(all)")
        #expect(has(21, "'leerpad:raises:data-quality:two' is not a valid Leerpad code"), "\(all)")
        #expect(has(23, "has no mlo:start"), "\(all)")
        #expect(has(25, "not valid against xcri_cap_1_2.xsd", warning: true), "\(all)")
    }

    @Test("raised subdimensions and levels are checked against the model")
    func modelCheck() throws {
        let feed = XCRICAPExporter.xml(for: CatalogueExpectations.shipped)
            .replacingOccurrences(of: "leerpad:raises:privacy:", with: "leerpad:raises:privacyy:")
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try importFeed(feed)
        }
        #expect(diagnostics.contains { $0.message.contains("raises 'privacyy', which is no subdimension") })
        #expect(diagnostics.allSatisfy { $0.line > 0 })
    }

    @Test("a feed of another standard, or none, is refused by name", arguments: ["xcri", "none"])
    func wrongStandard(kind: String) throws {
        let url = TestPaths.fixture(kind == "xcri" ? "standards/edudex-program.xml" : "catalogue/small.xml")
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try importer.importCatalogue(contentsOf: url, as: kind == "xcri" ? .xcri : nil)
        }
        #expect(
            diagnostics.first?.message.contains(kind == "xcri" ? "is EDU-DEX, not XCRI-CAP 1.2" : "is neither") == true)
    }

    @Test("hostile feeds are refused like every other XML file")
    func hostileFeed() throws {
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try importer.importCatalogue(contentsOf: TestPaths.fixture("xml/external-entity.xml"))
        }
        #expect(diagnostics.first?.message.contains("DTDs and entities are not allowed") == true)
    }
}
