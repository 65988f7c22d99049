import Foundation
import LeerpadContent
import Testing

@Suite("Reading untrusted XML")
struct SafeXMLReaderTests {
    let reader = SafeXMLReader()

    /// Reads `url` with the model schema, expecting a rejection; returns the messages and the time taken.
    func rejection(_ url: URL) throws -> (messages: String, seconds: Double) {
        let schema = try TestPaths.content.schema(for: .model)
        let start = Date()
        do {
            _ = try reader.read(contentsOf: url, schema: schema)
        } catch {
            return (error.diagnostics.map(\.description).joined(separator: "\n"), Date().timeIntervalSince(start))
        }
        Issue.record("\(url.lastPathComponent) was accepted")
        return ("", 0)
    }

    @Test(
        "hostile documents are rejected fast, with a clear message, and nothing of a referenced file leaks",
        arguments: [
            ("entity-bomb.xml", "DTDs and entities are not allowed"),
            ("external-entity.xml", "DTDs and entities are not allowed"),
            ("external-dtd.xml", "DTDs and entities are not allowed"),
            ("network-dtd.xml", "DTDs and entities are not allowed"),
            ("invalid-utf8.xml", "not proper UTF-8"),
            ("not-well-formed.xml", "mismatch"),
            ("xinclude.xml", "include"),
        ])
    func hostileDocument(file: String, expected: String) throws {
        let url = TestPaths.fixture("xml/\(file)")
        let (messages, seconds) = try rejection(url)
        #expect(messages.contains(expected))
        #expect(messages.hasPrefix(url.path + ":"))
        #expect(!messages.contains("root:x:0"))
        #expect(seconds < 1)
    }

    @Test("100,000 nested elements are rejected within a second")
    func deepNesting() throws {
        let directory = try TestPaths.temporaryDirectory()
        let url = directory.appendingPathComponent("deep.xml")
        let xml =
            "<model xmlns=\"urn:leerpad:model:1\">" + String(repeating: "<a>", count: 100_000)
            + String(repeating: "</a>", count: 100_000) + "</model>"
        try xml.write(to: url, atomically: true, encoding: .utf8)
        let (messages, seconds) = try rejection(url)
        #expect(messages.contains("Excessive depth"))
        #expect(seconds < 1)
    }

    @Test("an oversized file is refused before it is parsed")
    func oversized() throws {
        let url = TestPaths.content.file(.model)
        #expect(throws: ContentError.self) { try SafeXMLReader(maximumBytes: 1000).read(contentsOf: url) }
        do {
            _ = try SafeXMLReader(maximumBytes: 1000).read(contentsOf: url)
        } catch {
            guard case .tooLarge(_, let bytes, let limit) = error else {
                Issue.record("expected tooLarge, got \(error)")
                return
            }
            #expect(bytes > limit)
        }
    }

    @Test("empty data and a missing file get a message naming the file")
    func emptyAndMissing() throws {
        #expect(throws: ContentError.self) { try reader.read(data: Data(), fileName: "leeg.xml") }
        do {
            _ = try reader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/model.xml"))
            Issue.record("a missing file was read")
        } catch {
            #expect(error.errorDescription?.hasPrefix("/nonexistent/model.xml") == true)
        }
    }

    @Test("elements carry their line and column, text and attributes")
    func treeConversion() throws {
        let xml = """
            <?xml version="1.0"?>
            <root xmlns="urn:x" a="1">
              <child b="x &amp; y">tekst <![CDATA[<ruw>]]></child><child/>
            </root>
            """
        let root = try reader.read(data: Data(xml.utf8), fileName: "t.xml")
        #expect(root.name == "root")
        #expect(root.namespace == "urn:x")
        #expect(root.attributes == ["a": "1"])
        let children = root.children(named: "child")
        #expect(children.count == 2)
        #expect(children[0].text == "tekst <ruw>")
        #expect(children[0].attributes["b"] == "x & y")
        #expect(children[0].line == 3)
        #expect(children[0].column == 3)
        #expect(children[1].column == 55)
    }
}
