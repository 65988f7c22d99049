import Foundation
import LeerpadContent
import Testing

@Suite("XML that is expensive without being large")
struct XMLWorkBoundsTests {
    static func catalogue(attributes: Int) -> String {
        let list = (0..<attributes).map { "a\($0)=\"x\"" }.joined(separator: " ")
        return "<?xml version=\"1.0\"?>\n<catalogue xmlns=\"urn:leerpad:catalogue:1\" \(list)></catalogue>\n"
    }

    @Test("attributes are counted in start tags only: not in comments, CDATA, instructions or quoted values")
    func counting() throws {
        let bounds = XMLWorkBounds(attributesPerElement: 2, elements: 3)
        let noise = """
            <?xml version="1.0"?><?pi a=1 b=2 c=3?><!-- x=1 y=2 z=3 --><r a="1=2=3" b='>'><![CDATA[<q a=1 b=2 c=3>]]></r>
            """
        try bounds.check(Data(noise.utf8), fileName: "ok.xml")
        #expect(
            throws: ContentError.tooComplex(
                file: "a.xml", line: 2, column: 3, exceeded: .attributesPerElement(limit: 2))
        ) {
            try bounds.check(Data("<r>\n  <e a='1' b='2' c='3'/></r>".utf8), fileName: "a.xml")
        }
        #expect(throws: ContentError.tooComplex(file: "e.xml", line: 1, column: 12, exceeded: .elements(limit: 3))) {
            try bounds.check(Data("<r><a/><b/><c/></r>".utf8), fileName: "e.xml")
        }
    }

    @Test("a catalogue with 20,000 attributes on one element is refused at once, in tree and stream mode alike")
    func manyAttributes() throws {
        let text = Self.catalogue(attributes: 20_000)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("attrs-\(UUID().uuidString).xml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = ContentError.tooComplex(
            file: url.relativePath, line: 2, column: 1, exceeded: .attributesPerElement(limit: 256))
        let started = ContinuousClock.now
        #expect(throws: expected) { try SafeXMLReader().read(contentsOf: url) }
        #expect(throws: expected) {
            try CatalogueStreamReader(schema: nil).read(contentsOf: url) { _ in }
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(expected.diagnostics.first?.description.contains("more than 256 attributes") == true)
    }

    @Test("256 attributes (xmlns and 255 more) pass the bound (the schema, not the bound, has its say on them)")
    func atTheBound() {
        let data = Data(Self.catalogue(attributes: 255).utf8)
        #expect((try? XMLWorkBounds.tree.check(data, fileName: "b.xml")) != nil)
        do {
            _ = try SafeXMLReader().read(data: data, fileName: "b.xml")
        } catch {
            if case .tooComplex = error { Issue.record("the bound refused 256 attributes: \(error)") }
        }
    }

    @Test("tree and stream mode say the same of an empty file and of a UTF-16 one", arguments: ["empty", "utf16"])
    func modesAgree(kind: String) throws {
        let catalogue = try String(contentsOf: TestPaths.content.file(.catalogue), encoding: .utf8)
        let data = kind == "empty" ? Data() : try #require(catalogue.data(using: .utf16))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(kind)-\(UUID().uuidString).xml")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var messages: [[String]] = []
        do { _ = try SafeXMLReader().read(contentsOf: url) } catch {
            messages.append(error.diagnostics.map(\.description))
        }
        do { try CatalogueStreamReader(schema: nil).read(contentsOf: url) { _ in } } catch {
            messages.append(error.diagnostics.map(\.description))
        }
        #expect(messages.count == 2, "both modes refuse it")
        #expect(messages.first == messages.last, "\(messages)")
    }

    @Test("an unknown prerequisite is reported at its own line in tree and stream mode alike")
    func keyrefLine() throws {
        let catalogue = try String(contentsOf: TestPaths.content.file(.catalogue), encoding: .utf8)
        let broken = catalogue.replacingOccurrences(
            of: "<prerequisite module=\"ethics-intro\"/>", with: "<prerequisite module=\"no-such-module\"/>")
        #expect(broken != catalogue)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("keyref-\(UUID().uuidString).xml")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let line =
            try #require(
                broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("no-such-module")
                }) + 1
        var lines: [[Int]] = []
        do { _ = try TestPaths.content.loadCatalogue(from: url, model: nil) } catch {
            lines.append(error.diagnostics.filter { $0.message.contains("no-such-module") }.map(\.line))
        }
        do { try CatalogueStreamReader(content: TestPaths.content).read(contentsOf: url) { _ in } } catch {
            lines.append(error.diagnostics.filter { $0.message.contains("no-such-module") }.map(\.line))
        }
        #expect(lines == [[line], [line]])
    }
}
