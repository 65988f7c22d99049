import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("EDU-DEX import")
struct StandardsEDUDEXTests {
    let importer = CatalogueImporter(content: TestPaths.content)

    @Test("a program with Dutch labels maps to one module with its runs")
    func program() throws {
        let result = try importer.importCatalogue(
            contentsOf: TestPaths.fixture("standards/edudex-program.xml"), model: TestPaths.model)
        let catalogue = result.catalogue
        #expect(catalogue.generated == "2026-11-18T14:05:00")
        #expect(catalogue.providers == [Provider(id: "stichting-do", name: "stichting-do")])
        let module = try #require(catalogue.modules.first)
        #expect(catalogue.modules.count == 1)
        #expect(module.id == "sdo-datagov-2027")
        #expect(
            module.title
                == LocalizedText(dutch: "Datagovernance voor gemeenten", english: "Data governance for municipalities"))
        #expect(module.description.english.hasPrefix("Three days on data roles"))
        #expect(
            module.raises == [
                LevelTarget(subdimensionID: "roles-ownership", level: 3),
                LevelTarget(subdimensionID: "data-quality", level: 2),
            ])
        #expect(module.competencies == [Competency(framework: "e-CF", code: "D.9")])
        #expect(module.format == .classroom)
        #expect(module.language == .dutch)
        #expect(module.hoursPerPerson == 18)
        #expect(module.costPerPerson == Euros(cents: 145_000))
        #expect(module.maxGroupSize == 14)
        #expect(module.url == "https://stichting-do.example.nl/datagovernance")
        #expect(
            module.runs == [
                CourseRun(
                    id: "sdo-datagov-2027-vj", start: CalendarDate(iso8601: "2027-03-02")!,
                    end: CalendarDate(iso8601: "2027-03-16")!, location: "Amersfoort", isOnline: false, placesLeft: 6),
                CourseRun(
                    id: "sdo-datagov-2027-nj", start: CalendarDate(iso8601: "2027-10-05")!,
                    end: CalendarDate(iso8601: "2027-10-19")!, location: "Zwolle", isOnline: false, placesLeft: 14),
            ])
        let warnings = result.warnings.map(\.description).joined(separator: "\n")
        #expect(
            warnings.contains(":23:5: warning: the programId 'SDO-DATAGOV-2027' becomes 'sdo-datagov-2027'"),
            "\(warnings)")
        #expect(warnings.contains("search words that are not Leerpad codes are not imported: 'datagovernance'"))
        #expect(warnings.contains("<programContacts> (line 28)"))
        #expect(warnings.contains("<subjectText> (line 50)"))
    }

    @Test("a programsList maps e-learning, an online workshop, prerequisites and run costs")
    func programsList() throws {
        let result = try importer.importCatalogue(
            contentsOf: TestPaths.fixture("standards/edudex-programs-list.xml"), as: .edudex, model: TestPaths.model)
        let modules = result.catalogue.modules
        #expect(modules.map(\.id) == ["apd-datageletterdheid", "apd-data-analyse"])
        #expect(modules[0].format == .eLearning)
        #expect(modules[0].isSelfPaced)
        #expect(modules[0].maxGroupSize == 1000)
        #expect(modules[0].costPerPerson == Euros(cents: 9_500))
        #expect(modules[1].format == .workshop)
        #expect(modules[1].prerequisites == ["apd-datageletterdheid"])
        #expect(modules[1].costPerPerson == Euros(cents: 37_500))
        #expect(
            modules[1].runs == [
                CourseRun(
                    id: "apd-data-analyse-2027-02", start: CalendarDate(iso8601: "2027-02-11")!,
                    end: CalendarDate(iso8601: "2027-02-11")!, location: "online", isOnline: true, placesLeft: 5)
            ])
    }

    @Test("an imported EDU-DEX catalogue exports to XCRI-CAP and reads back the same")
    func toXCRI() throws {
        let first = try importer.importCatalogue(contentsOf: TestPaths.fixture("standards/edudex-program.xml"))
        let second = try importer.importCatalogue(
            data: Data(XCRICAPExporter.xml(for: first.catalogue).utf8), fileName: "export.xml")
        #expect(second.warnings.isEmpty, "\(second.warnings)")
        CatalogueExpectations.expectSame(second.catalogue, first.catalogue)
    }

    @Test("a broken programsList names each program's problem and line")
    func broken() throws {
        let url = TestPaths.fixture("standards/edudex-broken.xml")
        let diagnostics = CatalogueExpectations.diagnostics { () throws(ContentError) in
            _ = try importer.importCatalogue(contentsOf: url, model: TestPaths.model)
        }
        let all = diagnostics.map(\.description).joined(separator: "\n")
        #expect(
            diagnostics.contains { $0.line == 3 && $0.message.contains("has no programClassification/programId") },
            "\(all)")
        #expect(
            diagnostics.contains {
                $0.line == 13 && $0.message.contains("program 'zonder-uren' states no study hours")
            }, "\(all)")
        #expect(
            diagnostics.contains { $0.line == 21 && $0.message.contains("warning: unknown element <zoekterm>") },
            "\(all)")
        #expect(
            diagnostics.contains {
                $0.line == 4 && $0.message.contains("warning: not valid against edudex_program.xsd")
            }, "\(all)")
    }
}
